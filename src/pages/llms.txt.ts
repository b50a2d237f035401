import type { APIRoute } from 'astro';
import { llmsTxt } from '../content/llms-txt';
import { exportedTerms, publicUrl } from '../content/term-export';
import { withBase } from '../content/site-paths';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => publicUrl(withBase(path), site);
  const body = llmsTxt({
    description: 'A glossary of machine-learning optimization: optimizers, learning-rate schedules, losses, training mechanics and model compression, each entry with math, references and often an interactive demo.',
    entries: (await exportedTerms(site)).map((t) => t.record),
    links: { termsJson: url('terms.json'), schema: url('terms.schema.json'), full: url('llms-full.txt'), feed: url('feed.xml'), home: url('') },
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
