import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error';
import { parseTermSource } from '../../src/content/read-terms';
import { bodyTermLinks, demoTagsIn, digitLedHeadings, sectionHeadings, validateTerms } from '../../src/content/validate-terms';
import { fixtureEntry } from './fixture-entry';

function messages(...files: ReturnType<typeof fixtureEntry>[]): string[] {
  return validateTerms(files).errors.map(formatContentError);
}

describe('validateTerms', () => {
  it('accepts a well-formed pair of entries that link to each other', () => {
    const result = validateTerms([fixtureEntry('alpha', { related: ['beta'] }), fixtureEntry('beta', { related: ['alpha'] })]);
    expect(result.errors).toEqual([]);
    expect(result.terms.map((t) => t.slug)).toEqual(['alpha', 'beta']);
    expect(result.terms[0]!.data.aliases).toEqual([]);
  });

  it.each([
    ['an unknown related slug', [fixtureEntry('alpha', { related: ['betta'] }), fixtureEntry('beta')], 'content/terms/alpha.mdx: field "related": unknown slug "betta"', 'did you mean "beta"'],
    ['a related link to itself', [fixtureEntry('alpha', { related: ['alpha'] })], 'content/terms/alpha.mdx: field "related": the entry lists itself', 'remove "alpha"'],
    ['a missing ELI5 section', [fixtureEntry('alpha', {}, '## In-depth explanation\n\nText.')], 'content/terms/alpha.mdx: field "body: ## ELI5": the section "## ELI5" is missing', 'add a line "## ELI5"'],
    ['a missing In-depth section', [fixtureEntry('alpha', {}, '## ELI5\n\nText.')], 'field "body: ## In-depth explanation"', 'add a line "## In-depth explanation"'],
    ['a duplicate title', [fixtureEntry('alpha', { title: 'Same' }), fixtureEntry('beta', { title: 'same' })], 'content/terms/beta.mdx: field "title": "same" is already the title of content/terms/alpha.mdx', 'use a name no other entry uses'],
    ['an alias that repeats another title', [fixtureEntry('alpha'), fixtureEntry('beta', { aliases: ['Alpha'] })], 'content/terms/beta.mdx: field "aliases": "Alpha" is already the title of content/terms/alpha.mdx', 'Fix:'],
    ['an unknown category', [fixtureEntry('alpha', { category: 'optimisers' })], 'content/terms/alpha.mdx: field "category": unknown category', 'use one of foundations'],
    ['an empty summary', [fixtureEntry('alpha', { summary: '  ' })], 'content/terms/alpha.mdx: field "summary": summary is empty', 'write one or two sentences'],
    ['a summary over 300 characters', [fixtureEntry('alpha', { summary: 'x'.repeat(301) })], 'field "summary": summary is longer than 300 characters', 'shorten it'],
    ['a missing summary', [fixtureEntry('alpha', { summary: undefined })], 'field "summary"', 'add a summary'],
    ['no references', [fixtureEntry('alpha', { references: [] })], 'field "references"', 'add at least one reference'],
    ['a reference without a URL', [fixtureEntry('alpha', { references: [{ title: 'x', url: 'arxiv 1412.6980' }] })], 'field "references.0.url"', 'must be a full URL'],
    ['an unknown difficulty', [fixtureEntry('alpha', { difficulty: 'expert' })], 'field "difficulty"', 'beginner, intermediate, advanced'],
    ['an unknown demo', [fixtureEntry('alpha', { demo: 'playground' })], 'field "demo"', 'optimizer-playground'],
    ['a related link to a draft', [fixtureEntry('alpha', { related: ['beta'] }), fixtureEntry('beta', { draft: true })], 'field "related": "beta" is a draft', 'publish it'],
    ['a body link to no entry', [fixtureEntry('alpha', {}, '## ELI5\n\nSee [beta](/terms/betta/).\n\n## In-depth explanation\n\ny'), fixtureEntry('beta')], 'content/terms/alpha.mdx: field "body": the link /terms/betta/ points to no entry', 'did you mean "beta"'],
    ['a demo tag without the demo field', [fixtureEntry('alpha', {}, '## ELI5\n\nx\n\n## In-depth explanation\n\n<LossExplorer losses="mse" />')], 'field "demo": the body embeds the loss-explorer demo but "demo" is not set', 'set demo: loss-explorer'],
    ['a demo field naming another demo', [fixtureEntry('alpha', { demo: 'schedule-viewer' }, '## ELI5\n\nx\n\n## In-depth explanation\n\n<BackendCheck />')], 'field "demo"', 'set demo: backend-check'],
    ['a demo field without a demo tag', [fixtureEntry('alpha', { demo: 'backend-check' })], 'field "demo": "demo" is "backend-check" but the body embeds no demo tag', 'remove the field'],
    ['a Related terms section written in the body', [fixtureEntry('alpha', {}, '## ELI5\n\nx\n\n## In-depth explanation\n\ny\n\n## Related terms\n\nz')], 'field "body: ## Related terms"', 'frontmatter field "related"'],
  ])('fails on %s, naming the file, the field and the fix', (_case, files, expectedProblem, expectedFix) => {
    const all = messages(...files).join('\n');
    expect(all).toContain(expectedProblem);
    expect(all).toContain(expectedFix);
  });

  it('reports broken YAML frontmatter with the file name', () => {
    const raw = parseTermSource('content/terms/broken.mdx', '---\ntitle: [unclosed\n---\n## ELI5\n');
    expect(messages(raw).join('\n')).toMatch(/content\/terms\/broken\.mdx: field "frontmatter": the frontmatter is not valid YAML/);
  });

  it('reports a file without frontmatter', () => {
    const raw = parseTermSource('content/terms/bare.mdx', '## ELI5\n\nNo frontmatter here.');
    expect(messages(raw).join('\n')).toContain('does not start with a `---` frontmatter block');
  });

  it('rejects a file name that is not a slug', () => {
    expect(messages(fixtureEntry('Learning_Rate')).join('\n')).toContain('field "file name"');
  });

  it('lists every problem, not only the first', () => {
    expect(messages(fixtureEntry('alpha', { category: 'nope', related: ['ghost'] }, 'no sections')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('bodyTermLinks', () => {
  it('finds Markdown and href links to entries, with or without anchors', () => {
    expect(bodyTermLinks('[a](/terms/adam/) [b](/terms/sgd/#faq) <a href="/terms/lion/">x</a> [c](/terms/adam/)')).toEqual(['adam', 'sgd', 'lion']);
  });
});

describe('demoTagsIn', () => {
  it('finds demo tags outside code blocks only', () => {
    expect(demoTagsIn('<OptimizerPlayground fn="beale" />\n```mdx\n<BackendCheck />\n```\n<Other />')).toEqual(['optimizer-playground']);
  });
});

describe('sectionHeadings', () => {
  it('ignores headings inside fenced code blocks', () => {
    expect(sectionHeadings('## ELI5\n```md\n## In-depth explanation\n```\n## FAQ')).toEqual(['ELI5', 'FAQ']);
  });
});

describe('digitLedHeadings', () => {
  it('finds ## to #### headings that start with a digit, outside code blocks', () => {
    expect(digitLedHeadings('### 1. First\n## Step 2\n```py\n### 3 comment\n```\n#### 2:4 vs\n# 1 title')).toEqual(['### 1. First', '#### 2:4 vs']);
  });

  it('makes the entry fail with the heading, the reason and a fix', () => {
    const errors = messages(fixtureEntry('alpha', {}, '## ELI5\nx\n## In-depth explanation\n### 1. Factored moments\ny'));
    expect(errors.some((m) => m.includes('"### 1. Factored moments" starts with a digit') && m.includes('Fix'))).toBe(true);
  });
});
