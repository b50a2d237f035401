import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/content/atom-feed';

const entry = (slug: string, updated: string) => ({ title: `T & ${slug}`, url: `https://x.org/terms/${slug}/`, summary: `<${slug}>`, updated, category: 'C', slug });

describe('atom feed', () => {
  const xml = atomFeed({
    title: 'G', home: 'https://x.org/', self: 'https://x.org/feed.xml', id: 'https://x.org/', entryId: (s) => `https://x.org/terms/${s}/`,
    entries: [entry('a', '2026-01-01'), entry('b', '2026-03-01'), entry('c', '2026-02-01')], limit: 2,
  });

  it('has the elements RFC 4287 requires, newest change first, limited', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>');
    expect(xml).toContain('<updated>2026-03-01T00:00:00Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('terms/b/')).toBeLessThan(xml.indexOf('terms/c/'));
    expect(xml).not.toContain('terms/a/');
  });

  it('escapes text', () => {
    expect(xml).toContain('<title>T &amp; b</title>');
    expect(xml).toContain('<summary>&lt;b&gt;</summary>');
  });
});
