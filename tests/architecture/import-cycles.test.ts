import { describe, expect, it } from 'vitest';
import { findCycles, importCycles, importsOf, sourceFiles } from './import-graph';

const files = sourceFiles('src', 'components', 'scripts', 'bench');

describe('import cycles', () => {
  it('the cycle finder reports a three-file loop and a self-import, and nothing in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('the parser sees static, type-only, dynamic and .astro frontmatter imports', () => {
    const edges = files.flatMap(importsOf);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.from.endsWith('.astro') && e.to.startsWith('components/'))).toBe(true);
    expect(edges.some((e) => e.kind === 'dynamic' && e.from.endsWith('.tsx'))).toBe(true);
    expect(edges.some((e) => e.kind === 'url' && e.to.startsWith('src/core/worker/'))).toBe(true);
  });

  it('no file in src/, components/, scripts/ or bench/ takes part in an import cycle (type-only imports count)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(files).map((c) => c.join(' <-> '))).toEqual([]);
  });
});
