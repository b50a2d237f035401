/**
 * A job whose code is downloaded the first time it is asked for. The compression variants (GPTQ, W8A8, block
 * formats...) and the benchmark are most of the worker's code but run only on the pages that ask for them, so they
 * live in their own chunks and a worker that only trains never downloads them (issue #16: worker <= 150 KB gzip).
 * A failed download is not cached: the next request tries again, so a dropped connection costs one retry, not the
 * rest of the visit.
 */
import type { Job } from './job';
import type { Verb } from './protocol';

export function lazyJob<V extends Verb>(what: string, load: () => Promise<Job<V>>): Job<V> {
  let loaded: Promise<Job<V>> | undefined;
  return async (request, context) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`the worker could not download its ${what} code (offline, or the site was updated: ${reason}); try again, or reload the page`);
    });
    const job = await loaded;
    return job(request, context);
  };
}
