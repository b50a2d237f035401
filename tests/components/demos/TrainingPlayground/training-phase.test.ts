import { describe, expect, it } from 'vitest';
import { IDLE, transition, type Phase, type PhaseEvent, type PhaseState, type UserAction } from '../../../../components/demos/TrainingPlayground/training-phase';

const user = (action: UserAction): PhaseEvent => ({ type: 'user', action });
const at = (phase: Phase, steps = 0): PhaseState => ({ phase, message: undefined, steps });

/** Runs events from `state` and returns the phases passed through and every command sent. */
function play(state: PhaseState, events: PhaseEvent[]) {
  const phases: Phase[] = [];
  const sent: string[] = [];
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    phases.push(state.phase);
    sent.push(...next.send);
  }
  return { state, phases, sent };
}

describe('the training playground phase reducer', () => {
  it.each([
    ['idle', 'play', 'running', ['train']],
    ['done', 'play', 'running', ['train']],
    ['diverged', 'step', 'stepping', ['train-paused', 'step']],
    ['paused', 'play', 'running', ['resume']],
    ['stepping', 'play', 'running', ['resume']],
    ['running', 'play', 'running', []],
    ['running', 'pause', 'paused', ['pause']],
    ['paused', 'pause', 'paused', []],
    ['paused', 'step', 'stepping', ['step']],
    ['running', 'step', 'running', []],
    ['running', 'stop', 'running', ['stop']],
    ['done', 'stop', 'done', []],
    ['paused', 'reset', 'idle', ['stop']],
    ['error', 'reset', 'idle', []],
  ] as const)('from %s, %s goes to %s and sends %j', (from, action, to, send) => {
    const next = transition(at(from), user(action));
    expect(next.state.phase).toBe(to);
    expect(next.send).toEqual(send);
  });

  it('pauses after a Step only once every queued step has replied', () => {
    const { phases, sent, state } = play(IDLE, [user('step'), user('step'), { type: 'stepped', ended: false }, { type: 'stepped', ended: false }]);
    expect(phases).toEqual(['stepping', 'stepping', 'stepping', 'paused']);
    expect(sent).toEqual(['train-paused', 'step', 'step']);
    expect(state.steps).toBe(0);
  });

  it('keeps stepping when a step ends the run, so the train-done decides the phase', () => {
    const { phases } = play(at('stepping', 1), [{ type: 'stepped', ended: true }, { type: 'finished', stopReason: 'completed', divergence: undefined }]);
    expect(phases).toEqual(['stepping', 'done']);
  });

  it('ignores a late step reply once the run was resumed', () => {
    expect(play(at('stepping', 1), [user('play'), { type: 'stepped', ended: false }]).phases).toEqual(['running', 'running']);
  });

  it('ends in diverged with the worker reason and what to do, in stopped, or in error', () => {
    const divergence = { epoch: 3, loss: 325204.8, message: 'diverged at epoch 3: loss grew to 3.3e5, above 10,000' };
    expect(transition(at('running'), { type: 'finished', stopReason: 'diverged', divergence }).state).toEqual({
      phase: 'diverged',
      message: 'diverged at epoch 3: loss grew to 3.3e5, above 10,000. Lower the learning rate and train again.',
      steps: 0,
    });
    expect(transition(at('paused'), { type: 'finished', stopReason: 'stopped', divergence: undefined }).state.phase).toBe('stopped');
    expect(transition(at('running'), { type: 'finished', stopReason: 'early-stopping', divergence: undefined }).state.phase).toBe('done');
    expect(transition(at('running'), { type: 'failed', message: 'boom' }).state).toEqual({ phase: 'error', message: 'boom', steps: 0 });
  });

  it('clears the last run message when a new run starts', () => {
    expect(transition({ phase: 'diverged', message: 'x', steps: 0 }, user('play')).state.message).toBeUndefined();
  });
});
