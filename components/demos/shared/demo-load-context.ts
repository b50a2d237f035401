/**
 * How a demo's hooks tell the frame around it (LazyDemo) that something the demo needs could not be downloaded:
 * `loadFailed(error)` for what the demo cannot run without (the core worker's script): the frame then shows
 * DemoLoadFailure instead of a demo that would wait forever, and its Retry mounts the view afresh (a new worker);
 * `wasmMissing()` when the worker fell back from WebAssembly because its .wasm did not arrive: the demo runs on the
 * CPU and the frame offers to retry WebAssembly (again a new worker). Outside a LazyDemo the reports are ignored.
 *   const { loadFailed } = useContext(DemoLoadContext);   loadFailed(error)
 */
import { createContext } from 'react';

export interface DemoLoadReports {
  loadFailed: (error: Error) => void;
  wasmMissing: () => void;
}

export const DemoLoadContext = createContext<DemoLoadReports>({ loadFailed: () => undefined, wasmMissing: () => undefined });
