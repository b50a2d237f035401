/** The loss explorer's state (URL keys le.*), defaults from the entry's `losses` prop, and the props check. Pure. */
import { z } from 'zod';
import { LOSSES } from '../../mdx/demo-props';
import { urlBoolean, urlEnumList, urlNumber } from '../shared/url-state';

export type ExplorerLoss = (typeof LOSSES)[number];
export { LOSSES };
export const URL_PREFIX = 'le';

export const LOSS_LABELS: Readonly<Record<ExplorerLoss, string>> = { mse: 'MSE (squared error)', mae: 'MAE (absolute error)', huber: 'Huber', 'cross-entropy': 'Cross-entropy (label 1)', hinge: 'Hinge (label +1)' };

export const LossExplorerStateSchema = z.object({
  /** Losses drawn. */
  show: urlEnumList(LOSSES, LOSSES.length),
  /** Huber's delta: quadratic inside |e| <= delta, linear outside. */
  delta: urlNumber({ min: 0.05, max: 5 }),
  /** Add the outlier to the regression data. */
  outlier: urlBoolean(),
  /** How far the outlier sits above the trend. */
  size: urlNumber({ min: 1, max: 40 }),
});
export type LossExplorerState = z.output<typeof LossExplorerStateSchema>;

export const LossExplorerPropsSchema = z.object({ losses: z.array(z.enum(LOSSES)).min(1).default(['mse', 'mae', 'huber']) });
export type LossExplorerProps = z.input<typeof LossExplorerPropsSchema>;

export function parseLossExplorerProps(props: unknown): z.output<typeof LossExplorerPropsSchema> {
  const result = LossExplorerPropsSchema.safeParse(props);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`<LossExplorer>: prop "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
}

export function defaultState(losses: readonly ExplorerLoss[]): LossExplorerState {
  return { show: [...losses], delta: 1, outlier: true, size: 12 };
}
