import { defineConfig } from '@playwright/test';

// The deploy-anywhere acceptance test (`npm run test:base-path`): the site built with BASE_PATH=/glossary/ into its
// own folder, served ONLY under that prefix (anything outside it is a 404, as on a GitHub project page).
const port = Number(process.env['E2E_PORT'] ?? 4339);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const BASE = '/glossary/';

export default defineConfig({
  testDir: 'tests/deploy',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts --base ${BASE}`,
    env: { PORT: String(port), DIST_DIR: process.env['DIST_DIR'] ?? 'dist-base' },
    url: `http://127.0.0.1:${port}${BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
