import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers';

const coreDir = path.join(repoRoot, 'src/core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.(ts|tsx|js|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const DOM_GLOBALS = /(?<![.\w'"])(document|window|localStorage|navigator|HTMLElement|requestAnimationFrame)\b/;

const files = filesUnder(coreDir);

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
});
