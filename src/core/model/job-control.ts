/**
 * Progress and cancellation for a long worker job made of many small steps (distillation, fine-tuning): the job
 * creates it (with where progress goes), the part that knows the amount of work calls `begin(total)`, and the loop
 * calls `checkpoint(done)` after each step. A checkpoint reports progress at most every `reportEveryMs` and yields to
 * the event loop about every `yieldEveryMs`, so a 'stop' message can arrive; after `cancel()` the next checkpoint
 * throws JobCancelled, and the loop's own try/finally blocks free its tensors on the way out.
 */
import { yieldToEventLoop } from './yield-to-event-loop';

/** What a job reports: units done of a total, the time spent so far and the unit's name ("step"). */
export interface JobProgress {
  done: number;
  total: number;
  elapsedMs: number;
  unit: string;
}

/** "steps" from "step"; "ms" stays "ms". */
export const plural = (unit: string): string => (unit.endsWith('s') ? unit : `${unit}s`);

export class JobCancelled extends Error {
  constructor(readonly progress: JobProgress) {
    super(`cancelled after ${progress.done} of ${progress.total} ${plural(progress.unit)}`);
    this.name = 'JobCancelled';
  }
}

export interface JobControlOptions {
  onProgress?: ((progress: JobProgress) => void) | undefined;
  /** Default 100: about ten progress messages a second, enough for a smooth bar. */
  reportEveryMs?: number;
  /** Default 40: a message round trip per 40 ms costs well under 1 % of the run. */
  yieldEveryMs?: number;
  /** Injectable for tests. Default performance.now. */
  now?: () => number;
}

export class JobControl {
  private cancelled = false;
  private started: number;
  private lastReport = -Infinity;
  private lastYield: number;
  private done = 0;
  private total = 1;
  private unit = 'step';

  constructor(private readonly options: JobControlOptions = {}) {
    this.started = this.now();
    this.lastYield = this.started;
  }

  /** Starts counting `total` units of work (the clock for the time estimate starts here). */
  begin(total: number, unit = 'step'): void {
    if (!Number.isInteger(total) || total < 1) throw new Error(`total must be an integer >= 1 (got ${total}) in JobControl.begin`);
    this.total = total;
    this.unit = unit;
    this.done = 0;
    this.started = this.now();
    this.lastYield = this.started;
    this.lastReport = -Infinity;
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }

  cancel(): void {
    this.cancelled = true;
  }

  progress(): JobProgress {
    return { done: this.done, total: this.total, elapsedMs: this.now() - this.started, unit: this.unit };
  }

  /** After each unit of work: reports, yields now and then, and throws JobCancelled once cancel() was called. */
  async checkpoint(done: number): Promise<void> {
    this.done = done;
    this.throwIfCancelled();
    const t = this.now();
    if (t - this.lastReport >= (this.options.reportEveryMs ?? 100) || done === this.total) {
      this.lastReport = t;
      this.options.onProgress?.(this.progress());
    }
    if (t - this.lastYield >= (this.options.yieldEveryMs ?? 40)) {
      await yieldToEventLoop();
      this.lastYield = this.now();
      this.throwIfCancelled();
    }
  }

  throwIfCancelled(): void {
    if (this.cancelled) throw new JobCancelled(this.progress());
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }
}
