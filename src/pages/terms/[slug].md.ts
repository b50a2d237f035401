import type { APIRoute, GetStaticPaths } from 'astro';
import { exportedTerms } from '../../content/term-export';

/** A plain-Markdown copy of each entry, beside its page: /terms/<slug>.md. */
// getStaticPaths does not receive the site; it is read from the config the same way the other routes get it.
export const getStaticPaths: GetStaticPaths = async () =>
  (await exportedTerms(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)).map((t) => ({ params: { slug: t.record.slug }, props: { markdown: t.markdown } }));

export const GET: APIRoute = ({ props }) =>
  new Response((props as { markdown: string }).markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
