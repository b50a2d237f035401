import type { Element, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeKatexCache } from '../../src/integrations/rehype-katex-cache';

const markdown = `Inline $\\eta$ and $g_t$, then $\\eta$ again and $g_t$ again.

$$
\\theta_{t+1} = \\theta_t - \\eta\\,\\frac{m_t}{\\sqrt{v_t} + \\epsilon}
$$

The same source in display and inline mode: $\\frac{a}{b}$

$$
\\frac{a}{b}
$$

\`\`\`math
x^2 + y^2
\`\`\`

A formula KaTeX rejects: $\\frac{1}{$ and an unknown command $\\notacommand{x}$.
`;

function render(source: string, withCache: boolean) {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype);
  if (withCache) processor.use(rehypeKatexCache);
  const file = processor.use(rehypeKatex).use(rehypeStringify).processSync(source);
  return { html: String(file), messages: file.messages.map((m) => `${m.source}:${m.ruleId}:${m.reason}`) };
}

describe('KaTeX cache before rehype-katex', () => {
  it('renders the same HTML and reports the same problems as rehype-katex alone, twice over', () => {
    const plain = render(markdown, false);
    expect(plain.html).toContain('class="katex"');
    expect(plain.messages).toHaveLength(2);
    // The second time every valid formula comes from the cache.
    for (let i = 0; i < 2; i++) expect(render(markdown, true)).toEqual(plain);
  });

  it('puts a copy of the cached tree in place, so a later plugin changing one formula leaves the others alone', () => {
    const toHast = (source: string) => {
      const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype);
      return processor.runSync(processor.parse(source)) as Root;
    };
    const tree = toHast('$z_1$ and $z_1$');
    rehypeKatexCache()(tree);
    const paragraph = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p')!;
    const [first, second] = paragraph.children.filter((c): c is Element => c.type === 'element');
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    first!.properties['id'] = 'changed';
    expect(second!.properties['id']).toBeUndefined();
    const again = toHast('$z_1$');
    rehypeKatexCache()(again);
    expect(JSON.stringify(again)).not.toContain('changed');
  });
});
