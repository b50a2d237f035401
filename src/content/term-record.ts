import { z } from 'zod';
import { DEMO_IDS } from '../../components/demos/registry';
import { CATEGORY_IDS, DIFFICULTIES } from './categories';

/**
 * The shape of /terms.json: one record per published entry. The JSON Schema published beside it
 * (/terms.schema.json) is generated from this, so the two cannot drift apart.
 */
export const TermRecordSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('File name of the entry and last segment of its URL'),
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)).describe('Other names: abbreviations, British spellings, older names'),
    summary: z.string().min(1).describe('One or two sentences that define the term'),
    category: z.enum(CATEGORY_IDS),
    categoryLabel: z.string().min(1),
    difficulty: z.enum(DIFFICULTIES),
    related: z.array(z.string()).describe('Slugs of related entries'),
    references: z.array(z.object({ title: z.string().min(1), url: z.url() }).strict()).min(1),
    url: z.string().min(1).describe('The term page: absolute when the site URL is configured, else a path'),
    markdown: z.string().min(1).describe('The plain-Markdown copy of the entry'),
    lastUpdated: z.iso.date().nullable().describe('Date of the last change to the entry, when the build had git history'),
    demo: z.enum(DEMO_IDS).nullable().describe('The interactive demo the entry embeds, if any'),
  })
  .strict();

export const TermsFileSchema = z
  .object({
    name: z.literal('Optimization Glossary'),
    description: z.string(),
    home: z.string().min(1),
    generated: z.iso.datetime(),
    count: z.number().int().min(0),
    terms: z.array(TermRecordSchema),
  })
  .strict();

export type TermRecord = z.infer<typeof TermRecordSchema>;
export type TermsFile = z.infer<typeof TermsFileSchema>;

/** The JSON Schema (draft 2020-12) of /terms.json. */
export function termsJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(TermsFileSchema, { target: 'draft-2020-12' }), $id: id, title: 'Optimization Glossary: terms.json' };
}
