/**
 * The training playground's whole state as one typed table: the URL schema (keys tp.*), defaults from the MDX
 * props, the props check, and the checks that turn extreme settings into messages. Pure; tested in
 * tests/components/demos/training-playground/state.test.ts.
 */
import { z } from 'zod';
import { DATASETS, PLAYGROUND_OPTIMIZERS } from '../../mdx/demo-props';
import { urlEnum, urlNumber } from '../shared/url-state';
import { ACTIVATION_IDS, OPTIMIZER_LABELS, SCHEDULES, TRAINING_OPTIMIZERS, type TrainingOptimizer } from './options';
import { urlIntList } from './url-int-list';

export const URL_PREFIX = 'tp';
export const MAX_EPOCHS = 1000;
export const MAX_WIDTH = 64;
export const MAX_LAYERS = 4;
/** Share of the points held out for validation: half, so over-fitting shows clearly on toy data. */
export const VALIDATION_FRACTION = 0.5;
export const POINT_COUNTS = [40, 100, 200, 300, 600] as const;

export type DatasetId = (typeof DATASETS)[number];

export const TrainingPlaygroundStateSchema = z.object({
  /** Data set (regression = noisy sine, 1 input). */
  ds: urlEnum(DATASETS),
  /** Hidden layer widths, e.g. 16,16; empty = no hidden layer. */
  h: urlIntList({ min: 1, max: MAX_WIDTH, maxLength: MAX_LAYERS }),
  act: urlEnum(ACTIVATION_IDS),
  opt: urlEnum(TRAINING_OPTIMIZERS),
  /** Learning rate; 0 and huge values are allowed so the demo can explain them. */
  lr: urlNumber({ min: 0, max: 1e6 }),
  /** Momentum for the SGD momentum variants. */
  m: urlNumber({ min: 0, max: 0.999 }),
  sch: urlEnum(SCHEDULES),
  /** Rows per step; larger than the training set is clamped with a message. */
  bs: urlNumber({ integer: true, min: 1, max: 100_000 }),
  ep: urlNumber({ integer: true, min: 1, max: MAX_EPOCHS }),
  /** L2 penalty 0.5 * l2 * sum of squared kernel weights, added to the loss. */
  l2: urlNumber({ min: 0, max: 10 }),
  /** Noise of the data generator. */
  noise: urlNumber({ min: 0, max: 1 }),
  /** Total points (half train, half validation). */
  n: urlNumber({ integer: true, min: 8, max: 2000 }),
  seed: urlNumber({ integer: true, min: 0, max: 999_999 }),
});
export type TrainingPlaygroundState = z.output<typeof TrainingPlaygroundStateSchema>;

export const TrainingPlaygroundPropsSchema = z.object({
  dataset: z.enum(DATASETS).default('moons'),
  hidden: z.string().regex(/^\d+(,\d+)*$/).optional(),
  optimizer: z.enum(PLAYGROUND_OPTIMIZERS).optional(),
  lr: z.number().positive().optional(),
  batchSize: z.number().int().positive().optional(),
  epochs: z.number().int().positive().optional(),
  l2: z.number().min(0).optional(),
});
export type TrainingPlaygroundProps = z.input<typeof TrainingPlaygroundPropsSchema>;

export function parseTrainingPlaygroundProps(props: unknown): z.output<typeof TrainingPlaygroundPropsSchema> {
  const result = TrainingPlaygroundPropsSchema.safeParse(props);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`<TrainingPlayground>: prop "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
}

function isTrainingOptimizer(id: string): id is TrainingOptimizer {
  return (TRAINING_OPTIMIZERS as readonly string[]).includes(id);
}

/** Defaults from the MDX props, plus a note when a prop names something this demo does not offer. */
export function defaultState(props: z.output<typeof TrainingPlaygroundPropsSchema>): { state: TrainingPlaygroundState; notes: string[] } {
  const notes: string[] = [];
  let opt: TrainingOptimizer = 'adam';
  if (props.optimizer !== undefined) {
    if (isTrainingOptimizer(props.optimizer)) opt = props.optimizer;
    else notes.push(`The optimizer "${props.optimizer}" is not offered for training networks here (it needs second-order information over all weights): using Adam.`);
  }
  const hidden = props.hidden === undefined ? [16, 16] : props.hidden.split(',').map(Number).filter((w) => w > 0).slice(0, MAX_LAYERS).map((w) => Math.min(MAX_WIDTH, w));
  return {
    state: {
      ds: props.dataset,
      h: hidden,
      act: 'tanh',
      opt,
      lr: props.lr ?? (opt === 'sgd' || opt === 'momentum' || opt === 'nesterov' ? 0.1 : 0.01),
      m: 0.9,
      sch: 'constant',
      bs: props.batchSize ?? 32,
      ep: Math.min(MAX_EPOCHS, props.epochs ?? 100),
      l2: props.l2 ?? 0,
      noise: 0.2,
      n: 300,
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
  const nTrain = trainingPoints(s.n);
  let batchSize = s.bs;
  if (s.bs > nTrain) {
    messages.push(`batch size ${s.bs} is larger than the ${nTrain} training points: using ${nTrain} (full batch).`);
    batchSize = nTrain;
  }
  let blocking = false;
  if (s.lr === 0) {
    messages.push('learning rate 0 never moves the weights, so there is nothing to train: pick a learning rate > 0.');
    blocking = true;
  } else if (s.lr >= 10) {
    // Says what the run does: a loss that jumps around but stays below DIVERGENCE_LOSS trains all epochs.
    messages.push(`learning rate ${s.lr} is very large for ${OPTIMIZER_LABELS[s.opt]}: expect the loss to jump around or blow up. The run stops early only if the loss passes ${DIVERGENCE_LOSS.toLocaleString('en')} or stops being a number.`);
  }
  if (s.h.length === 0 && s.ds === 'regression') messages.push('With no hidden layer the regression model is a straight line.');
  return { batchSize, stepsPerEpoch: Math.ceil(nTrain / batchSize), messages, blocking };
}

/**
 * A finite loss this large means the weights blew up (cross-entropy 1e4 = logits of 1e4 on the wrong side; MSE 1e4
 * on targets of size ~1): the worker stops the run there (divergeAbove) instead of drawing a flat, saturated
 * boundary for ever.
 */
export const DIVERGENCE_LOSS = 1e4;
