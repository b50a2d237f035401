/**
 * `window.__glossaryDemos`: every mounted demo registers a handle so browser tests can inspect it, e.g.
 *   await page.evaluate(() => window.__glossaryDemos.find((d) => d.id === 'optimizer-playground')?.numTensors())
 * Use `registerDemo(handle)` in an effect and call the returned function on unmount (useCoreWorker does this).
 */
export interface DemoHandle {
  /** The demo's id as on DemoFigure's data-demo, e.g. 'optimizer-playground'. */
  id: string;
  /** tf.memory().numTensors in the demo's worker (0 for demos without tfjs). */
  numTensors: () => Promise<number>;
  /** The active tfjs backend, once known. */
  backend?: () => string | undefined;
}

declare global {
  interface Window {
    __glossaryDemos?: DemoHandle[];
  }
}

export function registerDemo(handle: DemoHandle): () => void {
  const list = (window.__glossaryDemos ??= []);
  list.push(handle);
  return () => {
    const i = list.indexOf(handle);
    if (i >= 0) list.splice(i, 1);
  };
}
