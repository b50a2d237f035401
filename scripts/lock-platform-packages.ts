/**
 * `npm run fix-lock`: records missing platform-specific optional packages in package-lock.json.
 *
 * The npm registry reachable from this project's machines does not serve every platform build of some native
 * packages (e.g. @pagefind/darwin-x64 and @astrojs/compiler-binding-win32-x64-msvc answer 404), so `npm install`
 * cannot record them, and `npm ci` then refuses the lock ("Missing: ... from lock file"). This adds each missing
 * one as an optional entry with the os/cpu/libc its name declares, so every platform skips what it cannot run,
 * exactly as npm does for entries it wrote itself. Entries are only ever added; run it after `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { missingPlatformEntries } from './lib/lock-platforms';

const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, Record<string, unknown>> };
const added = missingPlatformEntries(lock.packages);
for (const [key, entry] of added) lock.packages[key] = entry;
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `✓ added ${added.length} platform entries: ${added.map(([k]) => k.replace('node_modules/', '')).join(', ')}` : '✓ nothing missing');
