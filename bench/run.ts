/**
 * Runs every benchmark module listed below that exists: `npx tsx bench/run.ts` (npm run bench; `npm run bench -- new-optimizer`
 * runs only the ones whose file names contain a word given).
 * To add one, create bench/<name>.ts exporting `async function run<Name>Bench()` and add a line to BENCHES.
 *
 * tfjs-core's gradient registrations (dist/register_all_gradients) are ESM with extensionless relative imports,
 * which raw Node ESM cannot resolve. This file installs a tiny resolve hook for files under @tensorflow/ that tries
 * '<specifier>.js' and then '<specifier>/index.js' before anything from tfjs is imported.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const hook = `
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  if (specifier.startsWith('.') && parent.includes('/node_modules/@tensorflow/') && !/\\.[cm]?js$/.test(specifier)) {
    try { return await next(specifier + '.js', context); } catch { return next(specifier + '/index.js', context); }
  }
  return next(specifier, context);
}`;
register('data:text/javascript,' + encodeURIComponent(hook));

const here = path.dirname(fileURLToPath(import.meta.url));

const BENCHES: { file: string; exportName: string }[] = [
  { file: 'optimizer-bench.ts', exportName: 'runOptimizerBench' },
  { file: 'compress-bench.ts', exportName: 'runCompressBench' },
  { file: 'compress-formats-bench.ts', exportName: 'runCompressFormatsBench' },
  { file: 'sweep-bench.ts', exportName: 'runSweepBench' },
  { file: 'new-optimizer-bench.ts', exportName: 'runNewOptimizerBench' },
  { file: 'search-bench.ts', exportName: 'runSearchBench' },
  { file: 'page-weight-bench.ts', exportName: 'runPageWeightBench' },
  { file: 'startup-bench.ts', exportName: 'runStartupBench' },
  { file: 'responsiveness-bench.ts', exportName: 'runResponsivenessBench' },
  { file: 'lighthouse-bench.ts', exportName: 'runLighthouseBench' },
  { file: 'mlp-bench.ts', exportName: 'runMlpBench' },
  { file: 'build-bench.ts', exportName: 'runBuildBench' },
];

// `npm run bench -- sweep startup` runs only the benches whose file names contain one of the words.
const only = process.argv.slice(2);
for (const { file, exportName } of BENCHES) {
  if (only.length > 0 && !only.some((word) => file.includes(word))) continue;
  const full = path.join(here, file);
  if (!existsSync(full)) {
    console.log(`(skipping ${file}: not present)`);
    continue;
  }
  const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  const run = mod[exportName];
  if (typeof run !== 'function') {
    console.log(`(skipping ${file}: no export ${exportName})`);
    continue;
  }
  console.log(`\n=== ${file} ===`);
  await (run as () => Promise<void>)();
}
