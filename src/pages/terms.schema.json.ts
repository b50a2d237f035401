import type { APIRoute } from 'astro';
import { publicUrl } from '../content/term-export';
import { termsJsonSchema } from '../content/term-record';
import { withBase } from '../content/site-paths';

/** The JSON Schema of /terms.json, generated from the same zod schema the build checks records with. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(termsJsonSchema(publicUrl(withBase('terms.schema.json'), site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
