import { isRelevantHit, promoteExactMatches } from './search-ranking';
import { failedRequests, watchRequests } from './search-network';
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
  destroy: () => Promise<void>;
}
interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => Pagefind;
}

/**
 * Search could not use its index: `part` 'index' when Pagefind itself (pagefind.js, its entry file or its WASM) did not
 * load, 'chunk' when the index chunk or result data of this query did not. Either way the reader is told so, never
 * "no match", and the next search downloads what failed again.
 */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
  constructor(readonly part: 'index' | 'chunk', cause: unknown) {
    super(`search could not load its ${part === 'index' ? 'index' : 'index chunk'}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PAGEFIND = `${BASE}pagefind/`;
let pagefind: Promise<Pagefind> | undefined;
let importFailures = 0;

/**
 * Loads Pagefind's bundle on first use; it exists only on the built site (`npm run build`). A failed load is retried on
 * the next call: the browser remembers a failed module fetch, so the retry imports pagefind.js under a new query.
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    watchRequests(PAGEFIND);
    ignorePagefindStartRejections();
    const url = `${PAGEFIND}pagefind.js${importFailures > 0 ? `?retry=${importFailures}` : ''}`;
    let mod: PagefindModule;
    try {
      mod = (await import(/* @vite-ignore */ url)) as PagefindModule;
    } catch (error) {
      importFailures++;
      if (import.meta.env.DEV) console.info('Search needs the Pagefind index, built with the site: npm run build, then npm start (npm run dev has none).');
      throw new SearchUnavailableError('index', error);
    }
    // A fresh instance per attempt: one whose start failed keeps that error. noWorker: see search-network.ts.
    // basePath: named, as the retry's query hides it from Pagefind; baseUrl: result URLs carry the deploy prefix.
    const instance = mod.createInstance({ basePath: PAGEFIND, noWorker: true });
    await instance.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
    return instance;
  })();
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

let ignoring = false;

/**
 * Pagefind starts an instance with a promise nobody awaits, so a failed start (entry file, metadata, WASM) would also
 * surface as an unhandled rejection; the failure reaches the reader through the search that awaits it (guarded).
 */
function ignorePagefindStartRejections(): void {
  if (ignoring) return;
  ignoring = true;
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error && /^Failed to load (?:Pagefind metadata|the Pagefind WASM)/.test(reason.message)) event.preventDefault();
  });
}

/** Drops an instance whose start failed (its entry file or WASM did not load), so the next search starts anew. */
function discardPagefind(failed: Pagefind): void {
  void failed.destroy().catch(() => undefined);
  void pagefind?.then((current) => { if (current === failed) pagefind = undefined; });
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

/** Runs one Pagefind call; a start-up failure drops the instance, a failed chunk request (swallowed by Pagefind) throws. */
async function guarded<T>(pf: Pagefind, call: () => Promise<T>): Promise<T> {
  const failedBefore = failedRequests();
  let result: T;
  try {
    result = await call();
  } catch (error) {
    discardPagefind(pf);
    throw new SearchUnavailableError('index', error);
  }
  if (failedRequests() > failedBefore) throw new SearchUnavailableError('chunk', 'a request for the index failed');
  return result;
}

export async function searchTerms(query: string, f: SearchFilters = {}): Promise<{ hits: SearchHit[]; total: number }> {
  const pf = await loadPagefind();
  const namesPromise = loadNames().catch(() => [] as NameEntry[]);
  const filters: Record<string, string[]> = {};
  if (f.category) filters['category'] = [f.category];
  if (f.difficulty) filters['difficulty'] = [f.difficulty];
  if (f.demo) filters['demo'] = ['yes'];
  const { results } = await guarded(pf, () => pf.search(query, Object.keys(filters).length ? { filters } : {}));
  let data: PagefindData[];
  try {
    data = await Promise.all(results.slice(0, LOADED).map((r) => r.data()));
  } catch (error) {
    throw new SearchUnavailableError('chunk', error);
  }
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

/** Entries per category; throws (to be asked again later) when a filter chunk did not load, rather than miscount. */
export async function categoryCounts(): Promise<Record<string, number>> {
  const pf = await loadPagefind();
  return (await guarded(pf, () => pf.filters()))['category'] ?? {};
}
