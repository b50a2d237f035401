/**
 * The training playground's whole state as one typed table: the URL schema (keys tp.*, short keys mapped to full
 * names), the defaults from the entry's parsed props, and the checks that turn extreme settings into messages. Pure;
 * tested in tests/components/demos/TrainingPlayground/state.test.ts.
 */
import { urlIntList } from '../shared/url-int-list';
import { urlEnum, urlField, urlNumber, urlObject, type UrlState } from '../shared/url-state';
import type { TrainingPlaygroundProps } from './manifest';
import { BATCH_RANGE, EPOCHS_RANGE, HIDDEN_LIMITS, L2_RANGE, LR_RANGE } from './limits';
import { ACTIVATION_IDS, OPTIMIZER_LABELS, SCHEDULE_PRESETS, TRAINING_DATASETS, TRAINING_OPTIMIZERS, usesSgdLr, type TrainingDataset, type TrainingOptimizer } from './options';

/** Share of the points held out for validation: half, so over-fitting shows clearly on toy data. */
export const VALIDATION_FRACTION = 0.5;
export const POINT_COUNTS = [40, 100, 200, 300, 600] as const;

export type DatasetId = TrainingDataset;

export const TrainingPlaygroundStateSchema = urlObject({
  /** Data set (regression = noisy sine, 1 input). */
  dataset: urlField('ds', urlEnum(TRAINING_DATASETS)),
  /** Hidden layer widths, e.g. 16,16; empty = no hidden layer. */
  hidden: urlField('h', urlIntList(HIDDEN_LIMITS)),
  activation: urlField('act', urlEnum(ACTIVATION_IDS)),
  optimizer: urlField('opt', urlEnum(TRAINING_OPTIMIZERS)),
  /** Learning rate; 0 and huge values are allowed so the demo can explain them. */
  lr: urlNumber(LR_RANGE),
  /** Momentum for the SGD momentum variants. */
  momentum: urlField('m', urlNumber({ min: 0, max: 0.999 })),
  schedule: urlField('sch', urlEnum(SCHEDULE_PRESETS)),
  /** Rows per step; larger than the training set is clamped with a message. */
  batchSize: urlField('bs', urlNumber({ integer: true, ...BATCH_RANGE })),
  epochs: urlField('ep', urlNumber({ integer: true, ...EPOCHS_RANGE })),
  /** L2 penalty 0.5 * l2 * sum of squared kernel weights, added to the loss. */
  l2: urlNumber(L2_RANGE),
  /** Noise of the data generator. */
  noise: urlNumber({ min: 0, max: 1 }),
  /** Total points (half train, half validation). */
  points: urlField('n', urlNumber({ integer: true, min: 8, max: 2000 })),
  seed: urlNumber({ integer: true, min: 0, max: 999_999 }),
});
export type TrainingPlaygroundState = UrlState<typeof TrainingPlaygroundStateSchema.shape>;

function isTrainingOptimizer(id: string): id is TrainingOptimizer {
  return (TRAINING_OPTIMIZERS as readonly string[]).includes(id);
}

/** Defaults from the entry's parsed props, plus a note when a prop names something this demo does not offer. */
export function defaultState(props: TrainingPlaygroundProps): { state: TrainingPlaygroundState; notes: string[] } {
  const notes: string[] = [];
  let optimizer: TrainingOptimizer = 'adam';
  if (props.optimizer !== undefined) {
    if (isTrainingOptimizer(props.optimizer)) optimizer = props.optimizer;
    else notes.push(`The optimizer "${props.optimizer}" is not offered for training networks here (it needs second-order information over all weights): using Adam.`);
  }
  return {
    state: {
      dataset: props.dataset,
      hidden: props.hidden ?? [16, 16],
      activation: 'tanh',
      optimizer,
      lr: props.lr ?? (usesSgdLr(optimizer) ? 0.1 : 0.01),
      momentum: 0.9,
      schedule: props.schedule ?? 'constant',
      batchSize: props.batchSize ?? 32,
      epochs: props.epochs ?? 100,
      l2: props.l2 ?? 0,
      noise: 0.2,
      points: 300,
      seed: 1,
    },
    notes,
  };
}

export function trainingPoints(n: number): number {
  return n - Math.max(1, Math.round(n * VALIDATION_FRACTION));
}

export interface Assessment {
  /** The batch size training will use. */
  batchSize: number;
  /** Steps per epoch with that batch size. */
  stepsPerEpoch: number;
  /** Sentences to show; `blocking` ones disable Train. */
  messages: string[];
  blocking: boolean;
}

/** Clamps and explains extreme settings before training (pure). */
export function assessSettings(s: TrainingPlaygroundState): Assessment {
  const messages: string[] = [];
  const nTrain = trainingPoints(s.points);
  let batchSize = s.batchSize;
  if (s.batchSize > nTrain) {
    messages.push(`batch size ${s.batchSize} is larger than the ${nTrain} training points: using ${nTrain} (full batch).`);
    batchSize = nTrain;
  }
  let blocking = false;
  if (s.lr === 0) {
    messages.push('learning rate 0 never moves the weights, so there is nothing to train: pick a learning rate > 0.');
    blocking = true;
  } else if (s.lr >= 10) {
    // Says what the run does: a loss that jumps around but stays below DIVERGENCE_LOSS trains all epochs.
    messages.push(`learning rate ${s.lr} is very large for ${OPTIMIZER_LABELS[s.optimizer]}: expect the loss to jump around or blow up. The run stops early only if the loss passes ${DIVERGENCE_LOSS.toLocaleString('en')} or stops being a number.`);
  }
  if (s.hidden.length === 0 && s.dataset === 'regression') messages.push('With no hidden layer the regression model is a straight line.');
  return { batchSize, stepsPerEpoch: Math.ceil(nTrain / batchSize), messages, blocking };
}

/**
 * A finite loss this large means the weights blew up (cross-entropy 1e4 = logits of 1e4 on the wrong side; MSE 1e4
 * on targets of size ~1): the worker stops the run there (divergeAbove) instead of drawing a flat, saturated
 * boundary for ever.
 */
export const DIVERGENCE_LOSS = 1e4;
