import { describe, expect, it } from 'vitest';
import { JobCancelled, JobControl, type JobProgress } from '../../../src/core/model/job-control';

/** A clock the test moves by hand. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('JobControl (progress and cancel for long worker jobs)', () => {
  it('reports done, total and elapsed time at most every reportEveryMs, and always at the last unit', async () => {
    const c = clock();
    const seen: JobProgress[] = [];
    const control = new JobControl({ onProgress: (p) => seen.push(p), reportEveryMs: 100, yieldEveryMs: 1e9, now: c.now });
    control.begin(5, 'step');
    for (let done = 1; done <= 5; done++) {
      c.advance(60);
      await control.checkpoint(done);
    }
    // t = 60 (first report), 120 (too soon), 180 (120 ms after 60), 240 (too soon), 300 (the last unit)
    expect(seen.map((p) => [p.done, p.elapsedMs])).toEqual([[1, 60], [3, 180], [5, 300]]);
    expect(seen[0]).toMatchObject({ total: 5, unit: 'step' });
  });

  it('throws JobCancelled at the next checkpoint after cancel(), naming how far it got', async () => {
    const control = new JobControl();
    control.begin(40, 'epoch');
    await control.checkpoint(11);
    control.cancel();
    const error = await control.checkpoint(12).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobCancelled);
    expect((error as JobCancelled).message).toBe('cancelled after 12 of 40 epochs');
    expect(control.isCancelled).toBe(true);
  });

  it('yields to the event loop so a cancel sent meanwhile stops the loop', async () => {
    const control = new JobControl({ yieldEveryMs: 0 });
    control.begin(1000);
    setTimeout(() => control.cancel(), 0);
    let done = 0;
    const run = (async () => {
      for (done = 1; done <= 1000; done++) await control.checkpoint(done);
    })();
    await expect(run).rejects.toBeInstanceOf(JobCancelled);
    expect(done).toBeLessThan(1000);
  });

  it('rejects a total that is not a positive integer, naming the field', () => {
    expect(() => new JobControl().begin(0)).toThrow('total must be an integer >= 1 (got 0) in JobControl.begin');
  });
});
