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
import { OPTIMIZER_LABELS, SCHEDULE_PRESET_LABELS, SCHEDULE_PRESETS, TRAINING_DATASETS, type TrainingOptimizer } from './options';
import { optimizerNote, scheduleNote } from './optimizer-notes';
import { URL_PREFIX, HIDDEN_LIMITS, LR_RANGE, BATCH_RANGE, EPOCHS_RANGE, L2_RANGE } from './limits';

const props = z
  .object({
    dataset: z._default(urlEnum(TRAINING_DATASETS), 'moons'),
    hidden: z.optional(urlIntList(HIDDEN_LIMITS)),
    /**
     * Any menu optimizer, or 'muon' (the hidden matrices; AdamW the rest); second-order ones fall back to Adam with a
     * note (they need the Hessian of every weight).
     */
    optimizer: z.optional(urlEnum([...PLAYGROUND_OPTIMIZERS, 'muon'] as const)),
    lr: z.number().gt(LR_RANGE.min).max(LR_RANGE.max).optional(),
    /** The learning-rate schedule it opens with (the schedule viewer's presets); default constant. */
    schedule: z.optional(urlEnum(SCHEDULE_PRESETS)),
    batchSize: z.number().int().min(BATCH_RANGE.min).max(BATCH_RANGE.max).optional(),
    epochs: z.number().int().min(EPOCHS_RANGE.min).max(EPOCHS_RANGE.max).optional(),
    l2: z.number().min(L2_RANGE.min).max(L2_RANGE.max).optional(),
  })
  .strict();
export type TrainingPlaygroundProps = z.output<typeof props>;

function hasNote(p: TrainingPlaygroundProps): boolean {
  const optimizer = p.optimizer !== undefined && p.optimizer in OPTIMIZER_LABELS ? optimizerNote(p.optimizer as TrainingOptimizer, [2, ...(p.hidden ?? [16, 16]), 1]) : undefined;
  return optimizer !== undefined || scheduleNote(p.schedule ?? 'constant', p.epochs ?? 100) !== undefined;
}

function opening(p: TrainingPlaygroundProps): string {
  const optimizer = p.optimizer !== undefined && p.optimizer in OPTIMIZER_LABELS ? ` with ${OPTIMIZER_LABELS[p.optimizer as TrainingOptimizer]}` : '';
  const schedule = p.schedule === undefined || p.schedule === 'constant' ? '' : ` and the "${SCHEDULE_PRESET_LABELS[p.schedule]}" learning-rate schedule`;
  return `${optimizer}${schedule}`;
}

export const trainingPlayground = defineDemo({
  id: 'training-playground',
  tag: 'TrainingPlayground',
  title: 'Training playground',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 2790, medium: 2750, wide: 1780 },
  // A note under the optimizer menu (Muon's groups, SAM's cost, ...) or the schedule menu (reduce-on-plateau) adds
  // up to a few lines; measured with SAM's, the longest on the default network.
  variants: { note: { narrow: 2940, medium: 2865, wide: 1870 } },
  variantOf: (p) => (hasNote(p) ? 'note' : undefined),
  describe: (p) =>
    `Train a small neural network in your browser and watch its predictions and its training and validation loss evolve. It opens on the "${p.dataset}" data set${opening(p)}; change the data, network size, optimizer, learning rate, batch size and regularization.`,
});
