/**
 * Removes the Pagefind UI bundles from the built site (`npm run build` runs this after `pagefind`). The site's own
 * search dialog loads only /pagefind/pagefind.js and the index and wasm files it fetches; the prebuilt UIs
 * (pagefind-ui, pagefind-modular-ui, pagefind-component-ui, pagefind-highlight) would be shipped and never used.
 *   tsx scripts/prune-pagefind-ui.ts [dist]      (default: $DIST_DIR or dist)
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const dir = join(process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist', 'pagefind');
if (!existsSync(dir)) {
  console.error(`✗ No ${dir}/: run pagefind on the built site first.`);
  process.exit(1);
}
const removed = readdirSync(dir).filter((f) => UNUSED.test(f));
for (const f of removed) rmSync(join(dir, f));
console.log(`pagefind: removed ${removed.length} unused UI files (${removed.join(', ')})`);
