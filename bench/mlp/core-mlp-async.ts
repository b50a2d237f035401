/**
 * The site's training path (core-mlp.ts) timed with an ASYNC read of the last loss, for WebGPU: its synchronous
 * read-back draws the buffer onto a canvas, which reads zeros in headless Chromium on SwiftShader (and is slow
 * everywhere). Same steps, same batching and minimum as measure.ts, so the rates compare with the other backends'.
 */
import { createCoreTraining } from './core-mlp';
import { initialParams, spirals, type MlpData } from './data';
import type { MlpTiming } from './measure';

function createCoreMlpAsync(sizes: readonly number[], initial: Float32Array, data: MlpData) {
  const training = createCoreTraining(sizes, initial, data);
  return {
    async run(steps: number): Promise<number> {
      const value = training.run(steps);
      const loss = (await value.data())[0]!;
      value.dispose();
      return loss;
    },
    dispose: () => training.dispose(),
  };
}

/** measureMlp('core', ...) and lossAfter('core', ...) with async reads. */
export async function measureCoreAsync(sizes: readonly number[], seconds: number, n = 1000, batch = 5, minSteps = 5): Promise<MlpTiming & { lossAt10: number }> {
  const data = spirals(n);
  const check = createCoreMlpAsync(sizes, initialParams(sizes), data);
  const lossAt10 = await check.run(10).finally(() => check.dispose());
  const mlp = createCoreMlpAsync(sizes, initialParams(sizes), data);
  try {
    const firstLoss = await mlp.run(1);
    let steps = 0;
    let lastLoss = firstLoss;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000 || steps < minSteps) {
      lastLoss = await mlp.run(batch);
      steps += batch;
    }
    const elapsed = (performance.now() - start) / 1000;
    return { steps, seconds: elapsed, stepsPerSecond: steps / elapsed, firstLoss, lastLoss, lossAt10 };
  } finally {
    mlp.dispose();
  }
}
