import type { Page } from '@playwright/test';

/** A WebGPU-only flag name, registered by the chunk that the worker imports only when it tries WebGPU. */
export const WEBGPU_MARKER = 'WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE';

/**
 * Starts recording every script the page and its workers download (context-wide: a module worker's imports are
 * not the page's responses); the returned function resolves with their URLs and texts so far.
 */
export function workerScripts(page: Page): () => Promise<{ url: string; text: string }[]> {
  const bodies: Promise<{ url: string; text: string }>[] = [];
  page.context().on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) bodies.push(r.text().then((text) => ({ url: r.url(), text }), () => ({ url: r.url(), text: '' })));
  });
  return () => Promise.all(bodies);
}
