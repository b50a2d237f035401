import { describe, expect, it } from 'vitest';
import { chunkUrlOf, isChunkLoadError, lazyView } from '../../../../components/demos/shared/lazy-view';

const chromiumError = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);

function View() {
  return null;
}

describe('isChunkLoadError and chunkUrlOf', () => {
  it('recognise the browsers\' failed-import messages and name the chunk without its query', () => {
    expect(isChunkLoadError(chromiumError('http://h/_astro/View.abc.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://h/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /_astro/x.css'))).toBe(true);
    expect(isChunkLoadError(new Error('lr must be a finite number > 0'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module: x')).toBe(false);
    expect(chunkUrlOf(chromiumError('http://h:1/_astro/View.abc.js?retry=k1'))).toBe('http://h:1/_astro/View.abc.js');
    expect(chunkUrlOf(new TypeError('Importing a module script failed.'))).toBeUndefined();
  });
});

describe('lazyView', () => {
  it('caches a loaded view: the import runs once', async () => {
    let calls = 0;
    const loader = lazyView(async () => {
      calls++;
      return { View };
    }, 'View');
    expect(loader.loaded).toBeUndefined();
    expect(await loader.load()).toBe(View);
    expect(await loader.load()).toBe(View);
    expect(loader.loaded).toBe(View);
    expect(calls).toBe(1);
  });

  it('does not keep a failure: the next load imports again (unlike React.lazy)', async () => {
    let calls = 0;
    const loader = lazyView(async () => {
      calls++;
      if (calls === 1) throw new Error('the network dropped');
      return { View };
    }, 'View');
    await expect(loader.load()).rejects.toThrow('the network dropped');
    expect(loader.loaded).toBeUndefined();
    expect(await loader.load()).toBe(View);
    expect(calls).toBe(2);
  });

  it('re-imports a failed chunk by its URL under a fresh ?retry= query (the module map keeps the failed URL)', async () => {
    // A real module stands in for the chunk: the first import "fails" naming its URL, the retry imports that URL.
    const url = new URL('../../../../components/demos/shared/list-phrase.ts', import.meta.url).href;
    let calls = 0;
    const loader = lazyView(async (): Promise<{ listPhrase: typeof View }> => {
      calls++;
      throw chromiumError(url);
    }, 'listPhrase');
    await expect(loader.load()).rejects.toThrow('list-phrase.ts');
    const { listPhrase } = await import('../../../../components/demos/shared/list-phrase');
    const loaded = (await loader.load()) as unknown as typeof listPhrase;
    expect(calls).toBe(1);
    expect(loaded(['A', 'B', 'C'])).toBe(listPhrase(['A', 'B', 'C']));
  });

  it('names a missing export', async () => {
    const loader = lazyView(async () => ({ View, Other: View }) as { View: typeof View; Other: typeof View }, 'Other');
    expect(await loader.load()).toBe(View);
    const wrong = lazyView(async () => ({}) as unknown as { View: typeof View }, 'View');
    await expect(wrong.load()).rejects.toThrow('the chunk has no export "View"');
  });
});
