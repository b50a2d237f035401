import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** `href` with the base path in front when it is root-relative ("/terms/x/"); other URLs unchanged. */
export function withBasePath(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//') || base === '/' || base === '') return href;
  const prefix = base.replace(/\/+$/, '');
  return href === prefix || href.startsWith(`${prefix}/`) ? href : prefix + href;
}

/**
 * Entries link to each other as /terms/x/; when the site is served under a base path (BASE_PATH, e.g.
 * /glossary/), those links must carry it. Rewrites root-relative href and src of the rendered body at build time.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/' || !options.base) return;
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties[attr];
        if (typeof value === 'string') node.properties[attr] = withBasePath(value, options.base);
      }
    });
  };
}
