import { expect, test } from '@playwright/test';
import { validate } from './json-schema-lite';
import { publishedTerms } from './published-terms';

const published = publishedTerms();

test('terms.json lists every published entry and validates against /terms.schema.json', async ({ request }) => {
  const schema = await (await request.get('/terms.schema.json')).json();
  const file = await (await request.get('/terms.json')).json();
  expect(validate(schema, file)).toEqual([]);
  // The validator catches what it should: a record with a missing and an unknown field fails.
  const broken = structuredClone(file);
  delete broken.terms[0].summary;
  broken.terms[1].colour = 'red';
  expect(validate(schema, broken).length).toBe(2);
  expect(file.count).toBe(published.length);
  expect(file.terms.map((t: { slug: string }) => t.slug).sort()).toEqual(published.map((t) => t.slug).sort());
  const adam = file.terms.find((t: { slug: string }) => t.slug === 'adam');
  expect(adam).toMatchObject({ title: 'Adam', category: 'adaptive-methods', demo: 'optimizer-playground', url: expect.stringMatching(/\/terms\/adam\/$/) });
});

test('every entry has a Markdown copy at /terms/<slug>.md with its four sections, math as LaTeX and demos as text', async ({ request }) => {
  for (const { slug, data } of published) {
    const res = await request.get(`/terms/${slug}.md`);
    expect(res.status(), slug).toBe(200);
    const md = await res.text();
    const headings = md.split('\n').filter((l) => /^##? /.test(l));
    expect(headings[0], slug).toBe(`# ${data.title}`);
    for (const section of ['## Summary', '## ELI5', '## In-depth explanation', '## Related terms']) expect(headings, `${slug}: ${section}`).toContain(section);
    expect(md, slug).not.toMatch(/<[A-Z][A-Za-z]+[\s/>]/);
  }
  const adam = await (await request.get('/terms/adam.md')).text();
  expect(adam).toContain('\\hat m_t = \\frac{m_t}{1-\\beta_1^t}');
  expect(adam).toContain('> **Interactive demo:** Optimizer playground.');
});

test('llms.txt follows the convention and every link in it resolves', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text.split('\n')[0]).toBe('# Optimization Glossary');
  expect(text).toMatch(/^> .+/m);
  const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  expect(links.length).toBeGreaterThanOrEqual(published.length + 3);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
  const full = await (await request.get('/llms-full.txt')).text();
  expect(full.match(/^## ELI5$/gm)?.length).toBe(published.length);
});

test('the Atom feed is well-formed and has the elements RFC 4287 requires', async ({ page, request }) => {
  const res = await request.get('/feed.xml');
  expect(res.headers()['content-type']).toMatch(/xml/);
  const xml = await res.text();
  await page.goto('/');
  const report = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const NS = 'http://www.w3.org/2005/Atom';
    const feed = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const entries = child(feed, 'entry');
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${feed.namespaceURI} ${feed.localName}`,
      feedOk: ['id', 'title', 'updated', 'author'].every((n) => child(feed, n).length === 1) && rfc3339.test(child(feed, 'updated')[0]?.textContent ?? ''),
      selfLink: child(feed, 'link').some((l) => l.getAttribute('rel') === 'self'),
      entries: entries.length,
      entriesOk: entries.every((e) => ['id', 'title', 'updated'].every((n) => child(e, n).length === 1) && child(e, 'link').length >= 1 && rfc3339.test(child(e, 'updated')[0]?.textContent ?? '') && /^[a-z][a-z0-9+.-]*:/i.test(child(e, 'id')[0]?.textContent ?? '')),
      uniqueIds: new Set(entries.map((e) => child(e, 'id')[0]?.textContent)).size === entries.length,
    };
  }, xml);
  expect(report).toEqual({ parseError: false, root: 'http://www.w3.org/2005/Atom feed', feedOk: true, selfLink: true, entries: Math.min(50, published.length), entriesOk: true, uniqueIds: true });
});

test('without SITE_URL the pages leave out canonical, og:url and the sitemap instead of naming a local address', async ({ request }) => {
  test.skip(Boolean(process.env['SITE_URL']), 'this build has a site URL');
  const html = await (await request.get('/terms/adam/')).text();
  expect(html).not.toContain('rel="canonical"');
  expect(html).not.toContain('og:url');
  expect(html).not.toContain('sitemap');
  expect(html).not.toContain('127.0.0.1:4321');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  expect(await (await request.get('/robots.txt')).text()).not.toContain('Sitemap');
});

test('without a repository URL there is no "Edit this page" link', async ({ page }) => {
  test.skip(Boolean(process.env['REPO_URL']), 'this build has a repository URL');
  await page.goto('/terms/adam/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adam');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});
