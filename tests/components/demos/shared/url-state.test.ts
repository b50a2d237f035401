import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mergeUrlParams, parseUrlState, presentFields, serializeUrlState, urlBoolean, urlEnum, urlEnumList, urlField, urlKeys, urlNumber, urlNumberTuple } from '../../../../components/demos/shared/url-state';

const Schema = z.object({
  fn: urlEnum(['rosenbrock', 'booth'] as const),
  opt: urlEnumList(['sgd', 'adam', 'lion'] as const, 2),
  lr: urlNumber({ min: 0, max: 10 }),
  steps: urlNumber({ integer: true, min: 1 }),
  x0: urlNumberTuple(2),
  log: urlBoolean(),
});
const defaults = { fn: 'rosenbrock' as const, opt: ['sgd' as const], lr: 0.01, steps: 100, x0: [1, 2], log: false };
const parse = (query: string) => parseUrlState(Schema, 'op', new URLSearchParams(query), defaults);

describe('url state', () => {
  it('returns the defaults and no warnings for an empty query', () => {
    expect(parse('')).toEqual({ state: defaults, warnings: [] });
  });

  it('round-trips every field through serialize and parse', () => {
    const state = { fn: 'booth' as const, opt: ['adam' as const, 'lion' as const], lr: 3e-5, steps: 7, x0: [-1.25, 0.5], log: true };
    const params = new URLSearchParams(serializeUrlState(Schema, 'op', state));
    expect(parseUrlState(Schema, 'op', params, defaults)).toEqual({ state, warnings: [] });
  });

  it.each([
    ['op.lr=abc', 'lr', 'not a number'],
    ['op.lr=NaN', 'lr', 'not a number'],
    ['op.lr=Infinity', 'lr', 'not a number'],
    ['op.lr=-1', 'lr', 'below the minimum 0'],
    ['op.lr=1e9', 'lr', 'above the maximum 10'],
    ['op.steps=2.5', 'steps', 'not a whole number'],
    ['op.fn=sphere', 'fn', 'not one of rosenbrock, booth'],
    ['op.opt=sgd,adam,lion', 'opt', 'at most 2 names'],
    ['op.opt=sgd,nope', 'opt', 'use names from'],
    ['op.x0=1', 'x0', 'needs 2 numbers'],
    ['op.x0=1,x', 'x0', 'not finite numbers'],
    ['op.log=maybe', 'log', 'not 1 or 0'],
  ] as const)('replaces the invalid value in %s by the default and says so', (query, field, fragment) => {
    const { state, warnings } = parse(query);
    expect(state[field]).toEqual(defaults[field]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(fragment);
    expect(warnings[0]).toContain('instead');
  });

  it('never produces NaN from any garbage value', () => {
    const { state } = parse('op.lr=&op.steps=Infinity&op.x0=,');
    expect(Number.isNaN(state.lr) || Number.isNaN(state.steps) || state.x0.some(Number.isNaN)).toBe(false);
  });

  it('warns about unknown keys under its prefix and ignores other demos keys', () => {
    const { warnings } = parse('op.zzz=1&sv.lr=0.1&backend=wasm');
    expect(warnings).toEqual(['URL key op.zzz is not used by this demo and was ignored.']);
  });

  it('drops duplicate names in a list', () => {
    expect(parse('op.opt=adam,adam').state.opt).toEqual(['adam']);
  });

  it('merges a demo into a query and keeps the other keys', () => {
    const merged = mergeUrlParams(new URLSearchParams('backend=cpu&op.lr=1&op.old=2&sv.s=step'), 'op', [['op.lr', '0.5']]);
    expect(merged.toString()).toBe('backend=cpu&sv.s=step&op.lr=0.5');
  });
});

describe('url keys and full names', () => {
  const Named = z.object({
    momentum: urlField('m', urlNumber({ min: 0, max: 1 })),
    beta1: urlField('b1', urlNumber({ min: 0, max: 1 })),
    steps: urlNumber({ integer: true, min: 1 }),
  });
  const base = { momentum: 0.9, beta1: 0.9, steps: 10 };

  it('maps each field to its URL key, or its name when it declares none', () => {
    expect(urlKeys(Named)).toEqual({ momentum: 'm', beta1: 'b1', steps: 'steps' });
  });

  it('reads short keys into full names and writes them back under the short keys', () => {
    const { state, warnings } = parseUrlState(Named, 'op', new URLSearchParams('op.m=0.5&op.b1=0.7&op.steps=3'), base);
    expect(warnings).toEqual([]);
    expect(state).toEqual({ momentum: 0.5, beta1: 0.7, steps: 3 });
    expect(serializeUrlState(Named, 'op', state)).toEqual([['op.m', '0.5'], ['op.b1', '0.7'], ['op.steps', '3']]);
  });

  it('names the URL key in a warning, and treats the full name as an unknown key', () => {
    const { state, warnings } = parseUrlState(Named, 'op', new URLSearchParams('op.m=2&op.momentum=0.5'), base);
    expect(state.momentum).toBe(0.9);
    expect(warnings).toEqual(['URL value op.m=2 is not valid (above the maximum 1): using the default 0.9 instead.', 'URL key op.momentum is not used by this demo and was ignored.']);
  });

  it('reports which fields the URL set, by full name', () => {
    expect(presentFields(Named, 'op', new URLSearchParams('op.m=0.5&op.steps=3&sv.m=1'))).toEqual(new Set(['momentum', 'steps']));
  });

  it('refuses two fields with one key, and one codec with two keys', () => {
    expect(() => urlKeys(z.object({ momentum: urlField('m', urlNumber()), mass: urlField('m', urlNumber()) }))).toThrow("URL key 'm' is used by 'momentum' and 'mass'");
    const codec = urlNumber();
    urlField('a', codec);
    expect(() => urlField('b', codec)).toThrow("urlField('b'): codec already keyed 'a'");
  });
});
