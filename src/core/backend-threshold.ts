/**
 * Which backend goes first for a model of a given size (plain: no tfjs, so a page can quote the threshold too).
 * backend.ts applies it; bench/mlp-bench.ts measures it.
 */

/**
 * Models with at least this many parameters try WebGL first. Measured by bench/mlp-bench.ts (full-batch Adam,
 * 1,000 points, MLP 2-w-w-2 for w = 16..512, headless Chromium on a 2-core machine, WebGL in SwiftShader): WASM
 * stayed ahead at every width, 5.2x at 354 parameters down to 1.7x at 265,218, so the threshold sits just above the
 * widest model measured. A real GPU moves the crossover down, but not below the toy demos (a few hundred to a few
 * thousand parameters), whose per-op overhead dominates on every backend.
 */
export const WEBGL_MIN_PARAMETERS = 300_000;

/** The numbers behind WEBGL_MIN_PARAMETERS, quoted in `why` so a reader sees them (bench, this kind of machine). */
export const THRESHOLD_EVIDENCE = 'the bench measured wasm 1.7-5.2x faster than webgl for every MLP from 354 to 265,218 parameters';

/** Every backend the core can run on (backend.ts initialises them; WebGPU and WebGL are imported only when tried). */
export type OrderedBackend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/**
 * The default order for a model of `parameters` parameters, and the sentence that explains it. Pure.
 * At and above the threshold the GPU backends go first, WebGPU ahead of WebGL: it runs compute shaders instead of
 * emulating them with textures, and backend.ts skips it (with the reason) where `navigator.gpu` gives no adapter.
 * Below it WebGPU is not in the order at all, so a page of toy demos never downloads its code.
 */
export function defaultBackendOrder(parameters = 0): { order: OrderedBackend[]; why: string } {
  const count = parameters.toLocaleString('en-US');
  const limit = WEBGL_MIN_PARAMETERS.toLocaleString('en-US');
  if (parameters >= WEBGL_MIN_PARAMETERS) {
    return {
      order: ['webgpu', 'webgl', 'wasm', 'cpu'],
      why: `webgpu first (where the browser offers a WebGPU adapter), then webgl: a model of ${count} parameters is at or above the ${limit} where GPU arithmetic pays for its per-op overhead`,
    };
  }
  return { order: ['wasm', 'cpu', 'webgl'], why: `wasm first: a model of ${count} parameters is below the ${limit} from which webgl goes first (${THRESHOLD_EVIDENCE})` };
}
