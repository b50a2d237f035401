import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks, withBasePath } from '../../src/integrations/rehype-base-links';

describe('base path in entry links', () => {
  it('prefixes root-relative URLs only, once', () => {
    expect(withBasePath('/terms/adam/', '/glossary/')).toBe('/glossary/terms/adam/');
    expect(withBasePath('/glossary/terms/adam/', '/glossary/')).toBe('/glossary/terms/adam/');
    expect(withBasePath('#section', '/glossary/')).toBe('#section');
    expect(withBasePath('https://arxiv.org/abs/1', '/glossary/')).toBe('https://arxiv.org/abs/1');
    expect(withBasePath('//cdn.example/x', '/glossary/')).toBe('//cdn.example/x');
    expect(withBasePath('/terms/adam/', '/')).toBe('/terms/adam/');
  });

  it('rewrites href and src in the rendered tree', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '/terms/momentum/#eli5' }, children: [] },
        { type: 'element', tagName: 'img', properties: { src: '/img/x.svg' }, children: [] },
      ],
    };
    rehypeBaseLinks({ base: '/glossary/' })(tree);
    expect(tree.children.map((c) => (c.type === 'element' ? c.properties['href'] ?? c.properties['src'] : ''))).toEqual(['/glossary/terms/momentum/#eli5', '/glossary/img/x.svg']);
  });
});
