/**
 * Every demo, listed once. A new demo is its folder components/demos/<Tag>/ (manifest.ts, the island, Embed.astro)
 * plus one line here; everything else derives from this list: the MDX tags entries may use (components/mdx/index.ts),
 * the `demo:` ids the content schema accepts and the tags the validator looks for (src/content), the frame's reserved
 * heights (DemoFigure). Plain .ts without React or Astro, so Node content validation can import it.
 */
import { backendCheck } from './BackendCheck/manifest';
import { compressionLab } from './CompressionLab/manifest';
import { lossExplorer } from './LossExplorer/manifest';
import { numberFormats } from './NumberFormats/manifest';
import { optimizerPlayground } from './OptimizerPlayground/manifest';
import { scheduleViewer } from './ScheduleViewer/manifest';
import { trainingPlayground } from './TrainingPlayground/manifest';

export const DEMOS = [optimizerPlayground, trainingPlayground, scheduleViewer, compressionLab, lossExplorer, backendCheck, numberFormats] as const;

export type Demo = (typeof DEMOS)[number];
export type DemoId = Demo['id'];
export type DemoTag = Demo['tag'];

/** The ids an entry's `demo:` frontmatter may name, in registry order. */
export const DEMO_IDS = DEMOS.map((d) => d.id) as [DemoId, ...DemoId[]];

/** MDX tag -> demo id, for finding the demo tags written in an entry's body. */
export const DEMO_ID_BY_TAG: ReadonlyMap<string, DemoId> = new Map(DEMOS.map((d) => [d.tag, d.id]));
