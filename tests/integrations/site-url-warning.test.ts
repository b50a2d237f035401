import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { MISSING_SITE_URL, siteUrlWarning } from '../../src/integrations/site-url-warning';

type Hooks = Required<AstroIntegration['hooks']>;

function runBuild(site: string | undefined): string[] {
  const warnings: string[] = [];
  const hooks = siteUrlWarning().hooks as Hooks;
  const logger = { warn: vi.fn((m: string) => warnings.push(m)) };
  (hooks['astro:config:done'] as (o: unknown) => void)({ config: { site } });
  (hooks['astro:build:start'] as (o: unknown) => void)({ logger });
  return warnings;
}

describe('SITE_URL warning', () => {
  it('warns once when a production build has no site URL, naming what is left out and how to set it', () => {
    expect(runBuild(undefined)).toEqual([MISSING_SITE_URL]);
    expect(MISSING_SITE_URL).toMatch(/canonical.*og:url.*sitemap/);
    expect(MISSING_SITE_URL).toContain('SITE_URL=https://');
  });

  it('stays quiet when the site URL is set', () => {
    expect(runBuild('https://user.github.io')).toEqual([]);
  });
});
