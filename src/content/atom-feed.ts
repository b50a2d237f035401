/** An Atom 1.0 feed (RFC 4287) of new and updated entries. Pure: the route supplies entries and URLs. */

export interface FeedEntry {
  title: string;
  /** The term page (absolute on a configured site, else a path resolved against the feed's xml:base). */
  url: string;
  summary: string;
  /** YYYY-MM-DD of the last change. */
  updated: string;
  /** YYYY-MM-DD of the first publication, when known. */
  published?: string | undefined;
  category: string;
  slug: string;
}

export interface FeedInput {
  title: string;
  /** The site home page (absolute or a path). */
  home: string;
  /** The feed's own URL. */
  self: string;
  /** Stable feed identity; an absolute IRI. */
  id: string;
  /** Builds an entry's id (an absolute IRI) from its slug. */
  entryId: (slug: string) => string;
  entries: readonly FeedEntry[];
  /** How many entries to list, newest change first. */
  limit?: number;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: string): string => `${date}T00:00:00Z`;

export function atomFeed(f: FeedInput): string {
  const entries = [...f.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)).slice(0, f.limit ?? 50);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const items = entries.map((e) =>
    [
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <id>${escapeXml(f.entryId(e.slug))}</id>`,
      ...(e.published ? [`    <published>${stamp(e.published)}</published>`] : []),
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <category term="${escapeXml(e.category)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(f.title)}</title>`,
    `  <subtitle>New and updated entries</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(f.home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(f.self)}"/>`,
    `  <id>${escapeXml(f.id)}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    '  <author><name>Optimization Glossary contributors</name></author>',
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
