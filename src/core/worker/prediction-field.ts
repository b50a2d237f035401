/**
 * What a model predicts over the plane (2-D inputs: a decision-boundary grid) or along a line (1-D inputs: a
 * regression curve), as one Float32Array the page can draw. Used by the worker to stream boundaries while training
 * and to draw compressed models (with their own weights, passed explicitly).
 */
import type { GridSpec } from '../grid';
import type { Mlp, NamedWeights } from '../model/mlp';
import { predictGrid } from '../model/predict-grid';

/** Where to sample: 2-D models use the whole grid; 1-D models use xMin..xMax with nx points (y ignored). */
export interface FieldRequest {
  grid: GridSpec;
  /** Send a field with every `every`-th epoch (and the first and last). Default 5. */
  every?: number;
}

/** 2-D: P(class 1) (binary) at index j * nx + i. 1-D: the model output at nx evenly spaced x. Default: own weights. */
export function predictField(model: Mlp, grid: GridSpec, weights?: readonly NamedWeights[]): Float32Array {
  if (model.inputDim === 2) return predictGrid(model, grid, weights).values;
  if (model.inputDim !== 1) throw new Error(`predictField needs a model with 1 or 2 inputs (got ${model.inputDim})`);
  if (!Number.isInteger(grid.nx) || grid.nx < 2 || !(grid.xMax > grid.xMin)) throw new Error('predictField needs nx >= 2 and xMax > xMin');
  const xs = new Float32Array(grid.nx);
  for (let i = 0; i < grid.nx; i++) xs[i] = grid.xMin + ((grid.xMax - grid.xMin) * i) / (grid.nx - 1);
  return model.predict(xs, weights === undefined ? {} : { weights });
}

/** True on the epochs that get a field: 1, every `every`-th, and the last. */
export function wantsField(epoch: number, totalEpochs: number, every = 5): boolean {
  return epoch === 1 || epoch === totalEpochs || epoch % Math.max(1, Math.round(every)) === 0;
}
