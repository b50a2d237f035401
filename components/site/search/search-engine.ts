import { isRelevantHit, promoteExactMatches } from './search-ranking';
import { isWeakAnswer, typoSuggestions, type NameEntry } from './typo-match';

/** One result as the UI shows it. */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  summary: string;
  aliases: string[];
  /** Pagefind's excerpt with <mark> around matches (HTML produced by Pagefind from our own pages). */
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
  /** Set on an entry suggested for a misspelled query: the title or alias it is close to. */
  didYouMean?: string;
}

/** What the filter controls ask for; Pagefind's filter keys are set on term pages (TermHeader, the term route). */
export interface SearchFilters {
  category?: string | undefined;
  difficulty?: string | undefined;
  /** Only entries with an interactive demo. */
  demo?: boolean | undefined;
}

interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: { element: string } }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results: PagefindSubResult[] }
interface PagefindResult { data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind's bundle on first use; it exists only on the built site (`npm run build`). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
    // baseUrl: result URLs carry the deploy prefix (BASE_PATH) as the pages' own links do.
    await mod.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
    return mod;
  })();
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

let names: Promise<NameEntry[]> | undefined;

/** Loads the titles and aliases the typo layer matches against (src/pages/search-names.json.ts). */
export function loadNames(): Promise<NameEntry[]> {
  names ??= fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-names.json`).then((r) => {
    if (!r.ok) throw new Error(`search-names.json: HTTP ${r.status}`);
    return r.json() as Promise<NameEntry[]>;
  });
  names.catch(() => { names = undefined; });
  return names;
}

function passes(entry: NameEntry, f: SearchFilters): boolean {
  return (!f.category || entry.c === f.category) && (!f.difficulty || entry.d === f.difficulty) && (!f.demo || entry.m === 1);
}

/** How many results get their data loaded and re-ranked; Pagefind loads each result's fragment separately. */
const LOADED = 12;

export async function searchTerms(query: string, f: SearchFilters = {}): Promise<{ hits: SearchHit[]; total: number }> {
  const pf = await loadPagefind();
  const namesPromise = loadNames().catch(() => [] as NameEntry[]);
  const filters: Record<string, string[]> = {};
  if (f.category) filters['category'] = [f.category];
  if (f.difficulty) filters['difficulty'] = [f.difficulty];
  if (f.demo) filters['demo'] = ['yes'];
  const { results } = await pf.search(query, Object.keys(filters).length ? { filters } : {});
  const data = await Promise.all(results.slice(0, LOADED).map((r) => r.data()));
  const hits: SearchHit[] = data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    category: d.meta['category'] ?? '',
    summary: d.meta['summary'] ?? '',
    aliases: (d.meta['aliases'] ?? '').split('|').filter(Boolean),
    excerpt: d.excerpt,
    sections: d.sub_results
      .filter((s) => s.url.includes('#') && s.title !== (d.meta['title'] ?? ''))
      .slice(0, 2)
      .map((s) => ({ title: s.title.replace(/#$/, '').trim(), url: s.url, excerpt: s.excerpt })),
  }));
  const relevant = hits.filter((h) => isRelevantHit(query, h));
  // Past the loaded page of results we cannot check relevance; if every loaded hit was noise, so is the rest.
  const total = relevant.length === 0 ? 0 : results.length - (hits.length - relevant.length);
  const ranked = promoteExactMatches(query, relevant);
  // Typo layer: only when Pagefind's answer is weak, so a correctly spelled query keeps Pagefind's ranking.
  if (!isWeakAnswer(query, relevant)) return { hits: ranked, total };
  const suggested = typoSuggestions(query, (await namesPromise).filter((e) => passes(e, f)));
  if (suggested.length === 0) return { hits: ranked, total };
  const urls = new Set(suggested.map((s) => s.entry.u));
  const first: SearchHit[] = suggested.map(({ entry, name }) => ({
    url: entry.u, title: entry.t, category: entry.c, summary: '', aliases: entry.a, excerpt: '', sections: [], didYouMean: name,
  }));
  const rest = ranked.filter((h) => !urls.has(h.url.replace(/#.*$/, '')));
  return { hits: [...first, ...rest], total: first.length + rest.length };
}

export async function categoryCounts(): Promise<Record<string, number>> {
  const pf = await loadPagefind();
  return (await pf.filters())['category'] ?? {};
}
