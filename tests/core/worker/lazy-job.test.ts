import { describe, expect, it } from 'vitest';
import type { Job, JobContext } from '../../../src/core/worker/job';
import { lazyJob } from '../../../src/core/worker/lazy-job';
import { ModelStore } from '../../../src/core/worker/model-store';
import type { RequestOf } from '../../../src/core/worker/protocol';

const context: JobContext<'memory'> = { session: { run: undefined, job: undefined, models: new ModelStore() }, progress: () => undefined };
const request: RequestOf<'memory'> = { type: 'memory', id: 1 };
const memoryJob: Job<'memory'> = () => ({ numTensors: 7, numBytes: 28 });

describe('lazyJob', () => {
  it('loads the job on the first request only, then reuses it', async () => {
    let loads = 0;
    const job = lazyJob('memory', async () => {
      loads++;
      return memoryJob;
    });
    expect(loads).toBe(0);
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(loads).toBe(1);
  });

  it('says the download failed and what to do, and tries the download again on the next request', async () => {
    let loads = 0;
    const job = lazyJob('compression', async () => {
      loads++;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module: /_astro/compress-x.js');
      return memoryJob;
    });
    await expect(job(request, context)).rejects.toThrow(
      'the worker could not download its compression code (offline, or the site was updated: Failed to fetch dynamically imported module: /_astro/compress-x.js); try again, or reload the page',
    );
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(loads).toBe(2);
  });
});
