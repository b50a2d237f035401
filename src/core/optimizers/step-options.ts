/**
 * Per-step overrides from a schedule: the learning rate and, for one-cycle, the momentum (beta1 for Adam-family).
 * The config's own lr is validated once, by resolveConfig when the optimizer is created; this checks the per-step
 * value, which is computed (a schedule's lrMin, gamma or factors can take it below 0 or to Infinity) or handed to
 * `step` directly by a training loop, and enters the optimizer only here.
 */
export interface StepOptions {
  lr?: number | undefined;
  momentum?: number | undefined;
}

export function checkStepOptions(optimizer: string, options: StepOptions): void {
  if (options.lr !== undefined && !(Number.isFinite(options.lr) && options.lr >= 0)) {
    throw new Error(`lr must be a finite number >= 0 (got ${options.lr}) in step of optimizer "${optimizer}"`);
  }
}
