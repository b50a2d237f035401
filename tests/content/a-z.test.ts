import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf } from '../../src/content/a-z';

describe('A-Z grouping', () => {
  it.each([
    ['Adam', 'A'],
    ['adamw', 'A'],
    ['Élan', 'E'],
    ['L-BFGS', 'L'],
    ['1-bit Adam', '#'],
    ['"Quoted"', '#'],
  ])('files %s under %s', (title, letter) => {
    expect(letterOf(title)).toBe(letter);
  });

  it('groups by letter, "#" first, titles sorted case-insensitively within a letter', () => {
    const groups = groupByLetter([{ title: 'momentum' }, { title: 'Adam' }, { title: '8-bit' }, { title: 'AdamW' }, { title: 'adagrad' }]);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'M']);
    expect(groups[1]!.items.map((i) => i.title)).toEqual(['adagrad', 'Adam', 'AdamW']);
  });

  it('returns no groups for no items', () => {
    expect(groupByLetter([])).toEqual([]);
  });
});
