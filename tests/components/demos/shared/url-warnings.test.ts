import { describe, expect, it } from 'vitest';
import { ECHO_MAX, repeatedKeysWarning, shorten, unknownKeysWarning } from '../../../../components/demos/shared/url-warnings';

describe('URL warning sentences', () => {
  it('keeps short text and cuts long text at about 60 characters, saying how long it was', () => {
    expect(shorten('abc')).toBe('abc');
    expect(shorten('x'.repeat(ECHO_MAX))).toBe('x'.repeat(ECHO_MAX));
    expect(shorten('x'.repeat(12_345))).toBe(`${'x'.repeat(ECHO_MAX)}… (12,345 characters)`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(shorten('😀'.repeat(3), 2)).toBe('😀😀… (3 characters)');
  });

  it('makes one sentence for any number of unknown keys, each listed once, at most five by name', () => {
    expect(unknownKeysWarning([])).toEqual([]);
    expect(unknownKeysWarning(['op.a', 'op.a'])).toEqual(['URL key op.a is not used by this demo and was ignored.']);
    expect(unknownKeysWarning(['op.a', 'op.b', 'op.c', 'op.d', 'op.e', 'op.f', 'op.g'])).toEqual(['7 unknown settings ignored: op.a, op.b, op.c, op.d, op.e and 2 more.']);
    expect(unknownKeysWarning([`op.${'k'.repeat(100)}`, 'op.b'])[0]).toBe(`2 unknown settings ignored: op.${'k'.repeat(27)}… (103 characters), op.b.`);
  });

  it('names repeated keys with their counts, in one sentence', () => {
    expect(repeatedKeysWarning(new Map([['op.lr', 1]]))).toEqual([]);
    expect(repeatedKeysWarning(new Map([['op.lr', 3]]))).toEqual(['URL key op.lr is given 3 times: the first value is used.']);
    expect(repeatedKeysWarning(new Map([['op.lr', 2], ['op.m', 1], ['op.fn', 4]]))).toEqual(['2 URL keys are given more than once (op.lr 2 times, op.fn 4 times): the first value of each is used.']);
  });
});
