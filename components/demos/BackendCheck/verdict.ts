/** What the backend check's table says in words: the measured rates against the default choice. Pure. */
import type { BenchmarkResult } from '../../../src/core/index';
import { WEBGL_MIN_PARAMETERS } from '../../../src/core/plain';

/** Parameters of the benchmark's MLP 2-16-16-1. */
const BENCH_PARAMETERS = 337;

/** The text of a skipped row. WebGPU is new enough that "not available" is the usual case, so it is said plainly. */
export function skippedText(result: Extract<BenchmarkResult, { status: 'skipped' }>): string {
  return result.backend === 'webgpu' ? `not available in this browser (${result.reason})` : `skipped: ${result.reason}`;
}

function compared(name: string, rate: number, wasm: number): string {
  const ratio = wasm / rate;
  return `${name} ${Math.round(rate)} steps/s (wasm ${ratio >= 1 ? `${ratio.toFixed(1)}x faster` : `${(1 / ratio).toFixed(1)}x slower`})`;
}

/** The measured numbers against the default choice: small models go to WASM below WEBGL_MIN_PARAMETERS. */
export function verdict(results: readonly BenchmarkResult[]): string {
  const rate = (name: string) => results.flatMap((r) => (r.status === 'ran' && r.backend === name ? [r.stepsPerSecond] : []))[0];
  const limit = WEBGL_MIN_PARAMETERS.toLocaleString('en-US');
  const rule = `The demos default to wasm below ${limit} parameters and to webgpu, else webgl, from there on; this model has ${BENCH_PARAMETERS}.`;
  const webgpuSkipped = results.some((r) => r.backend === 'webgpu' && r.status === 'skipped');
  const note = webgpuSkipped ? ' WebGPU is not available in this browser, so large models would start on webgl.' : '';
  const wasm = rate('wasm');
  const gpus = (['webgl', 'webgpu'] as const).flatMap((name) => {
    const r = rate(name);
    return r === undefined ? [] : [{ name, r }];
  });
  if (wasm === undefined || gpus.length === 0) return rule + note;
  return `${rule} Measured here: wasm ${Math.round(wasm)} steps/s, ${gpus.map((g) => compared(g.name, g.r, wasm)).join(', ')}.${note}`;
}
