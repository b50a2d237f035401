import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A window whose fetch answers by URL: 'ok' 200, 'gone' 404, anything else a network error. */
function fakeWindow() {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    if (url.includes('ok')) return new Response('x', { status: 200 });
    if (url.includes('gone')) return new Response('x', { status: 404 });
    throw new TypeError('Failed to fetch');
  };
  return { calls, win: { fetch } as unknown as Window & typeof globalThis };
}

describe('watchRequests and failedRequests', () => {
  it('count failed and HTTP-error requests under the prefix only, and pass every call through unchanged', async () => {
    const { calls, win } = fakeWindow();
    vi.stubGlobal('window', win);
    const { watchRequests, failedRequests } = await import('../../../../components/site/search/search-network');
    watchRequests('/pagefind/');
    watchRequests('/pagefind/'); // once: a second call does not wrap twice
    expect(failedRequests()).toBe(0);
    expect((await win.fetch('/pagefind/index/ok.pf_index')).status).toBe(200);
    expect((await win.fetch('/pagefind/index/gone.pf_index')).status).toBe(404);
    await expect(win.fetch('/pagefind/index/down.pf_index')).rejects.toThrow('Failed to fetch');
    await expect(win.fetch('/search-names.json')).rejects.toThrow('Failed to fetch');
    expect((await win.fetch(new URL('http://h/pagefind/fragment/gone.pf_fragment'))).status).toBe(404);
    expect(failedRequests()).toBe(3);
    expect(calls).toEqual(['/pagefind/index/ok.pf_index', '/pagefind/index/gone.pf_index', '/pagefind/index/down.pf_index', '/search-names.json', 'http://h/pagefind/fragment/gone.pf_fragment']);
  });
});
