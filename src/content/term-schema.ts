import { z } from 'zod';
import { DEMO_IDS } from '../../components/demos/registry';
import { CATEGORY_IDS, DIFFICULTIES } from './categories';

/** Ids of the interactive demos an entry can declare: derived from the demo registry (components/demos/registry.ts). */
export { DEMO_IDS };

export const SUMMARY_MAX = 300;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter of a glossary entry: the single source of truth for what an entry holds.
 * Every message says what to write instead, because authors read these in a failed build.
 */
export const TermSchema = z.object({
  /** Display name, unique across entries (case-insensitive, also against aliases). */
  title: z.string({ error: 'add a title, e.g. `title: Learning Rate`' }).trim().min(1, 'title is empty: write the term\'s name'),
  /** One or two sentences; shown at the top of the page, in cards, search results and the meta description. */
  summary: z
    .string({ error: 'add a summary: one or two sentences that define the term' })
    .trim()
    .min(1, 'summary is empty: write one or two sentences that define the term')
    .max(SUMMARY_MAX, `summary is longer than ${SUMMARY_MAX} characters: shorten it to one or two sentences and move detail into "In-depth explanation"`),
  /** Other names readers search for: abbreviations, British spellings, older names. */
  aliases: z.array(z.string().trim().min(1, 'an alias is empty: remove it')).default([]),
  /** One of the fixed categories in src/content/categories.ts. */
  category: z.enum(CATEGORY_IDS, { error: `unknown category: use one of ${CATEGORY_IDS.join(', ')}` }),
  /** Free keywords, lower-case. */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Slugs (file names without .mdx) of entries to list under "Related terms". */
  related: z.array(z.string().regex(SLUG, 'a related slug must be a file name without .mdx, e.g. `learning-rate`')).default([]),
  difficulty: z.enum(DIFFICULTIES, { error: `difficulty must be one of ${DIFFICULTIES.join(', ')}` }),
  /** Primary sources: papers, official library docs. At least one. */
  references: z
    .array(
      z.object({
        title: z.string().trim().min(1, 'a reference needs a title'),
        url: z.url({ error: 'a reference url must be a full URL, e.g. https://arxiv.org/abs/1412.6980' }),
      }),
      { error: 'add references: a list of { title, url } pointing to papers or library docs' },
    )
    .min(1, 'add at least one reference (title + url) to a paper or official documentation'),
  /** Drafts are validated but not published. */
  draft: z.boolean().default(false),
  /** The interactive demo this entry embeds, if any. */
  demo: z.enum(DEMO_IDS, { error: `unknown demo: use one of ${DEMO_IDS.join(', ')}` }).optional(),
});

export type TermData = z.infer<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;
