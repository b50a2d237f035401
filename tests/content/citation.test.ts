import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexEscape, plainCitation } from '../../src/content/citation';

const adam = { slug: 'adam', title: 'Adam', url: 'https://example.org/glossary/terms/adam/', lastUpdated: '2026-11-30', fallbackYear: 2027 };

describe('citations', () => {
  it('plain text names the entry, the glossary, the last-updated date and the URL', () => {
    expect(plainCitation(adam)).toBe('Optimization Glossary contributors. "Adam." Optimization Glossary. Last updated 2026-11-30. https://example.org/glossary/terms/adam/');
  });

  it('leaves the date out when it is unknown', () => {
    expect(plainCitation({ ...adam, lastUpdated: undefined })).not.toContain('Last updated');
  });

  it('BibTeX is a @misc record keyed by the slug, year from the last update', () => {
    const bib = bibtexCitation(adam);
    expect(bib.split('\n')[0]).toBe('@misc{optimization-glossary-adam,');
    expect(bib).toContain('title        = {{Adam}}');
    expect(bib).toContain('year         = {2026}');
    expect(bib).toContain('note         = {Last updated 2026-11-30}');
    expect(bib).toContain('url          = {https://example.org/glossary/terms/adam/}');
    expect(bib.endsWith('\n}')).toBe(true);
    // Balanced braces: the record parses.
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
  });

  it('uses the build year without a date and escapes TeX specials', () => {
    expect(bibtexCitation({ ...adam, lastUpdated: undefined })).toContain('year         = {2027}');
    expect(bibtexEscape('a_b & 50% #1 {x}')).toBe('a\\_b \\& 50\\% \\#1 \\{x\\}');
  });
});
