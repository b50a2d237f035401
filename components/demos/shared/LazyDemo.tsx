/**
 * The frame every demo island renders: nothing heavy on the server, then after mount the lazily imported view
 * inside an error boundary, with a loading line meanwhile. Each island keeps its own `lazyView(() => import(...))`
 * (lazy-view.ts) so every view stays a separate chunk that loads only when its demo scrolls into view, and a failed
 * download shows DemoLoadFailure with a Retry that really downloads again (a worker script that did not download too,
 * reported through demo-load-context.ts; a missing .wasm gets a "Retry WebAssembly" note). A demo with a worker passes
 * `prewarm={prewarmCoreWorker}` so the worker and its .wasm start while the view downloads. When the message goes
 * away (a Retry that worked), focus moves to the demo's first control instead of falling to the page; when it comes
 * back (the retried worker failed again), to its Retry.
 *   const LossView = lazyView(() => import('./LossView'), 'LossView');
 *   return <LazyDemo name="Loss explorer" testId="loss-explorer" View={LossView} viewProps={{ props }} />;
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { DemoErrorBoundary } from './DemoErrorBoundary';
import { DemoLoadContext } from './demo-load-context';
import { DemoLoadFailure } from './DemoLoadFailure';
import type { ViewLoader } from './lazy-view';
import { chunkUrlOf } from './lazy-view';
import { diagnoseLoadFailure, type LoadFailureCause } from './load-failure';
import { useFocusRescue } from './use-focus-rescue';
import { useMounted } from './use-mounted';

interface LazyDemoProps<P extends object> {
  /** Human name, used in the loading line and the error message. */
  name: string;
  testId: string;
  View: ViewLoader<P>;
  viewProps: P;
  /** Called once on mount, before the view loads: demos with a worker pass prewarmCoreWorker to start it meanwhile. */
  prewarm?: (() => void) | undefined;
}

export function LazyDemo<P extends object>({ name, testId, View, viewProps, prewarm }: LazyDemoProps<P>) {
  const mounted = useMounted();
  useEffect(() => prewarm?.(), [prewarm]);
  const loading = <p className="gd-loading">Loading the {name.toLowerCase()}…</p>;
  const rootRef = useRef<HTMLDivElement>(null);
  useFocusRescue(rootRef, () => {
    const root = rootRef.current;
    if (root === null) return [];
    return [root.querySelector<HTMLElement>('[data-testid="demo-load-failure"] button'), root.querySelector<HTMLElement>(CONTROLS), focusableRoot(root)];
  }, { defer: 'task' });
  return (
    <div className="gd-demo" data-testid={testId} ref={rootRef}>
      {mounted ? (
        <DemoErrorBoundary demoName={name}>
          <LoadedView loader={View} viewProps={viewProps} loading={loading} />
        </DemoErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );
}

/** What can take keyboard focus, in document order (a disabled control cannot). */
const CONTROLS = 'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The demo's root as a last resort (nothing in it can take focus yet, e.g. while it loads): focusable by script only. */
function focusableRoot(root: HTMLElement): HTMLElement {
  if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
  return root;
}

interface Failure {
  cause: LoadFailureCause | undefined;
  /** Set after a Retry that failed again. */
  again: boolean;
}

/** Loads the view (again on Retry), renders it, and stands in for it while anything it needs failed to download. */
function LoadedView<P extends object>({ loader, viewProps, loading }: { loader: ViewLoader<P>; viewProps: P; loading: ReactNode }) {
  const [View, setView] = useState<ComponentType<P> | undefined>(() => loader.loaded);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [retrying, setRetrying] = useState(false);
  // A new generation mounts the view afresh: its hooks start over (a new worker after the worker failed to load).
  const [generation, setGeneration] = useState(0);
  const retried = useRef(false);

  const fail = useCallback((error: unknown, again: boolean) => {
    // A warning, not an error: the failure is shown in the demo, with a way out.
    console.warn('A demo could not load:', error);
    setFailure({ cause: undefined, again });
    setRetrying(false);
    void diagnoseLoadFailure(chunkUrlOf(error)).then((cause) => setFailure((f) => (f === undefined ? f : { ...f, cause })));
  }, []);

  const load = useCallback(
    () => {
      loader.load().then(
        (loaded) => {
          setView(() => loaded);
          setFailure(undefined);
          setRetrying(false);
        },
        (error: unknown) => fail(error, retried.current),
      );
    },
    [loader, fail],
  );

  useEffect(() => {
    if (loader.loaded === undefined) load();
  }, [loader, load]);

  const [wasmMissing, setWasmMissing] = useState(false);
  const reports = useMemo(() => ({ loadFailed: (error: Error) => fail(error, retried.current), wasmMissing: () => setWasmMissing(true) }), [fail]);
  const retryWasm = (): void => {
    setWasmMissing(false);
    setGeneration((g) => g + 1);
  };

  const retry = (): void => {
    if (retrying) return;
    retried.current = true;
    setRetrying(true);
    if (View === undefined) {
      load();
      return;
    }
    // The view loaded but something it started (the worker) did not: mount it afresh.
    setFailure(undefined);
    setRetrying(false);
    setGeneration((g) => g + 1);
  };

  if (failure !== undefined) return <DemoLoadFailure cause={failure.cause} retrying={retrying} again={failure.again} onRetry={retry} />;
  if (View === undefined) return <>{loading}</>;
  return (
    <DemoLoadContext.Provider value={reports}>
      {wasmMissing && (
        <div className="gd-message gd-message-warning gd-load-failure" role="status" data-testid="demo-wasm-missing">
          <p>WebAssembly could not be downloaded (offline or blocked), so this demo runs on the slower CPU backend.</p>
          <p className="gd-load-actions">
            <button type="button" className="gd-button" onClick={retryWasm}>
              Retry WebAssembly
            </button>
          </p>
        </div>
      )}
      <View key={generation} {...viewProps} />
    </DemoLoadContext.Provider>
  );
}
