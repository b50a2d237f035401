/** Serves the built site: `npm run serve` (after `npm run build`), or `npm start` which builds first. */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server';

const port = Number(process.env['PORT'] ?? 4321);
const isolated = process.argv.includes('--isolated') || process.env['CROSS_ORIGIN_ISOLATED'] === '1';
const dir = process.env['DIST_DIR'] ?? 'dist';
// --base /glossary/ (or BASE_PATH): serve a BASE_PATH build under its prefix, as a project-page host would.
const baseArg = process.argv.indexOf('--base');
const base = (baseArg > 0 ? process.argv[baseArg + 1] : undefined) ?? process.env['BASE_PATH'] ?? '/';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`✗ No built site in ${dir}/: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
await serveStatic({ dir, port, crossOriginIsolated: isolated, base });
console.log(`Optimization Glossary: http://127.0.0.1:${port}${`/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')}${isolated ? '  (cross-origin isolated: COOP/COEP headers on)' : ''}`);
