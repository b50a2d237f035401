/**
 * The glossary as data, for the routes that publish it (/terms.json, /terms/<slug>.md, /llms.txt,
 * /llms-full.txt, /feed.xml): every published entry as a record plus its Markdown copy, with URLs under the
 * base path and absolute only when the site URL is configured (never a local address).
 */
import { DEMOS } from '../../components/demos/registry';
import { categoryLabel } from './categories';
import { entryMarkdown, mdxBodyToMarkdown, type DescribeDemo } from './entry-markdown';
import { firstCommitDates, lastUpdatedDates } from './git-dates';
import { publishedTerms } from './load-terms';
import type { TermRecord } from './term-record';
import { termPath, withBase } from './site-paths';

export interface ExportedTerm {
  record: TermRecord;
  markdown: string;
  /** First commit of the entry file (YYYY-MM-DD), when known. */
  published?: string | undefined;
}

/** `path` (already under the base path) as a public URL: absolute on the configured site, else the path itself. */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** A demo tag's text description from its manifest, props parsed as the page parses them. */
export const describeDemo: DescribeDemo = (tag, props) => {
  const demo = DEMOS.find((d) => d.tag === tag);
  if (!demo) return undefined;
  const parsed = (demo.props as unknown as { safeParse: (v: unknown) => { success: boolean; data?: unknown } }).safeParse(props);
  const describe = demo.describe as (p: unknown) => string;
  return `${demo.title}. ${describe(parsed.success ? parsed.data : {})}`;
};

export async function exportedTerms(site: URL | undefined): Promise<ExportedTerm[]> {
  const entries = (await publishedTerms()).sort((a, b) => a.id.localeCompare(b.id));
  const titles = new Map(entries.map((e) => [e.id, e.data.title]));
  const updated = lastUpdatedDates('content/terms');
  const added = firstCommitDates('content/terms');
  return entries.map(({ id, data, body, filePath }) => {
    const url = publicUrl(termPath(id), site);
    const lastUpdated = (filePath && updated.get(filePath)) || null;
    const record: TermRecord = {
      slug: id,
      title: data.title,
      aliases: data.aliases,
      summary: data.summary,
      category: data.category,
      categoryLabel: categoryLabel(data.category),
      difficulty: data.difficulty,
      related: data.related,
      references: data.references,
      url,
      markdown: publicUrl(withBase(`terms/${id}.md`), site),
      lastUpdated,
      demo: data.demo ?? null,
    };
    const markdown = entryMarkdown({
      title: data.title,
      summary: data.summary,
      aliases: data.aliases,
      category: categoryLabel(data.category),
      difficulty: data.difficulty,
      url,
      lastUpdated: lastUpdated ?? undefined,
      body: mdxBodyToMarkdown(body ?? '', describeDemo, (path) => publicUrl(withBase(path), site)),
      related: data.related.flatMap((slug) => (titles.has(slug) ? [{ title: titles.get(slug) ?? slug, url: publicUrl(termPath(slug), site) }] : [])),
      references: data.references,
    });
    return { record, markdown, published: (filePath && added.get(filePath)) || undefined };
  });
}
