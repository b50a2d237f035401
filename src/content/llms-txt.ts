/** /llms.txt (https://llmstxt.org): what the site is, in Markdown, with links to a Markdown copy of every entry. */

export interface LlmsInput {
  description: string;
  entries: readonly { title: string; markdown: string; summary: string; categoryLabel: string }[];
  links: { termsJson: string; schema: string; full: string; feed: string; home: string };
}

export function llmsTxt(i: LlmsInput): string {
  const byCategory = new Map<string, LlmsInput['entries'][number][]>();
  for (const e of i.entries) byCategory.set(e.categoryLabel, [...(byCategory.get(e.categoryLabel) ?? []), e]);
  const sections = [...byCategory].map(([label, list]) => [`## ${label}`, '', ...list.map((e) => `- [${e.title}](${e.markdown}): ${e.summary}`), ''].join('\n'));
  return [
    '# Optimization Glossary',
    '',
    `> ${i.description}`,
    '',
    `Each entry has a summary, an ELI5 explanation, an in-depth explanation with the math as LaTeX, related terms and references. The links below are plain-Markdown copies; the HTML site is at ${i.links.home}.`,
    '',
    ...sections,
    '## Optional',
    '',
    `- [All entries in one file](${i.links.full}): every entry's Markdown, concatenated`,
    `- [terms.json](${i.links.termsJson}): every entry as structured data (JSON Schema: ${i.links.schema})`,
    `- [Atom feed](${i.links.feed}): new and updated entries`,
    '',
  ].join('\n');
}
