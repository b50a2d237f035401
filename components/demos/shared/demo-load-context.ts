/**
 * How a demo's hooks tell the frame around it (LazyDemo) that something the demo needs could not be downloaded, e.g.
 * the core worker's script: the frame then shows DemoLoadFailure instead of a demo that would wait forever, and its
 * Retry mounts the view afresh (a new worker). Outside a LazyDemo the report is ignored and the hook's own error
 * state is all there is.
 *   const reportLoadFailure = useContext(DemoLoadContext);   reportLoadFailure(error)
 */
import { createContext } from 'react';

export const DemoLoadContext = createContext<(error: Error) => void>(() => undefined);
