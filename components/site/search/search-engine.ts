import { isRelevantHit, promoteExactMatches } from './search-ranking';

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
    const url = '/pagefind/pagefind.js';
    const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
    await mod.options({ excerptLength: 24 });
    return mod;
  })();
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

/** How many results get their data loaded and re-ranked; Pagefind loads each result's fragment separately. */
const LOADED = 12;

export async function searchTerms(query: string, category?: string): Promise<{ hits: SearchHit[]; total: number }> {
  const pf = await loadPagefind();
  const filters = category ? { category: [category] } : undefined;
  const { results } = await pf.search(query, filters ? { filters } : {});
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
  return { hits: promoteExactMatches(query, relevant), total };
}

export async function categoryCounts(): Promise<Record<string, number>> {
  const pf = await loadPagefind();
  return (await pf.filters())['category'] ?? {};
}
