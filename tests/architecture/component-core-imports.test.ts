import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components run on the page. They may load the core's plain-number entry (src/core/plain.ts) and name the worker
 * modules (the core worker, and the plain-only sweep worker, which core-boundaries.test.ts keeps tfjs-free);
 * anything else from src/core would pull tfjs onto the main thread. Type-only imports are erased and free.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const componentsDir = path.join(repoRoot, 'components');
const ALLOWED = new Set(['src/core/plain.ts', 'src/core/worker/core-worker.ts', 'src/core/worker/sweep-worker.ts']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.(ts|tsx|astro)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]/g;

const coreImports = filesUnder(componentsDir).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)]
    .filter((m) => !/^(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(repoRoot, path.resolve(path.dirname(file), spec)))
    .map((target) => (target.startsWith('src/core/') && !target.endsWith('.ts') ? `${target}.ts` : target))
    .filter((target) => target.startsWith('src/core/'))
    .map((target) => ({ file: path.relative(repoRoot, file), target })),
);

describe('what components load from src/core', () => {
  it('finds the demos that use the core', () => {
    expect(coreImports.map((i) => i.target)).toEqual(expect.arrayContaining(['src/core/plain.ts', 'src/core/worker/core-worker.ts']));
  });

  it('is only the tfjs-free plain entry and the worker module', () => {
    expect(coreImports.filter((i) => !ALLOWED.has(i.target)).map((i) => `${i.file} imports ${i.target}`)).toEqual([]);
  });
});
