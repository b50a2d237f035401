/**
 * The same MLP as hand-mlp.ts in tfjs (ReLU hidden layers, softmax cross-entropy, full-batch Adam), written the way
 * the performance notes recommend: fused matMul + bias + ReLU, constants created once, tf.train.adam over the six
 * variables, no read-back except every `readEvery` steps. Runs on whatever backend is active.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MlpData } from './data';

export interface TfjsMlp {
  /** Runs `steps` Adam steps; returns the loss of the last one (read back once). */
  run(steps: number): number;
  dispose(): void;
}

export function createTfjsMlp(sizes: readonly number[], initial: Float32Array, data: MlpData, lr = 0.01): TfjsMlp {
  const vars: { w: tf.Variable; b: tf.Variable }[] = [];
  let o = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fin = sizes[l]!;
    const fout = sizes[l + 1]!;
    const w = tf.variable(tf.tensor2d(initial.subarray(o, o + fin * fout), [fin, fout]));
    o += fin * fout;
    const b = tf.variable(tf.tensor1d(initial.subarray(o, o + fout)));
    o += fout;
    vars.push({ w, b });
  }
  const x = tf.tensor2d(data.x, [data.n, sizes[0]!]);
  const y = tf.tensor2d(data.y, [data.n, sizes[sizes.length - 1]!]);
  const optimizer = tf.train.adam(lr, 0.9, 0.999, 1e-7);
  const loss = (): tf.Scalar => {
    let h: tf.Tensor2D = x;
    vars.forEach(({ w, b }, l) => {
      h = tf.fused.matMul({ a: h, b: w as tf.Tensor2D, bias: b, activation: l < vars.length - 1 ? 'relu' : 'linear' }) as tf.Tensor2D;
    });
    return tf.losses.softmaxCrossEntropy(y, h) as tf.Scalar;
  };
  return {
    run(steps) {
      let last = Number.NaN;
      for (let s = 0; s < steps; s++) {
        const cost = optimizer.minimize(loss, s === steps - 1);
        if (cost !== null) {
          last = cost.dataSync()[0]!;
          cost.dispose();
        }
      }
      return last;
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([x, y, ...vars.flatMap((v) => [v.w, v.b])]);
    },
  };
}
