import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/content/llms-txt';

describe('llms.txt', () => {
  it('follows the convention: H1, blockquote summary, H2 sections of Markdown links, an Optional section', () => {
    const text = llmsTxt({
      description: 'A glossary.',
      entries: [
        { title: 'Adam', markdown: '/terms/adam.md', summary: 'An optimizer.', categoryLabel: 'Adaptive methods' },
        { title: 'Epoch', markdown: '/terms/epoch.md', summary: 'A pass.', categoryLabel: 'Foundations' },
      ],
      links: { termsJson: '/terms.json', schema: '/terms.schema.json', full: '/llms-full.txt', feed: '/feed.xml', home: '/' },
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Optimization Glossary');
    expect(lines[2]).toBe('> A glossary.');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Adaptive methods', '## Foundations', '## Optional']);
    expect(text).toContain('- [Adam](/terms/adam.md): An optimizer.');
    expect(text).toContain('(/llms-full.txt)');
  });
});
