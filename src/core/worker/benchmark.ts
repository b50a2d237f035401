/**
 * The backend check's benchmark: full-batch Adam steps on an MLP 2-16-16-1 (moons, 200 points) for about
 * `seconds`, on ONE backend that is initialised for this run (and the previous backend restored after). Values are
 * read back every `readEvery` steps, so WebGL's queued work is counted; the clock stops after the last read-back.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activeBackend, initBackend, isBackendName, BACKEND_NAMES, type BackendName } from '../backend';
import { makeDataset } from '../data';
import type { JobControl } from '../model/job-control';
import { Mlp } from '../model/mlp';
import { createOptimizer } from '../optimizers/tensor-optimizer';

export interface BenchmarkJob {
  backend: BackendName;
  /** Where the .wasm files are served (absolute URL ending in '/'). */
  wasmPath?: string | undefined;
  /** Target duration; default 2, at most 10. */
  seconds?: number;
  /** Steps between read-backs; default 10. */
  readEvery?: number;
}

export type BenchmarkResult =
  | { backend: BackendName; status: 'ran'; steps: number; seconds: number; stepsPerSecond: number; finalLoss: number; warmupMs: number }
  | { backend: BackendName; status: 'skipped'; reason: string };

/**
 * `onProgress(fraction)` is called after every read-back. With a `control`, the timed loop checks in after each
 * read-back (a yield every ~40 ms, well under 1 % of the time) so 'stop' can cancel it (JobCancelled).
 */
export async function runBenchmark(job: BenchmarkJob, onProgress: (fraction: number) => void = () => undefined, control?: JobControl): Promise<BenchmarkResult> {
  const seconds = job.seconds ?? 2;
  if (!isBackendName(job.backend)) throw new Error(`backend must be one of ${BACKEND_NAMES.join(', ')} (got "${String(job.backend)}") in benchmark`);
  if (!(seconds > 0 && seconds <= 10)) throw new Error(`seconds must be a number in (0, 10] (got ${seconds}) in benchmark`);
  const readEvery = job.readEvery ?? 10;
  const previous = activeBackend();
  try {
    try {
      await initBackend({ preferred: job.backend, wasmPath: job.wasmPath, exclude: BACKEND_NAMES.filter((b) => b !== job.backend) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = message.split(`${job.backend} skipped: `)[1]?.split(';')[0] ?? message;
      return { backend: job.backend, status: 'skipped', reason };
    }
    const data = makeDataset('moons', { n: 200, seed: 'benchmark' }).train;
    const model = Mlp.create({ layerSizes: [2, 16, 16, 1], seed: 'benchmark' });
    const optimizer = createOptimizer({ name: 'adam', lr: 0.01 });
    const x = tf.tensor2d(data.x, [data.n, 2]);
    const targets = model.targets(data);
    try {
      const objective = (p: tf.Tensor1D): tf.Scalar => model.loss(model.forward(x, p), targets);
      // Warm-up: the first step compiles shaders (WebGL) or instantiates kernels; it is timed separately.
      const warmStart = performance.now();
      const warm = optimizer.step(model.params, objective);
      warm.dataSync();
      warm.dispose();
      const warmupMs = performance.now() - warmStart;
      let steps = 0;
      let finalLoss = Number.NaN;
      const budget = Math.round(seconds * 1000);
      control?.begin(budget, 'ms');
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < seconds * 1000) {
        for (let k = 0; k < readEvery; k++) {
          const loss = optimizer.step(model.params, objective);
          if (k === readEvery - 1) finalLoss = loss.dataSync()[0]!;
          loss.dispose();
        }
        steps += readEvery;
        elapsed = performance.now() - start;
        onProgress(Math.min(1, elapsed / (seconds * 1000)));
        await control?.checkpoint(Math.min(budget, Math.round(elapsed)));
      }
      return { backend: job.backend, status: 'ran', steps, seconds: elapsed / 1000, stepsPerSecond: steps / (elapsed / 1000), finalLoss, warmupMs };
    } finally {
      tf.dispose([x, targets]);
      optimizer.dispose();
      model.dispose();
    }
  } finally {
    if (isBackendName(previous) && previous !== activeBackend()) {
      await initBackend({ preferred: previous, wasmPath: job.wasmPath }).catch(() => undefined);
    }
  }
}
