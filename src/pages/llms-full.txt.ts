import type { APIRoute } from 'astro';
import { exportedTerms } from '../content/term-export';

/** Every entry's Markdown copy in one file, for tools that read a whole site at once. */
export const GET: APIRoute = async ({ site }) => {
  const parts = (await exportedTerms(site)).map((t) => t.markdown);
  return new Response(`# Optimization Glossary: all entries\n\n${parts.join('\n---\n\n')}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
