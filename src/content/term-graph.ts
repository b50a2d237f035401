import { compareTitles } from './a-z';

/** The part of an entry the graph needs. */
export interface GraphNode {
  slug: string;
  title: string;
  related: readonly string[];
}

export interface TermGraph<T extends GraphNode> {
  /** Entries sorted A-Z by title. */
  ordered: T[];
  bySlug: Map<string, T>;
  /** Entries whose `related` lists the key, sorted A-Z. */
  referencedBy: Map<string, T[]>;
}

export function buildTermGraph<T extends GraphNode>(nodes: readonly T[]): TermGraph<T> {
  const ordered = [...nodes].sort(compareTitles);
  const bySlug = new Map(ordered.map((n) => [n.slug, n]));
  const referencedBy = new Map<string, T[]>(ordered.map((n) => [n.slug, []]));
  for (const node of ordered) {
    for (const target of new Set(node.related)) {
      if (target !== node.slug) referencedBy.get(target)?.push(node);
    }
  }
  return { ordered, bySlug, referencedBy };
}

/** Resolves `related` slugs to entries, in the author's order, skipping unknown ones. */
export function relatedOf<T extends GraphNode>(graph: TermGraph<T>, slug: string): T[] {
  const node = graph.bySlug.get(slug);
  if (!node) return [];
  return node.related.flatMap((s) => {
    const target = graph.bySlug.get(s);
    return target && s !== slug ? [target] : [];
  });
}

/** Backlinks that the entry does not already list as related, so the page doesn't repeat itself. */
export function backlinksOf<T extends GraphNode>(graph: TermGraph<T>, slug: string): T[] {
  const node = graph.bySlug.get(slug);
  const listed = new Set(node?.related ?? []);
  return (graph.referencedBy.get(slug) ?? []).filter((n) => !listed.has(n.slug));
}

/** Neighbours in A-Z order; undefined at either end. */
export function prevNextOf<T extends GraphNode>(graph: TermGraph<T>, slug: string): { prev?: T; next?: T } {
  const i = graph.ordered.findIndex((n) => n.slug === slug);
  if (i < 0) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = graph.ordered[i - 1];
  const next = graph.ordered[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** Entries that fewer than `min` other entries link to (by `related`). */
export function underLinked<T extends GraphNode>(graph: TermGraph<T>, min: number): T[] {
  return graph.ordered.filter((n) => (graph.referencedBy.get(n.slug)?.length ?? 0) < min);
}

const edgesByGraph = new WeakMap<TermGraph<GraphNode>, [string, string][]>();

/**
 * Undirected edges (each pair once), for drawing the concept map. Computed once per graph: every term page filters
 * them for its neighbourhood, and recomputing them per page made a build quadratic in the number of entries.
 * Shared between callers, who only read it (like the graph itself).
 */
export function edgesOf<T extends GraphNode>(graph: TermGraph<T>): [string, string][] {
  const known = edgesByGraph.get(graph);
  if (known) return known;
  const edges = allEdges(graph);
  edgesByGraph.set(graph, edges);
  return edges;
}

function allEdges<T extends GraphNode>(graph: TermGraph<T>): [string, string][] {
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  for (const node of graph.ordered) {
    for (const target of node.related) {
      if (!graph.bySlug.has(target) || target === node.slug) continue;
      const key = [node.slug, target].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([node.slug, target]);
    }
  }
  return edges;
}
