import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './import-graph';

const coreDir = path.join(repoRoot, 'src/core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.(ts|tsx|js|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const DOM_GLOBALS = /(?<![.\w'"])(document|window|localStorage|navigator|HTMLElement|requestAnimationFrame)\b/;

const files = filesUnder(coreDir);

/** The modules a file loads at run time: type-only imports and exports are erased, so they do not count. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].filter((m) => !/^(?:import|export)\s+type\s/.test(m[0])).map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function resolveCoreFile(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((candidate) => files.includes(candidate));
  if (found === undefined) throw new Error(`${path.relative(repoRoot, from)}: cannot resolve "${spec}"`);
  return found;
}

/** Every package a module pulls in at run time, through its relative imports, with the chain that leads there. */
function packagesReachableFrom(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(resolveCoreFile(file, spec), [...chain, path.relative(coreDir, file)]);
      else if (!packages.has(spec)) packages.set(spec, [...chain, path.relative(coreDir, file)]);
    }
  };
  visit(entry, []);
  return packages;
}

describe('src/core boundaries', () => {
  it('finds the core files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s imports only @tensorflow/* and files inside src/core', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      if (spec.startsWith('@tensorflow/')) continue;
      expect(spec.startsWith('.'), `non-relative import "${spec}"`).toBe(true);
      const target = path.resolve(path.dirname(file), spec);
      expect(target.startsWith(coreDir + path.sep), `"${spec}" leaves src/core`).toBe(true);
    }
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s uses no DOM globals', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code.match(DOM_GLOBALS)?.[0]).toBeUndefined();
  });

  it('src/core/plain.ts reaches no tfjs module at run time, so the page can import it without downloading tfjs', () => {
    const reached = packagesReachableFrom(path.join(coreDir, 'plain.ts'));
    expect([...reached].map(([pkg, chain]) => `${pkg} via ${chain.join(' -> ')}`)).toEqual([]);
  });

  it('the walker does see tfjs behind index.ts (so the check above can fail)', () => {
    expect([...packagesReachableFrom(path.join(coreDir, 'index.ts')).keys()]).toContain('@tensorflow/tfjs-core');
  });

  it('plain.ts hands the page optimizePlain and the plain optimizer, so 2-D paths need no worker', async () => {
    const plain = await import('../../src/core/plain');
    expect(typeof plain.optimizePlain).toBe('function');
    expect(typeof plain.createPlainOptimizer).toBe('function');
    expect(typeof plain.plainProblem).toBe('function');
    expect(typeof plain.resolveOptimizerConfig).toBe('function');
  });

  it.each(['optimize-plain.ts', 'optimizers/plain-optimizer.ts', 'optimizers/array-ops.ts', 'optimizers/registry.ts', 'worker/sweep-worker.ts'])('the plain half %s reaches no tfjs module at run time', (file) => {
    const reached = packagesReachableFrom(path.join(coreDir, file));
    expect([...reached].map(([pkg, chain]) => `${pkg} via ${chain.join(' -> ')}`)).toEqual([]);
  });

  it.each(['optimize-tensor.ts', 'optimizers/tensor-optimizer.ts', 'optimizers/tensor-ops.ts'])('the tensor half %s is where tfjs comes in', (file) => {
    expect([...packagesReachableFrom(path.join(coreDir, file)).keys()]).toContain('@tensorflow/tfjs-core');
  });
});
