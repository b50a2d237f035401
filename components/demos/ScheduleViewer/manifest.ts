/**
 * The schedule viewer's manifest: `<ScheduleViewer schedule="warmup-cosine" />`. The prop is checked here once (at
 * build time, by Embed.astro); the island receives its parsed output.
 */
import { z } from 'zod';
import { defineDemo } from '../shared/demo-manifest';
import { SCHEDULE_PRESETS } from '../shared/schedule-presets';
import { urlEnum } from '../shared/url-state';
import { SCHEDULE_LABELS } from './base-schedules';
import { URL_PREFIX } from './limits';

const props = z.object({ schedule: z._default(urlEnum(SCHEDULE_PRESETS), 'warmup-cosine') }).strict();
export type ScheduleViewerProps = z.output<typeof props>;

export const scheduleViewer = defineDemo({
  id: 'schedule-viewer',
  tag: 'ScheduleViewer',
  title: 'Learning-rate schedule viewer',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 1250, medium: 1250, wide: 850 },
  // Measured with the demo loaded: reduce-on-plateau adds the illustrative-loss chart and a hint, WSD three controls.
  variants: { plateau: { narrow: 1650, medium: 1560, wide: 1055 }, wsd: { narrow: 1310, medium: 1310, wide: 850 } },
  variantOf: ({ schedule }) => (schedule === 'reduce-on-plateau' ? 'plateau' : schedule === 'warmup-stable-decay' ? 'wsd' : undefined),
  describe: ({ schedule }) => {
    const opening = schedule === 'warmup-cosine' ? `${SCHEDULE_LABELS.cosine} after a linear warm-up` : SCHEDULE_LABELS[schedule];
    return `The learning rate at every training step under common schedules, with their parameters adjustable. It opens on “${opening}”.`;
  },
});
