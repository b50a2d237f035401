/**
 * Times one implementation: a warm-up step, then batches of steps until `seconds` have passed (at least `minSteps`).
 * Shared by the Node and the browser side of the MLP bench.
 */
import { initialParams, spirals } from './data';
import { HandMlp } from './hand-mlp';
import { createCoreMlp } from './core-mlp';
import { createTfjsMlp } from './tfjs-mlp';

export interface MlpTiming {
  steps: number;
  seconds: number;
  stepsPerSecond: number;
  firstLoss: number;
  lastLoss: number;
}

/** 'hand': the Float32Array loop; 'tfjs': tf.train.adam over a gradient tape; 'core': the site's own training path. */
export type MlpImpl = 'tfjs' | 'core' | 'hand';

export function measureMlp(impl: MlpImpl, sizes: readonly number[], seconds: number, n = 1000, batch = 5, minSteps = 5): MlpTiming {
  const data = spirals(n);
  const initial = initialParams(sizes);
  const hand = impl === 'hand' ? new HandMlp(sizes, initial, data) : undefined;
  const tfjs = impl === 'tfjs' ? createTfjsMlp(sizes, initial, data) : impl === 'core' ? createCoreMlp(sizes, initial, data) : undefined;
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

/** The loss after exactly `steps` steps from the same start: the implementations must agree (same math, float32). */
export function lossAfter(impl: MlpImpl, sizes: readonly number[], steps = 10, n = 1000): number {
  const data = spirals(n);
  const initial = initialParams(sizes);
  if (impl === 'hand') {
    const hand = new HandMlp(sizes, initial, data);
    for (let s = 1; s < steps; s++) hand.step();
    return hand.step();
  }
  const tfjs = impl === 'tfjs' ? createTfjsMlp(sizes, initial, data) : createCoreMlp(sizes, initial, data);
  try {
    return tfjs.run(steps);
  } finally {
    tfjs.dispose();
  }
}
