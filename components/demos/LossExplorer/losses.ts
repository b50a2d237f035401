/**
 * The loss explorer's losses: every loss curve of the core (LOSS_NAMES in src/core/loss-curves.ts), under the names
 * entries and URLs use ('cross-entropy' is the core's binary cross-entropy, 'bce'), with their labels. Pure.
 */
import { LOSS_NAMES, type LossName } from '../../../src/core/plain';

/** Core name -> the explorer's id; typed by the core's names, so a new core loss fails the type check until named here. */
const EXPLORER_ID = { mse: 'mse', mae: 'mae', huber: 'huber', bce: 'cross-entropy', hinge: 'hinge' } as const satisfies Record<LossName, string>;
export type ExplorerLoss = (typeof EXPLORER_ID)[LossName];

/** Every loss, in the core's order. */
export const LOSSES: readonly ExplorerLoss[] = LOSS_NAMES.map((name) => EXPLORER_ID[name]);
export const CORE_NAME = Object.fromEntries(LOSS_NAMES.map((name) => [EXPLORER_ID[name], name])) as Readonly<Record<ExplorerLoss, LossName>>;

export const LOSS_LABELS: Readonly<Record<ExplorerLoss, string>> = { mse: 'MSE (squared error)', mae: 'MAE (absolute error)', huber: 'Huber', 'cross-entropy': 'Cross-entropy (label 1)', hinge: 'Hinge (label +1)' };
