import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../../components/demos/NumberFormats/parse-number';

describe('parseNumberInput', () => {
  it.each([
    ['0.1', 0.1],
    ['1e-3', 0.001],
    ['-448', -448],
    ['  +2.5E2 ', 250],
    ['.5', 0.5],
    ['3.', 3],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['+INF', Infinity],
  ])('reads %j as %s', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });

  it.each(['nan', 'NaN', '-nan'])('reads %j as NaN', (text) => {
    const r = parseNumberInput(text);
    expect(r.ok && Number.isNaN(r.value)).toBe(true);
  });

  it.each(['', '   ', 'abc', '1e', '0x10', '1,5', '--1', '1e-3e2', 'infinite'])('rejects %j with a message naming what is accepted', (text) => {
    const r = parseNumberInput(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/0\.1|type/i);
  });

  it('rejects a finite-looking number beyond the float64 range instead of making it infinity', () => {
    const r = parseNumberInput('1e999');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('beyond the float64 range') });
  });
});
