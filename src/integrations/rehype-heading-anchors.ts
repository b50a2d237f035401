import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Gives h2-h4 an id (GitHub-style, as Astro does) and appends a "#" link so readers can copy a
 * section's URL. The link text is hidden from search indexing and labelled for screen readers.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName)) return;
      const text = node.children.map(textOf).join('').trim();
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
      node.properties['id'] = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${text}`, dataPagefindIgnore: 'all' },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
