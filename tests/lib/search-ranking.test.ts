import { describe, expect, it } from 'vitest';
import { normalizeQuery, promoteExactMatches } from '../../src/lib/search-ranking';

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
