/** The loss explorer's state (URL keys le.*, short keys mapped to full names) and its defaults from the entry's parsed props. Pure. */
import { urlBoolean, urlEnumList, urlField, urlNumber, urlObject, type UrlState } from '../shared/url-state';
import { LOSSES, type ExplorerLoss } from './losses';

export const LossExplorerStateSchema = urlObject({
  /** Losses drawn. */
  losses: urlField('show', urlEnumList(LOSSES, LOSSES.length)),
  /** Huber's delta: quadratic inside |e| <= delta, linear outside. */
  delta: urlNumber({ min: 0.05, max: 5 }),
  /** Add the outlier to the regression data. */
  outlier: urlBoolean(),
  /** How far the outlier sits above the trend. */
  outlierSize: urlField('size', urlNumber({ min: 1, max: 40 })),
});
export type LossExplorerState = UrlState<typeof LossExplorerStateSchema.shape>;

export function defaultState(losses: readonly ExplorerLoss[]): LossExplorerState {
  return { losses: [...losses], delta: 1, outlier: true, outlierSize: 12 };
}
