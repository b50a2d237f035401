import { describe, expect, it } from 'vitest';
import { entryMarkdown, mdxBodyToMarkdown, parseTagAttributes } from '../../src/content/entry-markdown';

const describeDemo = (tag: string, props: Record<string, unknown>) => (tag === 'Demo' ? `A demo with ${JSON.stringify(props)}.` : undefined);
const link = (path: string) => `https://example.org/g${path}`;

describe('entry markdown', () => {
  it('reads string and expression props of a tag', () => {
    expect(parseTagAttributes(' fn="rosenbrock" lr={0.02} on={true} label={"x"} raw={a.b}')).toEqual({ fn: 'rosenbrock', lr: 0.02, on: true, label: 'x', raw: 'a.b' });
  });

  it('replaces demo tags by their description, keeps math as LaTeX and rewrites internal links', () => {
    const body = 'See [momentum](/terms/momentum/) and [a paper](https://arxiv.org/abs/1).\n\n$$\nm_t = \\beta m_{t-1}\n$$\n\n<Demo fn="x" lr={0.1} />\n\n{/* an MDX comment */}Done.';
    const md = mdxBodyToMarkdown(body, describeDemo, link);
    expect(md).toContain('[momentum](https://example.org/g/terms/momentum/)');
    expect(md).toContain('[a paper](https://arxiv.org/abs/1)');
    expect(md).toContain('$$\nm_t = \\beta m_{t-1}\n$$');
    expect(md).toContain('> **Interactive demo:** A demo with {"fn":"x","lr":0.1}.');
    expect(md).not.toContain('<Demo');
    expect(md).not.toContain('an MDX comment');
  });

  it('turns an update-rule diff into a sentence naming the comparison, so no tag is left', () => {
    const md = mdxBodyToMarkdown('<UpdateRuleDiff from="adam" to="adamw" />', () => undefined, (p) => p);
    expect(md).toBe('> **Update rule:** adamw compared line by line with adam (shown as a table on the web page).');
  });

  it('leaves code blocks and unknown tags alone', () => {
    const body = '```python\nx = "<Demo />" # [a](/terms/a/)\n```\n\n<Other />';
    expect(mdxBodyToMarkdown(body, describeDemo, link)).toBe(body);
  });

  it('assembles the four sections in page order, with facts and references', () => {
    const md = entryMarkdown({
      title: 'Adam', summary: 'An optimizer.', aliases: ['AMSGrad'], category: 'Adaptive methods', difficulty: 'intermediate',
      url: 'https://example.org/terms/adam/', lastUpdated: '2026-11-30', body: '## ELI5\n\nWalk.\n\n## In-depth explanation\n\nMath.',
      related: [{ title: 'AdamW', url: 'https://example.org/terms/adamw/' }], references: [{ title: 'Paper', url: 'https://arxiv.org/abs/1412.6980' }],
    });
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Adam', '## Summary', '## ELI5', '## In-depth explanation', '## Related terms', '## References']);
    expect(md).toContain('Also known as: AMSGrad');
    expect(md).toContain('Last updated: 2026-11-30');
    expect(md).toContain('- [AdamW](https://example.org/terms/adamw/)');
  });
});
