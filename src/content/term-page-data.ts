import type { CategoryId } from './categories';
import { termPath, withBase } from './site-paths';
import { backlinksOf, edgesOf, prevNextOf, relatedOf, type GraphNode, type TermGraph } from './term-graph';

/** The part of an entry a term page shows about it and about its neighbours. */
export interface TermPageNode extends GraphNode {
  summary: string;
  category: CategoryId;
  aliases: readonly string[];
}

/** A heading as Astro's `render()` reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TermPageInput {
  /** The headings of the rendered body, in order. */
  headings: readonly PageHeading[];
  /** Last commit date (YYYY-MM-DD) per file path, from `lastUpdatedDates`; empty without git history. */
  lastUpdated: ReadonlyMap<string, string>;
  /** The entry's file path as the collection reports it (the key of `lastUpdated`). */
  filePath?: string | undefined;
  /** The site origin that canonical and structured-data URLs are built on; without it they are base-path paths. */
  site?: URL | string | undefined;
}

/** Everything a term page renders beyond the entry's own frontmatter and body. */
export interface TermPageData<T extends TermPageNode> {
  /** The entry's `related` list resolved to entries, in the author's order. */
  related: T[];
  /** Entries that point here and that the entry does not already list as related. */
  referencedBy: T[];
  prev?: T | undefined;
  next?: T | undefined;
  /** The concept map around the entry: itself, what it relates to, what points to it, and the links among them. */
  map: { nodes: T[]; edges: [string, string][]; label: string };
  /** Date of the entry file's last commit, when known. */
  lastUpdated?: string | undefined;
  /** "On this page": the rendered sections plus those the page adds from frontmatter, in page order. */
  toc: PageHeading[];
  canonical: string;
  /** schema.org DefinedTerm for search engines. */
  jsonLd: Record<string, unknown>;
}

/** Assembles a term page's data from the published graph, so the route only renders. */
export function termPageData<T extends TermPageNode>(graph: TermGraph<T>, slug: string, input: TermPageInput): TermPageData<T> {
  const node = graph.bySlug.get(slug);
  if (!node) throw new Error(`term page "${slug}": no published entry has this slug; build pages from publishedTerms() only`);
  const related = relatedOf(graph, slug);
  const { prev, next } = prevNextOf(graph, slug);
  // Backlinks that are also related appear once, as related.
  const pointing = (graph.referencedBy.get(slug) ?? []).filter((n) => !related.includes(n));
  const mapNodes = [node, ...related, ...pointing];
  const onMap = new Set(mapNodes.map((n) => n.slug));
  const canonical = input.site ? new URL(termPath(slug), input.site).href : termPath(slug);
  return {
    related,
    referencedBy: backlinksOf(graph, slug),
    prev,
    next,
    map: {
      nodes: mapNodes,
      edges: edgesOf(graph).filter(([a, b]) => onMap.has(a) && onMap.has(b)),
      label: `${node.title} and the ${mapNodes.length - 1} entries it links to or is linked from`,
    },
    lastUpdated: input.filePath ? input.lastUpdated.get(input.filePath) : undefined,
    toc: [
      { depth: 2, slug: 'summary', text: 'Summary' },
      ...input.headings,
      ...(related.length ? [{ depth: 2, slug: 'related-terms', text: 'Related terms' }] : []),
      { depth: 2, slug: 'references', text: 'References' },
    ],
    canonical,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: node.title,
      description: node.summary,
      url: canonical,
      ...(node.aliases.length ? { alternateName: node.aliases } : {}),
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Optimization Glossary', url: input.site ? new URL(withBase('terms/'), input.site).href : withBase('terms/') },
    },
  };
}
