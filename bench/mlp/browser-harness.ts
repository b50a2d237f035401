/**
 * Browser entry of the MLP bench, bundled by bench/mlp-bench.ts with esbuild and served next to the .wasm files
 * (at /wasm/). Exposes window.__mlpBench.run(...) for Playwright. Every backend is imported: this page only measures.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
// Registers itself only where navigator.gpu exists (bench/mlp-bench.ts launches Chromium with --enable-unsafe-webgpu).
import '@tensorflow/tfjs-backend-webgpu';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { measureCoreAsync } from './core-mlp-async';
import { lossAfter, measureMlp, type MlpImpl, type MlpTiming } from './measure';

setWasmPaths(new URL('/wasm/', location.href).href);

async function run(impl: MlpImpl, backend: string, sizes: number[], seconds: number): Promise<MlpTiming & { lossAt10: number; backend: string; threads: number; isolated: boolean; multithread: boolean }> {
  if (impl !== 'hand') {
    if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not initialise`);
    await tf.ready();
  }
  // WebGPU reads synchronously only through a canvas (zeros in headless SwiftShader): its core runs read asynchronously.
  const timing = impl === 'core' && backend === 'webgpu' ? await measureCoreAsync(sizes, seconds) : { ...measureMlp(impl, sizes, seconds), lossAt10: lossAfter(impl, sizes) };
  const active = impl !== 'hand' ? tf.getBackend() : 'none';
  const multithread = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
  return { ...timing, backend: active, threads: active === 'wasm' ? getThreadsCount() : 1, isolated: globalThis.crossOriginIsolated === true, multithread };
}

(globalThis as unknown as { __mlpBench: { run: typeof run } }).__mlpBench = { run };
