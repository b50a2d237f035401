/**
 * The training playground's sweep: 8 learning rates x 8 batch sizes of short trainings (SWEEP_EPOCHS each) with
 * the playground's data, model, optimizer and seed, as one request to the core worker's 'sweep' verb. Pure.
 */
import { logSpace } from '../../../src/core/plain';
import type { RequestBody } from '../../../src/core/worker/protocol';
import { optimizerConfig } from './options';
import { DIVERGENCE_LOSS, trainingPoints, type TrainingPlaygroundState } from './state';
import { datasetRequest, modelSpec } from './training-request';

export const SWEEP_SIDE = 8;
export const SWEEP_EPOCHS = 20;

/** Learning rates from 1e-3 to 1, evenly in log. */
export function sweepLrs(): number[] {
  return logSpace(1e-3, 1, SWEEP_SIDE);
}

/** Batch sizes from 4 to the whole training set, about evenly in log, whole numbers without repeats (fewer on tiny sets). */
export function sweepBatchSizes(nTrain: number): number[] {
  if (nTrain <= 4) return [nTrain];
  return [...new Set(logSpace(4, nTrain, SWEEP_SIDE).map((b) => Math.min(nTrain, Math.round(b))))];
}

export function sweepRequest(s: TrainingPlaygroundState): RequestBody<'sweep'> {
  return {
    type: 'sweep',
    model: modelSpec(s, s.dataset === 'regression' ? 1 : 2),
    dataset: datasetRequest(s),
    // No schedule: each cell trains at its own constant lr, so the map reads as lr x batch size alone.
    training: { optimizer: optimizerConfig(s.optimizer, 1, s.momentum), epochs: SWEEP_EPOCHS, l2: s.l2, seed: s.seed, divergeAbove: DIVERGENCE_LOSS },
    lrs: sweepLrs(),
    batchSizes: sweepBatchSizes(trainingPoints(s.points)),
  };
}
