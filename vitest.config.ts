import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests (Playwright) and quality gates (vitest.quality.config.ts) need the built site.
    exclude: ['tests/e2e/**', 'tests/quality/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
