/**
 * Pause / resume / step N epochs / stop for a training loop that checks in between epochs (TrainingRun). Messages
 * arrive while the loop yields to the event loop; the loop calls `beforeEpoch` (waits while paused, says whether to
 * stop), `afterEpoch` (counts a step down) and `end`.
 */

/** Where a run is when a step settles: the epochs trained so far, and whether the run is over. */
export interface RunPosition {
  epoch: number;
  ended: boolean;
}

export class RunControl {
  private paused = false;
  private stopped = false;
  private ended = false;
  private epoch = 0;
  /** Epochs left before the loop pauses itself (see step()); undefined: no limit. */
  private budget: number | undefined;
  private gate: (() => void) | undefined;
  /** step() promises waiting for the loop to pause or end. */
  private readonly waiters: ((position: RunPosition) => void)[] = [];

  /** Pauses before the next epoch (and cancels what is left of a step). */
  pause(): void {
    this.paused = true;
    this.budget = undefined;
  }

  /** Trains on to the end. */
  resume(): void {
    this.budget = undefined;
    this.open();
  }

  /**
   * Trains exactly `epochs` more epochs, then pauses. Resolves once the loop has paused (or ended: its last epoch,
   * a stop, a divergence). Steps asked for while one is training add up, so two quick steps train two epochs.
   */
  step(epochs = 1): Promise<RunPosition> {
    if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`epochs must be an integer >= 1 (got ${epochs}) in step`);
    const settled = new Promise<RunPosition>((resolve) => this.waiters.push(resolve));
    if (this.ended) this.settle();
    else {
      this.budget = (this.paused ? 0 : (this.budget ?? 0)) + epochs;
      this.open();
    }
    return settled;
  }

  stop(): void {
    this.stopped = true;
    this.open();
  }

  /** Waits while paused; true when the loop must stop before epoch `epoch` + 1. */
  async beforeEpoch(epoch: number): Promise<boolean> {
    this.epoch = epoch;
    if (this.paused) {
      this.settle();
      await new Promise<void>((resolve) => (this.gate = resolve));
    }
    return this.stopped;
  }

  /** After each epoch: a step whose epochs are trained pauses the loop. */
  afterEpoch(epoch: number): void {
    this.epoch = epoch;
    if (this.budget !== undefined && --this.budget === 0) this.pause();
  }

  end(epoch: number): void {
    this.epoch = epoch;
    this.ended = true;
    this.settle();
  }

  private open(): void {
    this.paused = false;
    this.gate?.();
    this.gate = undefined;
  }

  private settle(): void {
    const position = { epoch: this.epoch, ended: this.ended };
    for (const resolve of this.waiters.splice(0)) resolve(position);
  }
}
