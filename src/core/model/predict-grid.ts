/** What an MLP predicts on a 2-D grid, for decision-boundary drawing. */
import * as tf from '@tensorflow/tfjs-core';
import { gridPoints, type GridSpec } from '../grid';
import { predictedClasses, type Mlp, type NamedWeights } from './mlp';

export interface GridPrediction {
  /** Binary: P(class 1); multiclass: probability of the predicted class; regression: the output. Index j * nx + i. */
  values: Float32Array;
  /** Predicted class per grid point (0 for regression). */
  classes: Int32Array;
}

/** Model predictions on a 2-D grid, with the model's own weights or the `weights` given (e.g. compressed ones). */
export function predictGrid(model: Mlp, grid: GridSpec, weights?: readonly NamedWeights[]): GridPrediction {
  if (model.inputDim !== 2) throw new Error(`predictGrid needs a model with 2 inputs (got ${model.inputDim})`);
  const points = gridPoints(grid);
  const n = grid.nx * grid.ny;
  const { task } = model.spec;
  const outputs = model.predict(points, weights === undefined ? {} : { weights });
  const values = tf.tidy(() => {
    const out = tf.tensor2d(outputs, [n, model.outputDim]);
    if (task === 'binary') return tf.sigmoid(out).dataSync() as Float32Array;
    if (task === 'multiclass') return tf.max(tf.softmax(out), -1).dataSync() as Float32Array;
    return out.dataSync() as Float32Array;
  });
  return { values, classes: task === 'regression' ? new Int32Array(n) : predictedClasses(task, outputs, n) };
}
