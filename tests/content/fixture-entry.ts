import { parseTermSource, type RawTermFile } from '../../src/content/read-terms';

/** Builds an entry source for tests; override any frontmatter field or the body. */
export function fixtureEntry(slug: string, overrides: Record<string, unknown> = {}, body?: string): RawTermFile {
  const frontmatter: Record<string, unknown> = {
    title: slug.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '),
    summary: `A fixture entry called ${slug}.`,
    category: 'foundations',
    difficulty: 'beginner',
    related: [],
    references: [{ title: 'A reference', url: 'https://example.org/ref' }],
    ...overrides,
  };
  for (const [k, v] of Object.entries(frontmatter)) if (v === undefined) delete frontmatter[k];
  const yaml = Object.entries(frontmatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const text = body ?? '## ELI5\n\nSimple words.\n\n## In-depth explanation\n\nPrecise words.\n';
  return parseTermSource(`content/terms/${slug}.mdx`, `---\n${yaml}\n---\n\n${text}`);
}
