/**
 * A job whose code is downloaded the first time it is asked for. The compression variants (GPTQ, W8A8, block
 * formats...) and the benchmark run only on the pages that ask for them, so they live in chunks of their own and a
 * worker that only trains never downloads them (issue #16: worker <= 150 KB gzip).
 *
 * A failed download is not final. Chromium keeps a failed dynamic import in the worker's module map, so importing
 * the same URL again fails at once without a request; the retry therefore imports the chunk's URL (named in the
 * browser's error) with a `?retry=N` query. The chunk's own imports resolve to the URLs already loaded, so it
 * shares the worker's tfjs engine and model store.
 */
import { failedModuleUrl } from '../failed-module-url';
import type { Job } from './job';
import type { Verb } from './protocol';

type ImportUrl = (url: string) => Promise<unknown>;

const importUrl: ImportUrl = (url) => import(/* @vite-ignore */ url);

export function lazyJob<V extends Verb, M>(what: string, load: () => Promise<M>, pick: (module: M) => Job<V>, importAgain: ImportUrl = importUrl): Job<V> {
  let loaded: Promise<Job<V>> | undefined;
  let failedUrl: string | undefined;
  let retries = 0;
  const attempt = async (): Promise<Job<V>> => {
    try {
      return pick(failedUrl === undefined ? await load() : ((await importAgain(`${failedUrl}?retry=${++retries}`)) as M));
    } catch (error) {
      loaded = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      failedUrl ??= failedModuleUrl(reason);
      throw new Error(`the worker could not download its ${what} code (offline, or the site was updated: ${reason}); try again, or reload the page`);
    }
  };
  return async (request, context) => {
    loaded ??= attempt();
    const job = await loaded;
    return job(request, context);
  };
}
