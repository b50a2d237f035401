/** What the search UI knows of a result once Pagefind has loaded its data. */
export interface RankedResult {
  url: string;
  title: string;
  /** Aliases from the page's `aliases` metadata, separated by "|". */
  aliases: string[];
}

/** Lower-case, accents and punctuation folded, so "L-BFGS", "l bfgs" and "LBFGS" compare equal. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Pagefind ranks by term frequency, so a page that mentions "adam" often (AdamW) can outrank the page titled
 * "Adam". Readers who type a term's exact name or alias expect that entry first: move exact title matches,
 * then exact alias matches, then titles that start with the query, to the front, keeping Pagefind's order otherwise.
 */
export function promoteExactMatches<T extends RankedResult>(query: string, results: readonly T[]): T[] {
  const q = normalizeQuery(query);
  if (!q) return [...results];
  const rank = (r: T): number => {
    if (normalizeQuery(r.title) === q) return 0;
    if (r.aliases.some((a) => normalizeQuery(a) === q)) return 1;
    if (normalizeQuery(r.title).startsWith(q)) return 2;
    return 3;
  };
  return results.map((r, i) => ({ r, i, k: rank(r) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.r);
}
