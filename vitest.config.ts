import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The islands use React's API on Preact (astro.config.mjs, @astrojs/preact with compat): tests resolve it the same way.
  resolve: { alias: [{ find: /^react$/, replacement: 'preact/compat' }, { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' }, { find: /^react-dom$/, replacement: 'preact/compat' }] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests (Playwright) and quality gates (vitest.quality.config.ts) need the built site.
    exclude: ['tests/e2e/**', 'tests/quality/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
