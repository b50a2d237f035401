import { describe, expect, it } from 'vitest';
import type { Job, JobContext } from '../../../src/core/worker/job';
import { lazyJob } from '../../../src/core/worker/lazy-job';
import { ModelStore } from '../../../src/core/worker/model-store';
import type { RequestOf } from '../../../src/core/worker/protocol';

const context: JobContext<'memory'> = { session: { run: undefined, job: undefined, models: new ModelStore() }, progress: () => undefined };
const request: RequestOf<'memory'> = { type: 'memory', id: 1 };
const memoryJob: Job<'memory'> = () => ({ numTensors: 7, numBytes: 28 });
const module = { memoryJob };
const CHUNK = 'http://127.0.0.1:4321/_astro/worker-compress-Dw1DuPIH.js';

describe('lazyJob', () => {
  it('loads the job on the first request only, then reuses it', async () => {
    let loads = 0;
    const job = lazyJob('memory', async () => {
      loads++;
      return module;
    }, (m) => m.memoryJob);
    expect(loads).toBe(0);
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(loads).toBe(1);
  });

  it('says the download failed and what to do; the next request imports the failed URL again under a new query', async () => {
    const imported: string[] = [];
    let fail = 2;
    const job = lazyJob(
      'compression',
      () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)),
      (m: typeof module) => m.memoryJob,
      async (url) => {
        imported.push(url);
        if (--fail > 0) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
        return module;
      },
    );
    await expect(job(request, context)).rejects.toThrow(
      `the worker could not download its compression code (offline, or the site was updated: Failed to fetch dynamically imported module: ${CHUNK}); try again, or reload the page`,
    );
    await expect(job(request, context)).rejects.toThrow('could not download its compression code');
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(await job(request, context)).toEqual({ numTensors: 7, numBytes: 28 });
    expect(imported).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });
});
