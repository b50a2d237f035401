/**
 * The loss explorer's manifest: `<LossExplorer losses="mse,mae,huber" />`. The prop is checked here once (at build
 * time, by Embed.astro, with the same codec as the URL's le.show); the island receives its parsed output.
 */
import { z } from 'zod';
import { defineDemo } from '../shared/demo-manifest';
import { listPhrase } from '../shared/list-phrase';
import { urlEnumList } from '../shared/url-state';
import { REGRESSION_LOSSES } from './fit';
import { LOSS_LABELS, LOSSES, type ExplorerLoss } from './losses';
import { URL_PREFIX } from './limits';

const props = z.object({ losses: z._default(urlEnumList(LOSSES, LOSSES.length), ['mse', 'mae', 'huber']) }).strict();
export type LossExplorerProps = z.output<typeof props>;

const isRegression = (loss: ExplorerLoss): boolean => (REGRESSION_LOSSES as readonly string[]).includes(loss);

export const lossExplorer = defineDemo({
  id: 'loss-explorer',
  tag: 'LossExplorer',
  title: 'Loss explorer',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 1620, medium: 1550, wide: 1265 },
  // Regression and classification curves are two charts: taller than one, so the frame reserves more.
  variants: { both: { narrow: 1930, medium: 1860, wide: 1610 } },
  variantOf: ({ losses }) => (losses.some(isRegression) && !losses.every(isRegression) ? 'both' : undefined),
  describe: ({ losses }) => {
    const names = listPhrase(losses.map((l) => LOSS_LABELS[l].replace(/ \(.*\)$/, '')));
    return `Loss curves against the prediction error or the logit (it opens with ${names}), and an outlier experiment that shows which losses one extreme point can drag.`;
  },
});
