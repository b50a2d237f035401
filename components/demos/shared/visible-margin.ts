/**
 * How far below (or above) the viewport a demo island starts hydrating: `client:visible={{ rootMargin: VISIBLE_MARGIN }}`
 * in every Embed.astro. Hydration starts the demo's worker and .wasm compile (core-worker-prewarm.ts), so a reader
 * scrolling towards a demo finds it started. Kept under a screen so a demo below the first screen still loads
 * nothing heavy until the reader scrolls (tests/e2e/budgets.spec.ts).
 */
export const VISIBLE_MARGIN = '400px';
