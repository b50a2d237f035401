/**
 * The same MLP trained the way the site's worker trains it: the core's Mlp (one flat parameter variable), its
 * analytic backward pass (MlpGradient: no gradient tape, explicit transposes where the backend's transposed matMul
 * is slow) and the core's Adam through stepWithGradient. Only the loss of the last step is read back.
 * tf.train.adam over a tape (tfjs-mlp.ts) is the textbook tfjs program; this is the tuned one.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Mlp } from '../../src/core/model/mlp';
import { MlpGradient } from '../../src/core/model/mlp-gradient';
import { createOptimizer } from '../../src/core/optimizers/tensor-optimizer';
import type { MlpData } from './data';
import type { TfjsMlp } from './tfjs-mlp';

export interface CoreTraining {
  /** Runs `steps` Adam steps; returns the loss before the last one as a tensor (the caller reads and disposes it). */
  run(steps: number): tf.Scalar;
  dispose(): void;
}

export function createCoreTraining(sizes: readonly number[], initial: Float32Array, data: MlpData, lr = 0.01): CoreTraining {
  const model = Mlp.create({ layerSizes: sizes, activation: 'relu', task: 'multiclass' });
  model.setFlatWeights(initial);
  const gradient = new MlpGradient(model);
  const optimizer = createOptimizer({ name: 'adam', lr, betas: [0.9, 0.999], eps: 1e-7 });
  const x = tf.tensor2d(data.x, [data.n, sizes[0]!]);
  const y = tf.tensor2d(data.y, [data.n, sizes[sizes.length - 1]!]);
  return {
    run(steps) {
      for (let s = 0; s < steps - 1; s++) optimizer.stepWithGradient!(model.params, (p) => gradient.gradient(x, y, p));
      // The last step also computes the loss before its update, as the other implementations report it.
      let value: tf.Scalar | undefined;
      optimizer.stepWithGradient!(model.params, (p) => {
        const both = gradient.valueAndGradient(x, y, p);
        value = tf.keep(both.value);
        return both.grad;
      });
      return value!;
    },
    dispose() {
      tf.dispose([x, y]);
      optimizer.dispose();
      gradient.dispose();
      model.dispose();
    },
  };
}

/** createCoreTraining with a synchronous read of the loss, as measure.ts times every implementation. */
export function createCoreMlp(sizes: readonly number[], initial: Float32Array, data: MlpData, lr = 0.01): TfjsMlp {
  const training = createCoreTraining(sizes, initial, data, lr);
  return {
    run(steps) {
      const value = training.run(steps);
      const loss = value.dataSync()[0]!;
      value.dispose();
      return loss;
    },
    dispose: () => training.dispose(),
  };
}
