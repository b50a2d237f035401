/**
 * The training playground's phases as a pure reducer: a user action or a worker event in, the next phase and the
 * worker commands to send out. No React and no worker here; training-controller.ts sends the commands and feeds
 * the replies back, use-training.ts renders. The worker does the hard parts itself (a 'step' trains exactly one
 * epoch and replies once it has paused; divergeAbove ends a run that blew up and says why).
 */
import type { StopReason, TrainingDivergence } from '../../../src/core/index';

/** 'stepping': a Step is training its epoch (the main button must not read Pause: the run pauses by itself). */
export type Phase = 'idle' | 'running' | 'stepping' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error';

export interface PhaseState {
  phase: Phase;
  /** The run's message: why it diverged or failed. */
  message: string | undefined;
  /** Step replies still to come (presses faster than an epoch queue up in the worker, one epoch each). */
  steps: number;
}

export const IDLE: PhaseState = { phase: 'idle', message: undefined, steps: 0 };

export type UserAction = 'play' | 'pause' | 'step' | 'stop' | 'reset';

/** What to send the worker; 'train-paused' opens a run that waits for its first 'step'. */
export type Command = 'train' | 'train-paused' | 'step' | 'resume' | 'pause' | 'stop';

export type PhaseEvent =
  | { type: 'user'; action: UserAction }
  /** A 'step' reply: the run has paused after its epoch (or `ended`, and its train-done follows). */
  | { type: 'stepped'; ended: boolean }
  | { type: 'finished'; stopReason: StopReason; divergence: TrainingDivergence | undefined }
  | { type: 'failed'; message: string };

export interface Transition {
  state: PhaseState;
  send: Command[];
}

export function isActive(phase: Phase): boolean {
  return phase === 'running' || phase === 'stepping' || phase === 'paused';
}

/** The sentence shown when a run diverged: the worker's reason plus what to do. */
export function divergenceMessage(divergence: TrainingDivergence | undefined): string {
  return `${divergence?.message ?? 'diverged: the loss stopped being a number'}. Lower the learning rate and train again.`;
}

function onUser(state: PhaseState, action: UserAction): Transition {
  const { phase } = state;
  const stay: Transition = { state, send: [] };
  switch (action) {
    case 'play':
      if (phase === 'running') return stay;
      // From a Step in flight too: the run just goes on to the end.
      if (phase === 'paused' || phase === 'stepping') return { state: { ...state, phase: 'running', steps: 0 }, send: ['resume'] };
      return { state: { phase: 'running', message: undefined, steps: 0 }, send: ['train'] };
    case 'pause':
      return phase === 'running' ? { state: { ...state, phase: 'paused' }, send: ['pause'] } : stay;
    case 'step':
      if (phase === 'running') return stay;
      if (phase === 'paused' || phase === 'stepping') return { state: { ...state, phase: 'stepping', steps: state.steps + 1 }, send: ['step'] };
      return { state: { phase: 'stepping', message: undefined, steps: 1 }, send: ['train-paused', 'step'] };
    case 'stop':
      // The phase follows the worker's train-done ('stopped').
      return isActive(phase) ? { state, send: ['stop'] } : stay;
    case 'reset':
      return { state: IDLE, send: isActive(phase) ? ['stop'] : [] };
  }
}

export function transition(state: PhaseState, event: PhaseEvent): Transition {
  switch (event.type) {
    case 'user':
      return onUser(state, event.action);
    case 'stepped': {
      const steps = Math.max(0, state.steps - 1);
      const paused = state.phase === 'stepping' && steps === 0 && !event.ended;
      return { state: { ...state, steps, phase: paused ? 'paused' : state.phase }, send: [] };
    }
    case 'finished': {
      if (event.stopReason === 'diverged') return { state: { phase: 'diverged', message: divergenceMessage(event.divergence), steps: 0 }, send: [] };
      return { state: { phase: event.stopReason === 'stopped' ? 'stopped' : 'done', message: undefined, steps: 0 }, send: [] };
    }
    case 'failed':
      return { state: { phase: 'error', message: event.message, steps: 0 }, send: [] };
  }
}
