/** The worker requests for the playground's settings: its data set, its model and its training run. Pure. */
import type { GridSpec } from '../../../src/core/index';
import type { DatasetRequest, RequestBody } from '../../../src/core/worker/protocol';
import { optimizerConfig, scheduleFor } from './options';
import { DIVERGENCE_LOSS, VALIDATION_FRACTION, type Assessment, type TrainingPlaygroundState } from './state';

export function datasetRequest(s: TrainingPlaygroundState): DatasetRequest {
  return { name: s.dataset === 'regression' ? 'sine' : s.dataset, options: { n: s.points, noise: s.noise, seed: s.seed, validationFraction: VALIDATION_FRACTION } };
}

export function modelSpec(s: TrainingPlaygroundState, inputs: number) {
  return { layerSizes: [inputs, ...s.hidden, 1], activation: s.activation, task: s.dataset === 'regression' ? ('regression' as const) : ('binary' as const), seed: s.seed };
}

/** The run the settings describe; the worker ends it itself once the loss passes DIVERGENCE_LOSS. */
export function trainRequest(s: TrainingPlaygroundState, a: Assessment, grid: GridSpec): RequestBody<'train'> {
  return {
    type: 'train',
    model: modelSpec(s, s.dataset === 'regression' ? 1 : 2),
    dataset: datasetRequest(s),
    training: {
      optimizer: optimizerConfig(s.optimizer, s.lr, s.momentum),
      schedule: scheduleFor(s.schedule, s.epochs * a.stepsPerEpoch, { epochs: s.epochs, lr: s.lr }),
      epochs: s.epochs,
      batchSize: a.batchSize,
      l2: s.l2,
      seed: s.seed,
      divergeAbove: DIVERGENCE_LOSS,
    },
    field: { grid, every: Math.max(1, Math.round(s.epochs / 40)) },
  };
}
