import type { APIRoute } from 'astro';
import type { NameEntry } from '../../components/site/search/typo-match';
import { categoryLabel } from '../content/categories';
import { publishedTerms } from '../content/load-terms';
import { termPath } from '../content/site-paths';

/**
 * Titles and aliases of every published entry, with what the search filters need: the search UI loads this small
 * file with Pagefind to suggest entries for misspelled queries ("Did you mean Adam?"). Short keys keep it small.
 */
export const GET: APIRoute = async () => {
  const entries: NameEntry[] = (await publishedTerms())
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      t: data.title,
      u: termPath(id),
      a: data.aliases,
      c: categoryLabel(data.category),
      d: data.difficulty,
      ...(data.demo ? { m: 1 as const } : {}),
    }));
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json' } });
};
