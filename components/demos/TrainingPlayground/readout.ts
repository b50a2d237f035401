/**
 * The training readout's sentence for the last epoch. After a divergence the last losses are NaN or Infinity: the
 * readout says "diverged" for them (the run message beside it explains), and never prints NaN. Pure.
 */
import { formatNumber } from '../../charts/scales';
import type { EpochProgress } from '../../../src/core/index';

/** A loss, or "diverged" / "—" when it is not a finite number. */
export function lossText(value: number, diverged: boolean): string {
  if (Number.isFinite(value)) return formatNumber(value);
  return diverged ? 'diverged' : '—';
}

/** An accuracy in whole percent, or "—" when it is not a number (a diverged model's accuracy is meaningless). */
export function percentText(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(100 * value)}%`;
}

export function readoutText(last: EpochProgress | undefined, diverged: boolean): string {
  if (last === undefined) return 'Losses appear here after the first epoch.';
  const losses = `training loss ${lossText(last.trainLoss, diverged)}, validation loss ${lossText(last.validationLoss, diverged)}`;
  const accuracy = last.validationAccuracy === undefined ? '' : `, accuracy ${percentText(last.trainAccuracy)} train / ${percentText(last.validationAccuracy)} validation`;
  return `${losses}${accuracy}, lr ${Number.isFinite(last.lr) ? formatNumber(last.lr) : '—'}`;
}
