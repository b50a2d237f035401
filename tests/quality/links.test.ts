import { LinkChecker } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir, requireBuiltSite } from './built-site';

const siteOrigin = new URL(process.env['SITE_URL'] ?? 'http://127.0.0.1:4321').origin;

beforeAll(requireBuiltSite);

describe('links of the built site', () => {
  it('has no broken internal link or anchor (external hosts are not fetched)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: distDir,
      recurse: true,
      checkFragments: true,
      // Only linkinator's own loopback server is crawled: external URLs are checked for syntax by html.test.ts and
      // never fetched, and canonical/OpenGraph URLs name the configured site origin, which is not served here.
      linksToSkip: async (url: string) => !url.startsWith('http://127.0.0.1:') || url.startsWith(siteOrigin),
      concurrency: 8,
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status ?? ''} ${l.url} (on ${l.parent ?? '?'})`);
    console.log(`linkinator: ${result.links.length} links checked, ${broken.length} broken`);
    expect(broken).toEqual([]);
    // Every page was reached by following links from the home page (unique URLs: pages plus assets).
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThanOrEqual(builtPages().length - 1);
  });
});
