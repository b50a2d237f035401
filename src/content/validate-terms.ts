import { DEMO_ID_BY_TAG } from '../../components/demos/registry';
import type { ContentError } from './content-error';
import type { RawTermFile } from './read-terms';
import { TODO_MARK } from './todo-mark';
import { TermSchema, type TermData } from './term-schema';

export interface ValidTerm {
  file: string;
  slug: string;
  data: TermData;
  body: string;
}

/** Body sections every entry must have, in this order; Summary and Related terms come from frontmatter. */
export const REQUIRED_SECTIONS = ['ELI5', 'In-depth explanation'] as const;
const SLUG_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `##` headings outside fenced code blocks. */
export function sectionHeadings(body: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence) {
      const m = /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (m?.[1]) headings.push(m[1]);
    }
  }
  return headings;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'frontmatter' : path.map(String).join('.');
}

/** Checks one file on its own: frontmatter schema, file name and body sections. */
export function validateTermFile(raw: RawTermFile): { term?: ValidTerm; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const { file, slug } = raw;
  if (raw.parseError) {
    const fix = raw.parseError.includes('YAML')
      ? 'correct the YAML at the line given; quote a value that contains ": " or starts with a quote, e.g. title: "Adam: the optimizer"'
      : 'start the file with `---`, YAML fields, `---` (see `npm run new-term`)';
    return { errors: [{ file, field: 'frontmatter', problem: raw.parseError, fix }] };
  }
  if (!SLUG_FILE_NAME.test(slug)) {
    errors.push({ file, field: 'file name', problem: `"${slug}" is not a valid slug`, fix: 'rename the file to lower-case words joined by hyphens, e.g. learning-rate.mdx' });
  }
  const parsed = TermSchema.safeParse(raw.frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [problem, fix] = splitMessage(issue.message);
      errors.push({ file, field: fieldOf(issue.path), problem, fix });
    }
  }
  const headings = sectionHeadings(raw.body);
  for (const section of REQUIRED_SECTIONS) {
    if (!headings.includes(section)) {
      errors.push({ file, field: `body: ## ${section}`, problem: `the section "## ${section}" is missing`, fix: `add a line "## ${section}" followed by its text (sections in order: ${REQUIRED_SECTIONS.map((s) => `## ${s}`).join(', ')})` });
    }
  }
  for (const forbidden of ['Summary', 'Related terms', 'References']) {
    if (headings.includes(forbidden)) {
      errors.push({ file, field: `body: ## ${forbidden}`, problem: `"## ${forbidden}" is written in the body, but the page renders it from frontmatter`, fix: `remove the section and put its content in the frontmatter field "${forbidden === 'Summary' ? 'summary' : forbidden === 'References' ? 'references' : 'related'}"` });
    }
  }
  for (const heading of digitLedHeadings(raw.body)) {
    errors.push({ file, field: `body: ${heading}`, problem: `the heading "${heading}" starts with a digit, so its anchor id would too, which the site's HTML check rejects`, fix: 'start the heading with a word, e.g. "### Step 1: ..." or "### The 1F1B schedule"' });
  }
  const draft = parsed.success && parsed.data.draft;
  if (!draft && JSON.stringify(raw.frontmatter).concat(raw.body).includes(TODO_MARK)) {
    errors.push({ file, field: 'draft', problem: `the entry is published but still contains "${TODO_MARK}" placeholders`, fix: `replace every ${TODO_MARK} with real text, or keep "draft: true" until it is done` });
  }
  if (parsed.success) {
    const tags = demoTagsIn(raw.body);
    const declared = parsed.data.demo;
    if (tags.length > 1) {
      errors.push({ file, field: 'body', problem: `the entry embeds ${tags.length} demos (${tags.join(', ')})`, fix: 'embed one demo per entry' });
    } else if (tags.length === 1 && declared !== tags[0]) {
      errors.push({ file, field: 'demo', problem: `the body embeds the ${tags[0]} demo but "demo" is ${declared ? `"${declared}"` : 'not set'}`, fix: `set demo: ${tags[0]}` });
    } else if (tags.length === 0 && declared) {
      errors.push({ file, field: 'demo', problem: `"demo" is "${declared}" but the body embeds no demo tag`, fix: 'add the demo tag where it teaches something, or remove the field' });
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { term: { file, slug, data: parsed.data, body: raw.body }, errors };
}

/** Our schema messages read "problem: fix"; zod's own messages have no fix, so we supply a generic one. */
function splitMessage(message: string): [string, string] {
  const idx = message.indexOf(': ');
  if (idx > 0 && !message.startsWith('Invalid')) return [message.slice(0, idx), message.slice(idx + 2)];
  return [message, 'see the field descriptions in src/content/term-schema.ts'];
}

/** Checks what no single file can: links between entries and uniqueness of names. */
export function validateAcrossTerms(terms: readonly ValidTerm[]): ContentError[] {
  const errors: ContentError[] = [];
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const names = new Map<string, { file: string; what: string }>();
  for (const t of terms) {
    const own = new Set<string>();
    const entries: [string, string][] = [[t.data.title, 'title'], ...t.data.aliases.map((a): [string, string] => [a, 'aliases'])];
    for (const [name, field] of entries) {
      const key = name.trim().toLowerCase();
      if (own.has(key)) {
        errors.push({ file: t.file, field, problem: `"${name}" appears twice in this entry's title and aliases`, fix: 'remove the repeated alias' });
        continue;
      }
      own.add(key);
      const prior = names.get(key);
      if (prior) {
        errors.push({ file: t.file, field, problem: `"${name}" is already the ${prior.what} of ${prior.file}`, fix: `use a name no other entry uses, or remove it from one of the two files` });
      } else names.set(key, { file: t.file, what: field === 'title' ? 'title' : 'alias' });
    }
    for (const slug of t.data.related) {
      if (slug === t.slug) {
        errors.push({ file: t.file, field: 'related', problem: `the entry lists itself ("${slug}")`, fix: `remove "${slug}" from related` });
        continue;
      }
      const target = bySlug.get(slug);
      if (!target) {
        errors.push({ file: t.file, field: 'related', problem: `unknown slug "${slug}"`, fix: `use the file name (without .mdx) of an existing entry${suggest(slug, [...bySlug.keys()])}` });
      } else if (target.data.draft && !t.data.draft) {
        errors.push({ file: t.file, field: 'related', problem: `"${slug}" is a draft and will not be published`, fix: `remove "${slug}" or publish it (draft: false)` });
      }
    }
    for (const slug of bodyTermLinks(t.body)) {
      if (!bySlug.has(slug)) {
        errors.push({ file: t.file, field: 'body', problem: `the link /terms/${slug}/ points to no entry`, fix: `link to an existing entry's slug${suggest(slug, [...bySlug.keys()])}, or remove the link` });
      }
    }
    if (new Set(t.data.related).size !== t.data.related.length) {
      errors.push({ file: t.file, field: 'related', problem: 'a slug is listed twice', fix: 'list each related entry once' });
    }
  }
  return errors;
}

/** " (did you mean "x"?)" for the closest slug by edit distance, when one is close. */
function suggest(slug: string, known: string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(slug, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, slug.length / 3) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** Demo ids of the demo tags written in a body, outside code blocks, in order, each once. */
/** Section headings (## to ####, outside code fences) whose text starts with a digit. */
export function digitLedHeadings(body: string): string[] {
  let fenced = false;
  return body.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return !fenced && /^#{2,4} +\d/.test(line);
  });
}

export function demoTagsIn(body: string): string[] {
  const outsideCode = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...new Set([...outsideCode.matchAll(/<([A-Z][A-Za-z]+)[\s/>]/g)].flatMap((m) => DEMO_ID_BY_TAG.get(m[1]!) ?? []))];
}

/** Slugs of `/terms/<slug>/` links written in an entry's body (Markdown links and href attributes). */
export function bodyTermLinks(body: string): string[] {
  return [...new Set([...body.matchAll(/\]\(\/terms\/([^/)#\s]+)\/?(?:#[^)]*)?\)|href=["']\/terms\/([^/"'#]+)/g)].map((m) => (m[1] ?? m[2])!))];
}

/** Validates every file; `terms` holds only the files that passed their own checks. */
export function validateTerms(raws: readonly RawTermFile[]): { terms: ValidTerm[]; errors: ContentError[] } {
  const terms: ValidTerm[] = [];
  const errors: ContentError[] = [];
  for (const raw of raws) {
    const result = validateTermFile(raw);
    errors.push(...result.errors);
    if (result.term) terms.push(result.term);
  }
  errors.push(...validateAcrossTerms(terms));
  return { terms, errors };
}
