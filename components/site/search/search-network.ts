/**
 * Counts Pagefind's requests that failed (network error or HTTP error). Pagefind swallows a failed index chunk: the
 * search then resolves with fewer or no results, which would read as "no match" although the index never arrived.
 * Comparing the count before and after a search tells the two apart. Pagefind runs on the main thread for this
 * (`noWorker` in search-engine.ts): its own worker's requests could not be seen from the page.
 *   watchRequests('/pagefind/');  const before = failedRequests();  ...search...;  failedRequests() > before
 */
let failed = 0;
let watching: string | undefined;

/** Wraps window.fetch once, passing every call through unchanged, and counts failures of URLs containing `prefix`. */
export function watchRequests(prefix: string): void {
  if (watching !== undefined || typeof window === 'undefined') return;
  watching = prefix;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = original(input, init);
    if (url.includes(prefix)) {
      response.then(
        (r) => {
          if (!r.ok) failed++;
        },
        () => {
          failed++;
        },
      );
    }
    return response;
  };
}

/** How many watched requests have failed since the page loaded. */
export function failedRequests(): number {
  return failed;
}
