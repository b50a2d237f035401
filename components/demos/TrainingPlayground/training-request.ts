/** The worker requests for the playground's settings: its data set, its model and its training run. Pure. */
import type { GridSpec } from '../../../src/core/index';
import type { DatasetRequest, RequestBody } from '../../../src/core/worker/protocol';
import { optimizerConfig, scheduleFor } from './options';
import { DIVERGENCE_LOSS, VALIDATION_FRACTION, type Assessment, type TrainingPlaygroundState } from './state';

export function datasetRequest(s: TrainingPlaygroundState): DatasetRequest {
  return { name: s.ds === 'regression' ? 'sine' : s.ds, options: { n: s.n, noise: s.noise, seed: s.seed, validationFraction: VALIDATION_FRACTION } };
}

export function modelSpec(s: TrainingPlaygroundState, inputs: number) {
  return { layerSizes: [inputs, ...s.h, 1], activation: s.act, task: s.ds === 'regression' ? ('regression' as const) : ('binary' as const), seed: s.seed };
}

/** The run the settings describe; the worker ends it itself once the loss passes DIVERGENCE_LOSS. */
export function trainRequest(s: TrainingPlaygroundState, a: Assessment, grid: GridSpec): RequestBody<'train'> {
  return {
    type: 'train',
    model: modelSpec(s, s.ds === 'regression' ? 1 : 2),
    dataset: datasetRequest(s),
    training: {
      optimizer: optimizerConfig(s.opt, s.lr, s.m),
      schedule: scheduleFor(s.sch, s.ep * a.stepsPerEpoch),
      epochs: s.ep,
      batchSize: a.batchSize,
      l2: s.l2,
      seed: s.seed,
      divergeAbove: DIVERGENCE_LOSS,
    },
    field: { grid, every: Math.max(1, Math.round(s.ep / 40)) },
  };
}
