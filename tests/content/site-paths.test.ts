import { describe, expect, it } from 'vitest';
import { basePath, termPath, withBase } from '../../src/content/site-paths';

describe('paths under the base path', () => {
  it('puts paths under the root by default and under a sub-path when configured', () => {
    expect(withBase('/terms/')).toBe('/terms/');
    expect(withBase('terms/', '/glossary/')).toBe('/glossary/terms/');
    expect(withBase('/search/', '/glossary')).toBe('/glossary/search/');
    expect(termPath('adam', '/glossary/')).toBe('/glossary/terms/adam/');
    expect(basePath('/a')).toBe('/a/');
    expect(withBase('', '/g/')).toBe('/g/');
  });
});
