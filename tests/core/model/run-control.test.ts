import { describe, expect, it } from 'vitest';
import { RunControl } from '../../../src/core/model/run-control';

/** A loop like TrainingRun.run(): `epochs` epochs, yielding between them, recording what it trained. */
async function loop(control: RunControl, epochs: number, trained: number[]): Promise<string> {
  let epoch = 0;
  let reason = 'completed';
  while (epoch < epochs) {
    if (await control.beforeEpoch(epoch)) {
      reason = 'stopped';
      break;
    }
    trained.push(++epoch);
    control.afterEpoch(epoch);
    await new Promise((r) => setTimeout(r, 0));
  }
  control.end(epoch);
  return reason;
}

describe('RunControl', () => {
  it('holds a paused loop until a step, trains exactly that many epochs, and settles the step when it pauses', async () => {
    const control = new RunControl();
    const trained: number[] = [];
    control.pause();
    const done = loop(control, 10, trained);
    await new Promise((r) => setTimeout(r, 5));
    expect(trained).toEqual([]);
    expect(await control.step(3)).toEqual({ epoch: 3, ended: false });
    expect(trained).toEqual([1, 2, 3]);
    const [a, b] = await Promise.all([control.step(1), control.step(1)]);
    expect([a, b, trained]).toEqual([{ epoch: 5, ended: false }, { epoch: 5, ended: false }, [1, 2, 3, 4, 5]]);
    control.resume();
    expect(await done).toBe('completed');
    expect(trained).toHaveLength(10);
  });

  it('settles a step that outlasts the run as ended, and answers a step after the end at once', async () => {
    const control = new RunControl();
    control.pause();
    const done = loop(control, 2, []);
    expect(await control.step(5)).toEqual({ epoch: 2, ended: true });
    await done;
    expect(await control.step(1)).toEqual({ epoch: 2, ended: true });
  });

  it('stops a paused loop and settles its waiting step', async () => {
    const control = new RunControl();
    const trained: number[] = [];
    control.pause();
    const done = loop(control, 100, trained);
    await control.step(1);
    const waiting = control.step(1);
    control.stop();
    expect(await done).toBe('stopped');
    expect(await waiting).toEqual({ epoch: trained.length, ended: true });
    expect(trained.length).toBeLessThanOrEqual(2);
  });

  it('names the field and the range of a bad step', () => {
    expect(() => new RunControl().step(0)).toThrow('epochs must be an integer >= 1 (got 0) in step');
  });
});
