/**
 * `useMounted()` is false during server rendering and the hydration render, true after mount. Islands render a
 * loading line until then, so browser-only state (URL, reduced motion, worker) never causes a hydration mismatch.
 */
import { useEffect, useState } from 'react';

export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
