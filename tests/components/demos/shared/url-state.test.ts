import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mergeUrlParams, parseDecimal, parseUrlState, presentFields, serializeUrlState, urlBoolean, urlEnum, urlEnumList, urlField, urlKeys, urlNumber, urlNumberTuple } from '../../../../components/demos/shared/url-state';

const Schema = z.object({
  fn: urlEnum(['rosenbrock', 'booth'] as const),
  opt: urlEnumList(['sgd', 'adam', 'lion'] as const, 2),
  lr: urlNumber({ min: 0, max: 10 }),
  steps: urlNumber({ integer: true, min: 1 }),
  x0: urlNumberTuple(2, { min: -100, max: 100 }),
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
    ['op.lr=Infinity', 'lr', 'not a decimal number'],
    ['op.lr=-1', 'lr', 'below the minimum 0'],
    ['op.lr=1e9', 'lr', 'above the maximum 10'],
    ['op.steps=2.5', 'steps', 'not a whole number'],
    ['op.fn=sphere', 'fn', 'not one of rosenbrock, booth'],
    ['op.opt=sgd,adam,lion', 'opt', 'at most 2 names'],
    ['op.opt=sgd,nope', 'opt', 'use names from'],
    ['op.x0=1', 'x0', 'needs 2 numbers'],
    ['op.x0=1,x', 'x0', '"x" is not a number'],
    ['op.x0=1e308,1e308', 'x0', 'above the maximum 100 in a coordinate'],
    ['op.x0=0,-1e999', 'x0', '"-1e999" is too large to be a finite number'],
    ['op.x0=0x1,2', 'x0', '"0x1" is not a decimal number'],
    ['op.lr=0x10', 'lr', 'not a decimal number (0x, 0b, 0o and Infinity are not accepted)'],
    ['op.lr=0b1', 'lr', 'not a decimal number'],
    ['op.lr=0o7', 'lr', 'not a decimal number'],
    ['op.lr=-Infinity', 'lr', 'not a decimal number'],
    ['op.lr=1e999', 'lr', 'too large to be a finite number'],
    ['op.lr=', 'lr', 'empty'],
    ['op.lr=1_000', 'lr', 'not a number'],
    ['op.lr=1e', 'lr', 'not a number'],
    ['op.steps=1e400', 'steps', 'too large to be a finite number'],
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

  it('reads decimal notation with an exponent (learning rates are written 1e-3), and rejects what overflows', () => {
    expect(parseDecimal('1e-3')).toEqual({ value: 0.001 });
    expect(parseDecimal(' -.5 ')).toEqual({ value: -0.5 });
    expect(parseDecimal('3E+2')).toEqual({ value: 300 });
    expect(parseDecimal('7.')).toEqual({ value: 7 });
    expect(parseDecimal('1e999')).toEqual({ error: 'too large to be a finite number' });
    expect(parse('op.lr=2.5e-1&op.steps=1e2').state).toMatchObject({ lr: 0.25, steps: 100 });
  });

  it('shortens an echoed value to about 60 characters and says how long it was', () => {
    const { warnings } = parse(`op.lr=${'9'.repeat(10_000)}`);
    expect(warnings).toEqual([`URL value op.lr=${'9'.repeat(60)}… (10,000 characters) is not valid (too large to be a finite number): using the default 0.01 instead.`]);
    expect(parse(`op.fn=${'é'.repeat(61)}`).warnings[0]).toContain(`${'é'.repeat(60)}… (61 characters)`);
  });

  it('treats keys named like built-in object properties as unknown keys', () => {
    const { state, warnings } = parse('op.__proto__=1&op.constructor=2');
    expect(warnings).toEqual(['2 unknown settings ignored: op.__proto__, op.constructor.']);
    expect(state).toEqual(defaults);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(parse('op.hasOwnProperty=1').warnings).toEqual(['URL key op.hasOwnProperty is not used by this demo and was ignored.']);
  });

  it('uses the first of repeated keys and says so', () => {
    expect(parse('op.lr=0.5&op.lr=2')).toEqual({ state: { ...defaults, lr: 0.5 }, warnings: ['URL key op.lr is given 2 times: the first value is used.'] });
    expect(parse('op.lr=0.5&op.lr=2&op.steps=3&op.steps=4&op.steps=5').warnings).toEqual(['2 URL keys are given more than once (op.lr 2 times, op.steps 3 times): the first value of each is used.']);
  });

  it('groups unknown keys into one warning that lists a few (each once, shortened)', () => {
    const query = Array.from({ length: 200 }, (_, i) => `op.k${i}=1`).join('&');
    expect(parse(query).warnings).toEqual(['200 unknown settings ignored: op.k0, op.k1, op.k2, op.k3, op.k4 and 195 more.']);
    expect(parse('op.a=1&op.a=2&op.b=3&op.c=4').warnings).toEqual(['3 unknown settings ignored: op.a, op.b, op.c.']);
    const long = parse(`op.${'z'.repeat(500)}=1`).warnings[0]!;
    expect(long.length).toBeLessThan(150);
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
