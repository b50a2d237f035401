/**
 * Histograms of a model's kernel values (biases left out: they are few and kept in float32 by every compression
 * here), before and after compression on the SAME bins, so the two can be compared bar by bar.
 */
import { isKernel, type NamedWeights } from '../model/mlp';

export interface WeightHistogram {
  /** Bin range [min, max] of the original kernels. */
  range: [number, number];
  before: number[];
  after: number[];
  /** How many kernel values are exactly zero, before and after. */
  zeros: [number, number];
}

function kernelValues(weights: readonly NamedWeights[]): number[] {
  return weights.filter(isKernel).flatMap((w) => Array.from(w.values));
}

function count(values: readonly number[], lo: number, hi: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const k = width > 0 ? Math.floor((v - lo) / width) : 0;
    out[Math.min(bins - 1, Math.max(0, k))]! += 1;
  }
  return out;
}

export function weightHistogram(before: readonly NamedWeights[], after: readonly NamedWeights[], bins = 41): WeightHistogram {
  const a = kernelValues(before);
  const b = kernelValues(after);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...a, ...b]) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > lo)) {
    lo = Number.isFinite(lo) ? lo - 1 : -1;
    hi = lo + 2;
  }
  // Symmetric around zero so the zero bin sits in the middle (pruning piles values there).
  const m = Math.max(Math.abs(lo), Math.abs(hi));
  return {
    range: [-m, m],
    before: count(a, -m, m, bins),
    after: count(b, -m, m, bins),
    zeros: [a.filter((v) => v === 0).length, b.filter((v) => v === 0).length],
  };
}
