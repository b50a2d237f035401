import type { AstroIntegration } from 'astro';

/** The message a production build prints when SITE_URL is not set. */
export const MISSING_SITE_URL =
  'SITE_URL is not set: this build leaves out canonical URLs, og:url and the sitemap (they need the public address). ' +
  'Set it to the address the site is served from, e.g. SITE_URL=https://user.github.io npm run build (with BASE_PATH=/repo/ for a sub-path).';

/**
 * Warns once per production build when no site URL is configured, instead of silently pointing canonical and
 * OpenGraph URLs at a local address.
 */
export function siteUrlWarning(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'glossary-site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(MISSING_SITE_URL);
      },
    },
  };
}
