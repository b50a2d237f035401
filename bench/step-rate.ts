/**
 * Steps per second of a training step, measured the way every optimizer bench does: `warmup` calls, then `windows`
 * timed windows of about `windowMs` each (a flush at each end so queued GPU/WASM work is counted). On a shared machine
 * the best window is the least disturbed; the median shows the spread.
 */
export interface StepRate {
  /** Steps/second of the fastest window. */
  best: number;
  median: number;
}

export interface StepRateOptions {
  windows: number;
  windowMs: number;
  warmup: number;
  /** Steps between two clock reads. */
  batch: number;
}

export function measureStepRate(step: () => void, flush: () => void, { windows, windowMs, warmup, batch }: StepRateOptions): StepRate {
  for (let i = 0; i < warmup; i++) step();
  flush();
  const rates: number[] = [];
  for (let w = 0; w < windows; w++) {
    let steps = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < windowMs) {
      for (let i = 0; i < batch; i++) step();
      steps += batch;
    }
    flush();
    rates.push(steps / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1]!, median: 0.5 * (rates[(windows - 1) >> 1]! + rates[windows >> 1]!) };
}
