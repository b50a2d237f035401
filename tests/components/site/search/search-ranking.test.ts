import { describe, expect, it } from 'vitest';
import { isRelevantHit, markedWords, normalizeQuery, promoteExactMatches } from '../../../../components/site/search/search-ranking';

const r = (title: string, aliases: string[] = []) => ({ url: `/terms/${title}/`, title, aliases });

describe('search ranking', () => {
  it.each([
    ['L-BFGS', 'lbfgs'],
    ['  Régularisation ', 'regularisation'],
    ["Newton's method", 'newtonsmethod'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('puts the entry titled exactly like the query first', () => {
    const ranked = promoteExactMatches('adam', [r('AdamW'), r('Adamax'), r('Adam')]);
    expect(ranked.map((x) => x.title)).toEqual(['Adam', 'AdamW', 'Adamax']);
  });

  it('puts an exact alias match ahead of pages that merely mention it', () => {
    const ranked = promoteExactMatches('SGD', [r('Momentum'), r('Mini-Batch Gradient Descent'), r('Stochastic Gradient Descent', ['SGD'])]);
    expect(ranked[0]!.title).toBe('Stochastic Gradient Descent');
  });

  it('prefers an exact title over an exact alias', () => {
    const ranked = promoteExactMatches('warmup', [r('Learning-Rate Schedule', ['warmup']), r('Warmup')]);
    expect(ranked.map((x) => x.title)).toEqual(['Warmup', 'Learning-Rate Schedule']);
  });

  it('keeps Pagefind\'s order when nothing matches exactly', () => {
    const input = [r('B'), r('A'), r('C')];
    expect(promoteExactMatches('zzz', input)).toEqual(input);
    expect(promoteExactMatches('', input)).toEqual(input);
  });
});

describe('weak-match filter', () => {
  const hit = (title: string, excerpt: string, aliases: string[] = []) => ({ url: '/x/', title, aliases, excerpt });

  it('reads the marked words of an excerpt', () => {
    expect(markedWords('a <mark>w</mark> and <mark>Adam</mark>')).toEqual(['w', 'Adam']);
  });

  it.each([
    ['drops a hit whose only match is a one-letter variable', 'wombat', hit('L1 and L2', 'norm of <mark>w</mark>'), false],
    ['keeps a hit whose marked word is the query', 'adamw', hit('Weight Decay', 'like <mark>AdamW</mark> exist'), true],
    ['keeps a hit whose marked word extends the query', 'quant', hit('Pruning', 'after <mark>quantization</mark>'), true],
    ['keeps a stemmed match sharing 4+ leading letters', 'regularizing', hit('Dropout', 'a <mark>regularizer</mark>'), true],
    ['keeps a hit whose alias contains the query', 'sgd', hit('Stochastic Gradient Descent', '', ['SGD']), true],
    ['keeps a short query that matches a short word fully', 'lr', hit('Warmup', 'the <mark>LR</mark> ramps'), true],
  ])('%s', (_case, query, h, expected) => {
    expect(isRelevantHit(query, h)).toBe(expected);
  });
});
