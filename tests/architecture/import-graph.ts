/**
 * The project's import graph, parsed from source text (no bundler): every relative import, static or dynamic,
 * type-only or not, and `new URL('...', import.meta.url)` worker references, resolved to files. Architecture tests
 * (cycles, layer rules) read it. Type-only imports count as edges: a type cycle is still a design cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const SOURCE_FILE = /\.(ts|tsx|astro|mjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts', '/index.tsx'];

export interface ImportEdge {
  /** Repo-relative path of the importing file. */
  from: string;
  /** Repo-relative path of the imported file, or the bare package name. */
  to: string;
  /** The specifier as written. */
  spec: string;
  typeOnly: boolean;
  /** 'url' is `new URL('./x.ts', import.meta.url)`: a worker or asset reference, not a module import. */
  kind: 'static' | 'dynamic' | 'url';
}

/** Every source file under the given repo-relative folders (recursively), repo-relative. */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(full);
      return SOURCE_FILE.test(e.name) ? [path.relative(repoRoot, full)] : [];
    });
  return folders.filter((f) => existsSync(path.join(repoRoot, f))).flatMap((f) => walk(path.join(repoRoot, f)));
}

/** The script part of a file: an .astro file's frontmatter and its <script> blocks; other files whole. */
function scriptText(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

const PATTERNS: { re: RegExp; kind: 'static' | 'dynamic' | 'url' }[] = [
  { re: /^\s*(import|export)\s+(type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/gm, kind: 'static' },
  { re: /^\s*import\s+['"]([^'"]+)['"]/gm, kind: 'static' },
  { re: /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, kind: 'dynamic' },
  { re: /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g, kind: 'url' },
];

function resolveRelative(fromFile: string, spec: string): string {
  const base = path.resolve(repoRoot, path.dirname(fromFile), spec);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(repoRoot, candidate);
  }
  throw new Error(`${fromFile}: cannot resolve import "${spec}" (no file with a known extension)`);
}

/** The imports of one file. Comments are stripped first so examples in doc comments do not count. */
export function importsOf(file: string): ImportEdge[] {
  const raw = readFileSync(path.join(repoRoot, file), 'utf8');
  const text = scriptText(file, raw)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const edges: ImportEdge[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const spec = kind === 'static' && m.length > 2 ? (m[3] ?? '') : (m[1] ?? '');
      const typeOnly = kind === 'static' && m[2] !== undefined;
      if (spec.endsWith('.css')) continue;
      const local = spec.startsWith('.');
      edges.push({ from: file, to: local ? resolveRelative(file, spec) : spec, spec, typeOnly, kind });
    }
  }
  return edges;
}

/** The import cycles among these files: every group of files that import each other, directly or not. */
export function importCycles(files: readonly string[]): string[][] {
  const inSet = new Set(files);
  return findCycles(new Map(files.map((f) => [f, importsOf(f).filter((e) => e.kind !== 'url' && inSet.has(e.to)).map((e) => e.to)])));
}

/** Strongly connected components with more than one node, or a node with an edge to itself (Tarjan). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of graph.keys()) if (!indices.has(f)) connect(f);
  return cycles;
}
