/**
 * The training playground's manifest: `<TrainingPlayground dataset="moons" hidden="16,16" optimizer="adam" lr={0.01} />`.
 * The props are checked here once (at build time, by Embed.astro); the island receives their parsed output
 * (`hidden` as a list of widths, read by the same codec as the URL's tp.h).
 */
import { z } from 'zod';
import { defineDemo } from '../shared/demo-manifest';
import { PLAYGROUND_OPTIMIZERS } from '../shared/optimizer-menu';
import { urlIntList } from '../shared/url-int-list';
import { urlEnum } from '../shared/url-state';
import { TRAINING_DATASETS } from './options';

export const URL_PREFIX = 'tp';
export const MAX_EPOCHS = 1000;
/** Hidden layers: at most MAX_LAYERS, each 1 to MAX_WIDTH units (prop `hidden`, URL tp.h and the widths field). */
export const MAX_WIDTH = 64;
export const MAX_LAYERS = 4;
export const HIDDEN_LIMITS = { min: 1, max: MAX_WIDTH, maxLength: MAX_LAYERS } as const;
/** One range per field for the prop and the URL value. lr 0 and huge rates are allowed in the URL so the demo can explain them. */
export const LR_RANGE = { min: 0, max: 1e6 } as const;
/** The slider's span: a log slider cannot reach 0, and 1e-4..10 covers the rates worth trying; the URL may go beyond. */
export const LR_SLIDER = { min: 1e-4, max: 10 } as const;
/** Rows per step; a batch larger than the training set is used as the full batch, with a message. */
export const BATCH_RANGE = { min: 1, max: 100_000 } as const;
export const EPOCHS_RANGE = { min: 1, max: MAX_EPOCHS } as const;
/** L2 penalty 0.5 * l2 * sum of squared kernel weights. */
export const L2_RANGE = { min: 0, max: 10 } as const;

const props = z
  .object({
    dataset: urlEnum(TRAINING_DATASETS).default('moons'),
    hidden: urlIntList(HIDDEN_LIMITS).optional(),
    /** Any menu optimizer; second-order ones fall back to Adam with a note (they need the Hessian of every weight). */
    optimizer: urlEnum(PLAYGROUND_OPTIMIZERS).optional(),
    lr: z.number().gt(LR_RANGE.min).max(LR_RANGE.max).optional(),
    batchSize: z.number().int().min(BATCH_RANGE.min).max(BATCH_RANGE.max).optional(),
    epochs: z.number().int().min(EPOCHS_RANGE.min).max(EPOCHS_RANGE.max).optional(),
    l2: z.number().min(L2_RANGE.min).max(L2_RANGE.max).optional(),
  })
  .strict();
export type TrainingPlaygroundProps = z.output<typeof props>;

export const trainingPlayground = defineDemo({
  id: 'training-playground',
  tag: 'TrainingPlayground',
  title: 'Training playground',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 2490, medium: 2490, wide: 1555 },
  describe: (p) =>
    `Train a small neural network in your browser and watch its predictions and its training and validation loss evolve. It opens on the "${p.dataset}" data set; change the data, network size, optimizer, learning rate, batch size and regularization.`,
});
