import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTermGraph, type TermGraph } from './term-graph';

export type TermEntry = CollectionEntry<'terms'>;

/** A published entry flattened for lists, cards and the graph. */
export interface TermSummary {
  slug: string;
  title: string;
  summary: string;
  category: TermEntry['data']['category'];
  difficulty: TermEntry['data']['difficulty'];
  aliases: string[];
  related: string[];
  demo?: string | undefined;
}

export function toSummary(entry: TermEntry): TermSummary {
  const { title, summary, category, difficulty, aliases, related, demo } = entry.data;
  return { slug: entry.id, title, summary, category, difficulty, aliases, related, demo };
}

/** Published (non-draft) entries only; drafts are validated but never rendered. */
export async function publishedTerms(): Promise<TermEntry[]> {
  return getCollection('terms', ({ data }) => !data.draft);
}

let builtGraph: Promise<TermGraph<TermSummary>> | undefined;

/**
 * The graph of published entries. Every term page asks for it; a build reads fixed entries, so it is made once per
 * build (made per page, a 1,000-entry build spent seconds re-reading and re-sorting the same entries). `astro dev`
 * must see edits, so there it is made afresh each time. Callers only read it.
 */
export async function publishedGraph(): Promise<TermGraph<TermSummary>> {
  const make = async () => buildTermGraph((await publishedTerms()).map(toSummary));
  if (!import.meta.env.PROD) return make();
  return (builtGraph ??= make());
}
