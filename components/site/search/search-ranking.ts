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

/** The texts Pagefind wrapped in <mark> in an excerpt. */
export function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');
}

/**
 * Pagefind also returns pages whose only "match" is a much shorter word that the query starts with, such as the
 * math variable "w" for "wombat". Such a hit is noise: keep a hit only if its title or an alias contains a
 * query word, or a marked word shares a prefix of at least 4 characters (or the whole word) with a query word;
 * Pagefind stems, so "regularizing" may mark "regularizer".
 */
export function isRelevantHit(query: string, hit: RankedResult & { excerpt: string }): boolean {
  const words = query.split(/\s+/).map(normalizeQuery).filter(Boolean);
  if (words.length === 0) return false;
  const names = [hit.title, ...hit.aliases].map(normalizeQuery);
  if (words.some((w) => names.some((n) => n.includes(w)))) return true;
  return markedWords(hit.excerpt).map(normalizeQuery).some((m) => words.some((w) => commonPrefix(m, w) >= Math.min(4, w.length)));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
