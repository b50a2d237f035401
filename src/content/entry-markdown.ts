/**
 * A plain-Markdown copy of an entry (/terms/<slug>.md, /llms-full.txt): the MDX body with math left as LaTeX,
 * demo tags replaced by the demo's text description, and internal links made absolute, plus the parts the page
 * renders from frontmatter (Summary, Related terms, References). Pure: the route supplies descriptions and URLs.
 */

/** Props written on an MDX tag: `name="text"` and `name={0.01}` / `{true}` / `{"text"}`. */
export function parseTagAttributes(source: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const m of source.matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
    const [, name, text, expr] = m;
    if (name === undefined) continue;
    if (text !== undefined) props[name] = text;
    else {
      try {
        props[name] = JSON.parse(expr ?? '');
      } catch {
        props[name] = expr;
      }
    }
  }
  return props;
}

/** Turns a demo tag and its props into a sentence; undefined for a tag that is not a demo. */
export type DescribeDemo = (tag: string, props: Record<string, unknown>) => string | undefined;

/** Rewrites `/terms/x/`-style root-relative link targets (Markdown links) with `link`; code is left alone. */
export function mdxBodyToMarkdown(body: string, describe: DescribeDemo, link: (path: string) => string): string {
  const parts = body.split(/(^```[\s\S]*?^```[^\n]*$)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/<([A-Z][A-Za-z]*)\b([^>]*?)\/>/g, (whole, tag: string, attrs: string) => {
          const props = parseTagAttributes(attrs);
          // The update-rule diff is static HTML on the page; in Markdown it becomes a sentence naming the comparison.
          if (tag === 'UpdateRuleDiff') return `> **Update rule:** ${String(props['to'])} compared line by line with ${String(props['from'])} (shown as a table on the web page).`;
          const text = describe(tag, props);
          return text === undefined ? whole : `> **Interactive demo:** ${text}`;
        })
        .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${link(path)})`);
    })
    .join('')
    .trim();
}

export interface EntryMarkdownInput {
  title: string;
  summary: string;
  aliases: readonly string[];
  category: string;
  difficulty: string;
  url: string;
  lastUpdated?: string | undefined;
  /** The body already converted by `mdxBodyToMarkdown`. */
  body: string;
  related: readonly { title: string; url: string }[];
  references: readonly { title: string; url: string }[];
}

/** The whole entry as one Markdown document, headed by its title and facts. */
export function entryMarkdown(e: EntryMarkdownInput): string {
  const facts = [`Category: ${e.category}`, `Difficulty: ${e.difficulty}`, ...(e.lastUpdated ? [`Last updated: ${e.lastUpdated}`] : []), `URL: ${e.url}`];
  const lines = [
    `# ${e.title}`,
    '',
    ...(e.aliases.length ? [`Also known as: ${e.aliases.join(', ')}`, ''] : []),
    facts.join(' · '),
    '',
    '## Summary',
    '',
    e.summary,
    '',
    e.body,
    '',
    '## Related terms',
    '',
    ...(e.related.length ? e.related.map((r) => `- [${r.title}](${r.url})`) : ['(none)']),
    '',
    '## References',
    '',
    ...e.references.map((r) => `- [${r.title}](${r.url})`),
  ];
  return `${lines.join('\n')}\n`;
}
