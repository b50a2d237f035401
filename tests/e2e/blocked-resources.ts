import type { BrowserContext, Page, Route } from '@playwright/test';

/**
 * Console errors and page errors, except the browser's own report of a resource a test blocked on purpose
 * ("Failed to load resource" at a URL the test names) and Pagefind's line about the index chunk it could not load.
 * Anything else (an uncaught "Failed to fetch dynamically imported module", a React error) stays in the list.
 */
export function collectUnexpectedErrors(page: Page, blocked: readonly RegExp[]): string[] {
  const errors: string[] = [];
  const expected = (url: string) => blocked.some((b) => b.test(url));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (text.startsWith('Failed to load resource') && expected(m.location().url)) return;
    const pagefindUrl = /^Failed to load the (?:index chunk|meta index|Pagefind WASM)[^\n]*?(\S+\.pf_\w+|\S+\.pagefind)?:/.exec(text);
    if (pagefindUrl && (pagefindUrl[1] === undefined || expected(pagefindUrl[1]))) return;
    if (/^Failed to load Pagefind metadata/.test(text) && expected('/pagefind/pagefind-entry.json')) return;
    errors.push(`${text} (at ${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A switch for one kind of resource: while on, its requests fail (or answer 404, as after a redeploy). */
export async function blockable(target: Page | BrowserContext, pattern: RegExp, how: 'abort' | 404 = 'abort') {
  let on = true;
  let hits = 0;
  await target.route(pattern, (route: Route) => {
    if (!on) return route.fallback();
    hits++;
    return how === 'abort' ? route.abort('internetdisconnected') : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  });
  return {
    get hits() {
      return hits;
    },
    unblock() {
      on = false;
    },
  };
}
