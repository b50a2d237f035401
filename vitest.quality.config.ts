import { defineConfig } from 'vitest/config';

// Gates that inspect the BUILT site (npm run build first): HTML validity, links, Lighthouse.
export default defineConfig({
  test: {
    include: ['tests/quality/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
