/** "Cite this entry": a plain-text reference and a BibTeX record for one entry. Pure. */

export interface CitationInput {
  slug: string;
  title: string;
  /** The entry's URL: absolute on a configured site; a path otherwise (the page script makes it absolute). */
  url: string;
  /** YYYY-MM-DD of the entry's last change, when known. */
  lastUpdated?: string | undefined;
  /** Year to cite when the last-updated date is unknown (the build's year). */
  fallbackYear: number;
}

export const GLOSSARY_NAME = 'Optimization Glossary';
export const GLOSSARY_AUTHOR = 'Optimization Glossary contributors';

export function plainCitation(c: CitationInput): string {
  const updated = c.lastUpdated ? ` Last updated ${c.lastUpdated}.` : '';
  return `${GLOSSARY_AUTHOR}. "${c.title}." ${GLOSSARY_NAME}.${updated} ${c.url}`;
}

/** TeX's special characters in a field value, escaped so the record compiles. */
export function bibtexEscape(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexCitation(c: CitationInput): string {
  const year = c.lastUpdated ? c.lastUpdated.slice(0, 4) : String(c.fallbackYear);
  const fields: [string, string][] = [
    // Double braces keep the title's capitals (AdamW, L-BFGS) in styles that lower-case titles.
    ['title', `{${bibtexEscape(c.title)}}`],
    ['author', `{${GLOSSARY_AUTHOR}}`],
    ['howpublished', GLOSSARY_NAME],
    ['year', year],
    ...(c.lastUpdated ? [['note', `Last updated ${c.lastUpdated}`] as [string, string]] : []),
    ['url', c.url],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{optimization-glossary-${c.slug},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}
