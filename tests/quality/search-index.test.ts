import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTermFiles } from '../../src/content/read-terms';
import { validateTerms } from '../../src/content/validate-terms';
import { distDir, requireBuiltSite } from './built-site';

const terms = validateTerms(readTermFiles(resolve('content/terms'))).terms.filter((t) => !t.data.draft);

const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'");

/** The part of a built page Pagefind indexes: the element marked data-pagefind-body, minus ignored parts. */
function indexedText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const body = html.slice(html.lastIndexOf('<', start), html.indexOf('</article>', start));
  return decode(body.replace(/<([a-z]+)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

beforeAll(requireBuiltSite);

describe('the search index input', () => {
  it.each(terms.map((t) => [t.slug, t] as const))('%s: title, every alias and the summary are indexed text, aliases also metadata', (slug, term) => {
    const html = readFileSync(join(distDir, 'terms', slug, 'index.html'), 'utf8');
    const text = indexedText(html);
    for (const name of [term.data.title, ...term.data.aliases, term.data.summary]) expect(text).toContain(name);
    const meta = decode(/data-pagefind-meta="aliases\[data-value\]" data-value="([^"]*)"/.exec(html)?.[1] ?? '');
    expect(meta.split('|').filter(Boolean)).toEqual(term.data.aliases);
  });
});
