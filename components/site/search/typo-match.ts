import { normalizeQuery } from './search-ranking';

/** One entry's names as /search-names.json lists them (emitted by src/pages/search-names.json.ts). */
export interface NameEntry {
  /** Title. */
  t: string;
  /** URL path of the term page. */
  u: string;
  /** Aliases. */
  a: string[];
  /** Category label (as the category filter shows it). */
  c: string;
  /** Difficulty. */
  d: string;
  /** 1 when the entry embeds a demo. */
  m?: 1;
}

/** A title or alias within the edit allowance of the query. */
export interface TypoSuggestion {
  entry: NameEntry;
  /** The title or alias that matched. */
  name: string;
  distance: number;
}

/**
 * Edits forgiven for a query of `length` letters: none below 4 (too many short names sit one edit apart:
 * Adam, Adagrad's "Ada"), 1 for 4-7 letters, 2 for 8 or more.
 */
export function editAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * Optimal string alignment distance (restricted Damerau-Levenshtein): insertions, deletions, substitutions and
 * swaps of two adjacent letters each cost 1, so "adma" is one edit from "adam". Stops early once every cell of a
 * row exceeds `max` and returns max + 1, since callers only care whether a name is within the allowance.
 */
export function osaDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Entries whose title or an alias is within the allowance of the whole query (compared folded, so spaces,
 * hyphens and case do not count as edits), nearest first, then titles before aliases, then shorter names.
 * An exact match (distance 0) is not a typo and is left to the normal ranking.
 */
export function typoSuggestions(query: string, entries: readonly NameEntry[], limit = 3): TypoSuggestion[] {
  const q = normalizeQuery(query);
  const max = editAllowance(q.length);
  if (max === 0) return [];
  const found: (TypoSuggestion & { alias: boolean })[] = [];
  for (const entry of entries) {
    let best: (TypoSuggestion & { alias: boolean }) | undefined;
    for (const [k, name] of [entry.t, ...entry.a].entries()) {
      const distance = osaDistance(q, normalizeQuery(name), max);
      if (distance === 0) return [];
      if (distance <= max && (!best || distance < best.distance)) best = { entry, name, distance, alias: k > 0 };
    }
    if (best) found.push(best);
  }
  return found
    .sort((x, y) => x.distance - y.distance || Number(x.alias) - Number(y.alias) || x.name.length - y.name.length)
    .slice(0, limit)
    .map(({ entry, name, distance }) => ({ entry, name, distance }));
}

/**
 * Whether Pagefind's answer is weak enough to put typo suggestions first: no result's title or alias contains the
 * whole query, and some query word is neither marked as itself in an excerpt nor part of a result's name (Pagefind
 * matched it only by prefix, or not at all). A correctly spelled query has every word found, so its ranking never
 * changes; "gradeint descent" has "descent" found but not "gradeint".
 */
export function isWeakAnswer(query: string, hits: readonly { title: string; aliases: string[]; excerpt: string }[]): boolean {
  const words = query.split(/\s+/).map(normalizeQuery).filter(Boolean);
  const q = normalizeQuery(query);
  const found = new Set<string>();
  for (const hit of hits) {
    const names = [hit.title, ...hit.aliases].map(normalizeQuery);
    if (names.some((n) => n.includes(q))) return false;
    const marked = [...hit.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalizeQuery(m[1] ?? ''));
    for (const w of words) if (marked.includes(w) || names.some((n) => n.includes(w))) found.add(w);
  }
  return words.some((w) => !found.has(w));
}
