/**
 * The arrows of the house: routes -> components -> {core, content}. Islands (components/demos/<Demo>/) load only
 * their own folder, components/demos/shared, components/charts and the core's tfjs-free entry (src/core/plain.ts),
 * plus the worker by URL; never components/mdx (the layer that renders them) or another demo's folder.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, type ImportEdge } from './import-graph';

const local = (e: ImportEdge): boolean => e.spec.startsWith('.');
const describeEdge = (e: ImportEdge): string => `${e.from} imports ${e.to}${e.typeOnly ? ' (type)' : ''}`;

/** The demo folder a file belongs to ('shared' included), or undefined outside components/demos/<X>/. */
function demoFolder(file: string): string | undefined {
  return /^components\/demos\/([^/]+)\//.exec(file)?.[1];
}

/** What a file in components/demos/<own>/ may import: a pure rule, checked on examples below. */
function islandImportAllowed(e: ImportEdge): boolean {
  if (!local(e)) return true;
  const own = demoFolder(e.from);
  const target = demoFolder(e.to);
  if (e.kind === 'url') return e.to.startsWith('src/core/worker/');
  if (target !== undefined) return target === own || target === 'shared';
  if (e.to.startsWith('components/charts/')) return true;
  if (e.to === 'src/core/plain.ts') return true;
  // Types from the core cost nothing at run time (the worker protocol's message shapes, config types).
  return e.typeOnly && e.to.startsWith('src/core/');
}

const demoFiles = sourceFiles('components/demos').filter((f) => demoFolder(f) !== undefined);
const demoEdges = demoFiles.flatMap(importsOf);

describe('island imports', () => {
  it('the rule refuses components/mdx, another demo, and run-time core internals', () => {
    const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, spec: './x', typeOnly, kind: 'static' });
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'components/mdx/demo-props.ts'))).toBe(false);
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'components/demos/B/grid.ts'))).toBe(false);
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'src/core/optimizers/adam.ts'))).toBe(false);
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'src/content/term-schema.ts'))).toBe(false);
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'src/core/worker/protocol.ts', true))).toBe(true);
    expect(islandImportAllowed(edge('components/demos/A/view.tsx', 'components/demos/shared/grid.ts'))).toBe(true);
    expect(islandImportAllowed(edge('components/demos/shared/x.ts', 'components/demos/A/grid.ts'))).toBe(false);
  });

  it('finds every demo folder and its imports', () => {
    const folders = new Set(demoFiles.map(demoFolder));
    expect(folders.size).toBeGreaterThanOrEqual(7);
    expect(demoEdges.length).toBeGreaterThan(50);
  });

  it('no island file imports components/mdx, another demo folder or core internals', () => {
    expect(demoEdges.filter((e) => !islandImportAllowed(e)).map(describeEdge)).toEqual([]);
  });
});

describe('other layers', () => {
  it('charts import only charts and the plain core', () => {
    const bad = sourceFiles('components/charts')
      .flatMap(importsOf)
      .filter(local)
      .filter((e) => !(e.to.startsWith('components/charts/') || e.to === 'src/core/plain.ts' || (e.typeOnly && e.to.startsWith('src/core/'))));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('src/core imports no Astro, React, DOM library or project file outside src/core', () => {
    const bad = sourceFiles('src/core')
      .flatMap(importsOf)
      .filter((e) => (local(e) ? !e.to.startsWith('src/core/') : !e.to.startsWith('@tensorflow/')));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('nothing below the routes imports src/pages or src/layouts', () => {
    const bad = sourceFiles('components', 'src/core', 'src/content', 'src/integrations')
      .flatMap(importsOf)
      .filter((e) => local(e) && (e.to.startsWith('src/pages/') || e.to.startsWith('src/layouts/')));
    expect(bad.map(describeEdge)).toEqual([]);
  });
});
