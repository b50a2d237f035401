import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir, requireBuiltSite } from './built-site';

// The recommended preset, with the rules that conflict with what we deliberately emit switched off:
// - no-inline-style: KaTeX positions glyphs with style attributes; it cannot work without them.
// - attribute-boolean-style / attribute-empty-style: Astro and React write `hidden=""` and similar.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
  },
});

beforeAll(requireBuiltSite);

describe('HTML of the built site', () => {
  const pages = builtPages();

  it('has every page type', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'terms/index.html', 'map/index.html', 'search/index.html']));
  });

  it.each(pages)('%s has no html-validate errors', async (page) => {
    const report = await validator.validateString(readFileSync(join(distDir, page), 'utf8'), page);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('uses well-formed absolute URLs for every external link', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const [, href] of readFileSync(join(distDir, page), 'utf8').matchAll(/href="(https?:[^"]*)"/g)) {
        try {
          const url = new URL(href!.replace(/&amp;/g, '&'));
          if (!url.hostname.includes('.') && url.hostname !== '127.0.0.1') bad.push(`${page}: ${href}`);
        } catch {
          bad.push(`${page}: ${href}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
