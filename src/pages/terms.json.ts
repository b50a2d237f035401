import type { APIRoute } from 'astro';
import { exportedTerms, publicUrl } from '../content/term-export';
import type { TermsFile } from '../content/term-record';
import { withBase } from '../content/site-paths';

/** Every published entry as data; its JSON Schema is /terms.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const terms = (await exportedTerms(site)).map((t) => t.record);
  const file: TermsFile = {
    name: 'Optimization Glossary',
    description: 'A glossary of machine-learning optimization with demos that run in the browser.',
    home: publicUrl(withBase(''), site),
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    count: terms.length,
    terms,
  };
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
