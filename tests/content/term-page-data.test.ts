import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTermFiles } from '../../src/content/read-terms';
import { buildTermGraph } from '../../src/content/term-graph';
import { termPageData, type TermPageInput } from '../../src/content/term-page-data';
import { validateTerms } from '../../src/content/validate-terms';
import { fixtureEntry } from './fixture-entry';

// The build fixtures (alpha, beta, gamma published; delta a draft), plus one entry outside alpha's neighbourhood:
// zeta points at gamma only, so it belongs on gamma's map but not on alpha's.
const root = resolve(import.meta.dirname, '../..');
const raws = [...readTermFiles(resolve(root, 'tests/fixtures/terms-valid'), root), fixtureEntry('zeta-term', { related: ['gamma-term'] })];
const { terms, errors } = validateTerms(raws);
const published = terms.filter((t) => !t.data.draft).map((t) => ({ slug: t.slug, ...t.data }));
const graph = buildTermGraph(published);
const slugs = (nodes: readonly { slug: string }[]) => nodes.map((n) => n.slug);
const input: TermPageInput = {
  headings: [{ depth: 2, slug: 'eli5', text: 'ELI5' }, { depth: 2, slug: 'in-depth-explanation', text: 'In-depth explanation' }],
  lastUpdated: new Map([['tests/fixtures/terms-valid/alpha-term.mdx', '2024-05-01']]),
  filePath: 'tests/fixtures/terms-valid/alpha-term.mdx',
  site: 'https://glossary.example/',
};

describe('term page data', () => {
  it('starts from valid fixtures without the draft', () => {
    expect(errors).toEqual([]);
    expect(slugs(graph.ordered)).toEqual(['alpha-term', 'beta-term', 'gamma-term', 'zeta-term']);
  });

  it('lists related terms in the author\'s order and backlinks the entry does not already list', () => {
    const alpha = termPageData(graph, 'alpha-term', input);
    expect(slugs(alpha.related)).toEqual(['beta-term', 'gamma-term']);
    expect(slugs(alpha.referencedBy)).toEqual([]);
    const beta = termPageData(graph, 'beta-term', input);
    expect(slugs(beta.related)).toEqual(['alpha-term']);
    expect(slugs(beta.referencedBy)).toEqual(['gamma-term']);
  });

  it('gives A-Z neighbours, none before the first entry or after the last', () => {
    const alpha = termPageData(graph, 'alpha-term', input);
    expect(alpha.prev).toBeUndefined();
    expect(alpha.next?.slug).toBe('beta-term');
    const zeta = termPageData(graph, 'zeta-term', input);
    expect(zeta.prev?.slug).toBe('gamma-term');
    expect(zeta.next).toBeUndefined();
  });

  it('maps the entry, its related terms and its backlinks once each, with only the links among them', () => {
    const alpha = termPageData(graph, 'alpha-term', input);
    expect(slugs(alpha.map.nodes)).toEqual(['alpha-term', 'beta-term', 'gamma-term']);
    expect(alpha.map.edges.map((e) => [...e].sort().join('|')).sort()).toEqual(['alpha-term|beta-term', 'alpha-term|gamma-term', 'beta-term|gamma-term']);
    expect(alpha.map.label).toBe('Alpha Term and the 2 entries it links to or is linked from');
    const gamma = termPageData(graph, 'gamma-term', input);
    expect(slugs(gamma.map.nodes)).toEqual(['gamma-term', 'alpha-term', 'beta-term', 'zeta-term']);
    expect(gamma.map.edges).toContainEqual(['zeta-term', 'gamma-term']);
  });

  it('frames the body headings with the sections the page adds, and drops Related terms when there are none', () => {
    expect(termPageData(graph, 'alpha-term', input).toc.map((h) => h.slug)).toEqual(['summary', 'eli5', 'in-depth-explanation', 'related-terms', 'references']);
    const lonely = buildTermGraph([{ slug: 'solo', title: 'Solo', summary: 'Alone.', category: 'foundations' as const, aliases: [], related: [] }]);
    expect(termPageData(lonely, 'solo', input).toc.map((h) => h.slug)).toEqual(['summary', 'eli5', 'in-depth-explanation', 'references']);
  });

  it('takes the last-updated date of the entry\'s own file, and none when git has no date for it', () => {
    expect(termPageData(graph, 'alpha-term', input).lastUpdated).toBe('2024-05-01');
    expect(termPageData(graph, 'beta-term', { ...input, filePath: 'tests/fixtures/terms-valid/beta-term.mdx' }).lastUpdated).toBeUndefined();
    expect(termPageData(graph, 'alpha-term', { ...input, filePath: undefined }).lastUpdated).toBeUndefined();
  });

  it('describes the entry as a schema.org DefinedTerm at its canonical URL, with aliases only when it has some', () => {
    const alpha = termPageData(graph, 'alpha-term', input);
    expect(alpha.canonical).toBe('https://glossary.example/terms/alpha-term/');
    expect(alpha.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      name: 'Alpha Term',
      description: 'A fixture entry used by the tests to check how the site renders and validates a term.',
      url: 'https://glossary.example/terms/alpha-term/',
      alternateName: ['AT'],
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Optimization Glossary', url: 'https://glossary.example/terms/' },
    });
    expect(termPageData(graph, 'beta-term', input).jsonLd).not.toHaveProperty('alternateName');
  });

  it('refuses a slug that is not in the published graph, naming it', () => {
    expect(() => termPageData(graph, 'delta-draft', input)).toThrow(/"delta-draft"/);
  });
});
