/**
 * The playground's side of the worker conversation, without React: turns user actions into worker requests
 * through the phase reducer (training-phase.ts), drops replies of runs no longer on screen, and buffers epoch
 * messages so the view re-renders at most once per animation frame. use-training.ts wraps it in a hook; the tests
 * drive it with a fake worker.
 */
import type { EpochProgress } from '../../../src/core/index';
import type { RequestBody } from '../../../src/core/worker/protocol';
import type { CoreRequest } from '../shared/core-worker-client';
import { IDLE, transition, type Command, type Phase, type PhaseEvent, type PhaseState, type UserAction } from './training-phase';

export interface TrainingSnapshot {
  phase: Phase;
  message: string | undefined;
  history: EpochProgress[];
  field: Float32Array | undefined;
}

export const EMPTY_SNAPSHOT: TrainingSnapshot = { phase: 'idle', message: undefined, history: [], field: undefined };

/** How buffered progress reaches the screen: requestAnimationFrame on the page, at once in tests. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface RunOptions {
  /** Show the decision boundary as it changes (off for reduced motion: only the final one is drawn). */
  streamFields: boolean;
}

const ignore = (): undefined => undefined;
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class TrainingController {
  private state: PhaseState = IDLE;
  /** The run on screen; replies carrying an older number are dropped. */
  private run = 0;
  private history: EpochProgress[] = [];
  private field: Float32Array | undefined;
  private frame: number | undefined;

  constructor(
    private readonly request: CoreRequest,
    private readonly onChange: (snapshot: TrainingSnapshot) => void,
    private readonly frames: FrameScheduler = animationFrames,
  ) {}

  snapshot(): TrainingSnapshot {
    return { phase: this.state.phase, message: this.state.message, history: [...this.history], field: this.field };
  }

  /**
   * A press of Train / Pause / Step / Stop / Reset. `body` is the run the settings describe (undefined while they
   * cannot train: no points yet, or a blocking setting), needed when the action starts a run.
   */
  act(action: UserAction, body: RequestBody<'train'> | undefined, options: RunOptions = { streamFields: true }): void {
    const next = transition(this.state, { type: 'user', action });
    const starts = next.send.includes('train') || next.send.includes('train-paused');
    if (starts && body === undefined) return;
    if (action === 'reset' || starts) this.clear();
    this.apply(next.state, next.send, body, options);
  }

  /** Stops showing anything (unmount). */
  dispose(): void {
    this.run++;
    if (this.frame !== undefined) this.frames.cancel(this.frame);
    this.frame = undefined;
  }

  private dispatch(event: PhaseEvent): void {
    const next = transition(this.state, event);
    this.apply(next.state, next.send, undefined, { streamFields: true });
  }

  private apply(state: PhaseState, send: Command[], body: RequestBody<'train'> | undefined, options: RunOptions): void {
    const changed = state !== this.state;
    this.state = state;
    for (const command of send) this.send(command, body, options);
    if (changed) this.publish();
  }

  private send(command: Command, body: RequestBody<'train'> | undefined, options: RunOptions): void {
    const mine = this.run;
    if ((command === 'train' || command === 'train-paused') && body !== undefined) {
      this.request({ ...body, paused: command === 'train-paused' }, (m) => {
        if (mine !== this.run) return;
        this.history.push(m.progress);
        if (m.field !== undefined && options.streamFields) this.field = m.field;
        this.schedule();
      })
        .then((done) => {
          if (mine !== this.run) return;
          this.history = [...done.history];
          if (done.field !== undefined) this.field = done.field;
          this.flush();
          this.dispatch({ type: 'finished', stopReason: done.stopReason, divergence: done.divergence });
        })
        .catch((e: unknown) => mine === this.run && this.dispatch({ type: 'failed', message: errorText(e) }));
    } else if (command === 'step') {
      this.request({ type: 'step', epochs: 1 })
        .then((reply) => {
          if (mine !== this.run) return;
          this.flush();
          this.dispatch({ type: 'stepped', ended: reply.ended });
        })
        .catch(ignore);
    } else if (command === 'pause' || command === 'resume' || command === 'stop') {
      this.request({ type: command }).catch(ignore);
    }
  }

  private clear(): void {
    this.dispose();
    this.history = [];
    this.field = undefined;
    this.publish();
  }

  private schedule(): void {
    this.frame ??= this.frames.request(() => this.flush());
  }

  private flush(): void {
    // Also called directly (end of a Step or a run): drop the frame that would redo it.
    if (this.frame !== undefined) this.frames.cancel(this.frame);
    this.frame = undefined;
    this.publish();
  }

  private publish(): void {
    this.onChange(this.snapshot());
  }
}
