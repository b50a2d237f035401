import { createRequire } from 'node:module';
import type { ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { SKIP, visitParents } from 'unist-util-visit-parents';

// The KaTeX that rehype-katex itself renders with (it depends on its own copy, today 0.16 beside the site's 0.19), so
// a cached formula is exactly what rehype-katex would have drawn.
const require = createRequire(import.meta.url);
const katex = createRequire(require.resolve('rehype-katex'))('katex') as typeof import('katex').default;

/** Rendered formulas by display mode and source, shared by every file of a build; never handed out, only copies. */
const rendered = new Map<string, ElementContent[]>();

/**
 * A cache in front of rehype-katex (list it just before rehypeKatex, which keeps no cache): a build renders the
 * same formulas again and again ($\eta$, $g_t$: about half the glossary's inline formulas repeat), and each KaTeX
 * render plus parsing its HTML into a tree is one of the build's larger costs. Finds math exactly as rehype-katex does
 * (remark-math's math-inline / math-display, a ```math block), renders a new formula exactly as it does (KaTeX with
 * throwOnError, then the HTML parsed to hast) and puts a copy of the cached tree in place. A formula KaTeX rejects is
 * left alone, so rehype-katex still reports it and draws its fallback.
 */
export function rehypeKatexCache() {
  return (tree: Root) => {
    visitParents(tree, 'element', (element, parents) => {
      const classes = Array.isArray(element.properties['className']) ? element.properties['className'] : [];
      const languageMath = classes.includes('language-math');
      const mathDisplay = classes.includes('math-display');
      if (!languageMath && !mathDisplay && !classes.includes('math-inline')) return undefined;
      let parent = parents[parents.length - 1];
      let scope: ElementContent = element;
      let displayMode = mathDisplay;
      // A ```math block: rehype-katex replaces the <pre> around the <code> and renders in display mode.
      if (element.tagName === 'code' && languageMath && parent?.type === 'element' && parent.tagName === 'pre') {
        scope = parent;
        parent = parents[parents.length - 2];
        displayMode = true;
      }
      if (!parent) return undefined;
      const value = toText(scope, { whitespace: 'pre' });
      const key = `${displayMode ? 'display' : 'inline'}\u0000${value}`;
      let nodes = rendered.get(key);
      if (!nodes) {
        let html: string;
        try {
          html = katex.renderToString(value, { displayMode, throwOnError: true });
        } catch {
          return undefined;
        }
        nodes = fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
        rendered.set(key, nodes);
      }
      parent.children.splice(parent.children.indexOf(scope), 1, ...structuredClone(nodes));
      return SKIP;
    });
  };
}
