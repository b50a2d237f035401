import type { APIRoute } from 'astro';
import { withBase } from '../content/site-paths';

// The sitemap exists only when the site URL is configured (astro.config.mjs).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n` : ''}`, { headers: { 'content-type': 'text/plain' } });
