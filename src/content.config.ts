import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { TermSchema } from './content/term-schema';

// The entry folder can be swapped (benchmarks generate synthetic entries elsewhere).
const base = process.env['GLOSSARY_CONTENT_DIR'] ?? './content/terms';

const terms = defineCollection({
  loader: glob({ pattern: '[!_]*.mdx', base }),
  schema: TermSchema,
});

export const collections = { terms };
