import type { APIRoute } from 'astro';
import { atomFeed } from '../content/atom-feed';
import { exportedTerms, publicUrl } from '../content/term-export';
import { withBase } from '../content/site-paths';

/**
 * Atom feed of new and updated entries, newest change first. Ids must be absolute IRIs: on a configured site they
 * are the page URLs; without one, tag: URIs that stay stable wherever the site is deployed.
 */
export const GET: APIRoute = async ({ site }) => {
  const today = new Date().toISOString().slice(0, 10);
  const terms = await exportedTerms(site);
  const xml = atomFeed({
    title: 'Optimization Glossary',
    home: publicUrl(withBase(''), site),
    self: publicUrl(withBase('feed.xml'), site),
    id: site ? publicUrl(withBase(''), site) : 'tag:optimization-glossary,2026:feed',
    entryId: (slug) => (site ? publicUrl(withBase(`terms/${slug}/`), site) : `tag:optimization-glossary,2026:terms/${slug}`),
    entries: terms.map(({ record, published }) => ({
      title: record.title, url: record.url, summary: record.summary, slug: record.slug, category: record.categoryLabel,
      updated: record.lastUpdated ?? today, published,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
