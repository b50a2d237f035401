/**
 * Times one implementation: a warm-up step, then batches of steps until `seconds` have passed (at least `minSteps`).
 * Shared by the Node and the browser side of the MLP bench.
 */
import { initialParams, spirals } from './data';
import { HandMlp } from './hand-mlp';
import { createTfjsMlp } from './tfjs-mlp';

export interface MlpTiming {
  steps: number;
  seconds: number;
  stepsPerSecond: number;
  firstLoss: number;
  lastLoss: number;
}

export function measureMlp(impl: 'tfjs' | 'hand', sizes: readonly number[], seconds: number, n = 1000, batch = 5, minSteps = 5): MlpTiming {
  const data = spirals(n);
  const initial = initialParams(sizes);
  const hand = impl === 'hand' ? new HandMlp(sizes, initial, data) : undefined;
  const tfjs = impl === 'tfjs' ? createTfjsMlp(sizes, initial, data) : undefined;
  const run = (k: number): number => (hand !== undefined ? Array.from({ length: k }, () => hand.step()).at(-1)! : tfjs!.run(k));
  try {
    const firstLoss = run(1); // warm-up: kernels compiled, buffers touched
    let steps = 0;
    let lastLoss = firstLoss;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000 || steps < minSteps) {
      lastLoss = run(batch);
      steps += batch;
    }
    const elapsed = (performance.now() - start) / 1000;
    return { steps, seconds: elapsed, stepsPerSecond: steps / elapsed, firstLoss, lastLoss };
  } finally {
    tfjs?.dispose();
  }
}
