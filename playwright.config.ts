import { defineConfig } from '@playwright/test';

// Browser tests run against the BUILT site (npm run test:e2e builds first), served by scripts/serve.ts
// on 127.0.0.1, in Debian's Chromium (no Playwright browser download works on these machines).
const port = Number(process.env['E2E_PORT'] ?? 4329);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  // Timing-sensitive tests (@perf) run last and alone, after every other test has finished.
  projects: [
    { name: 'site', grepInvert: /@perf/ },
    { name: 'perf', grep: /@perf/, dependencies: ['site'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Our own static server (scripts/serve.ts), not `astro preview`: Astro 7 allows one preview per project,
  // which breaks parallel runs, and it cannot send the COOP/COEP headers the isolation tests need.
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/serve.ts`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/serve.ts --isolated`,
      env: { PORT: String(port + 1) },
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
