/**
 * `lazyView(() => import('./TrainingView'), 'TrainingView')`: a demo's view, imported on first use, whose failed
 * import can be retried. React's `lazy()` keeps a rejected import forever, so its Retry could never work; and the
 * browser keeps a failed module fetch in its module map, so importing the same URL again fails again without a
 * request. A retry therefore imports the chunk's own URL (named in the browser's error) with a fresh `?retry=` query;
 * the chunk's own imports keep their URLs, so the shared modules stay single instances. Only success is cached.
 *   const TrainingView = lazyView(() => import('./TrainingView'), 'TrainingView');
 *   <LazyDemo name="Training playground" testId="training-playground" View={TrainingView} viewProps={{ props }} />
 */
import type { ComponentType } from 'react';
import { failedModuleUrl } from '../../../src/core/plain';

export interface ViewLoader<P> {
  /** The view once it has loaded (then rendering needs no wait), else undefined. */
  readonly loaded: ComponentType<P> | undefined;
  /** Imports the view, or re-imports it after a failure. */
  load(): Promise<ComponentType<P>>;
}

/**
 * Chromium: "Failed to fetch dynamically imported module: URL"; Firefox: "error loading dynamically imported module:
 * URL"; Safari: "Importing a module script failed."; Vite's preloader: "Unable to preload CSS for URL".
 */
const CHUNK_ERROR = /(?:dynamically imported module|Importing a module script failed|Unable to preload)/i;

/** Whether an error is a module (chunk) that could not be fetched, as opposed to an error inside its code. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_ERROR.test(error.message);
}

/** The chunk URL a failed import names (without any query), if the browser says it. */
export function chunkUrlOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return failedModuleUrl(error.message);
}

let retries = 0;

/** Imports a chunk's URL again, past the browser's memory of the failed fetch. */
function reimport(url: string): Promise<Record<string, unknown>> {
  const fresh = new URL(url);
  fresh.searchParams.set('retry', `${Date.now().toString(36)}${++retries}`);
  return import(/* @vite-ignore */ fresh.href) as Promise<Record<string, unknown>>;
}

export function lazyView<M extends Record<K, ComponentType<never>>, K extends keyof M & string>(
  importer: () => Promise<M>,
  exportName: K,
): ViewLoader<M[K] extends ComponentType<infer P> ? P : never> {
  type View = ComponentType<M[K] extends ComponentType<infer P> ? P : never>;
  let loaded: View | undefined;
  let pending: Promise<View> | undefined;
  let failedUrl: string | undefined;
  const pick = (module: Record<string, unknown>): View => {
    const view = module[exportName];
    if (typeof view !== 'function' && (typeof view !== 'object' || view === null)) throw new Error(`the chunk has no export "${exportName}"`);
    return view as View;
  };
  return {
    get loaded() {
      return loaded;
    },
    load() {
      if (loaded !== undefined) return Promise.resolve(loaded);
      pending ??= (failedUrl === undefined ? importer() : reimport(failedUrl)).then(
        (module) => {
          loaded = pick(module as Record<string, unknown>);
          return loaded;
        },
        (error: unknown) => {
          pending = undefined;
          failedUrl = chunkUrlOf(error) ?? failedUrl;
          throw error;
        },
      );
      return pending;
    },
  };
}
