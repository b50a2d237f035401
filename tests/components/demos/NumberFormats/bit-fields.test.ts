import { describe, expect, it } from 'vitest';
import { bitReadout, outcomeText } from '../../../../components/demos/NumberFormats/bit-fields';

describe('bitReadout', () => {
  it('splits 0.1 in E4M3 into sign 0, exponent 0011 (2^-4) and mantissa 101: 0.1015625', () => {
    const r = bitReadout(0.1, 'fp8-e4m3', true);
    expect(r.bits).toEqual({ sign: '0', exponent: '0011', mantissa: '101' });
    expect(r.rounded).toBe(0.1015625);
    expect(r.outcome).toBe('rounded');
    expect(r.relativeError).toBeCloseTo(0.015625, 12);
    expect(r.exponentMeaning).toBe('3 − 7 = -4: 2^-4');
  });

  it('shows fp16 1 as 0 01111 0000000000 and calls it exact', () => {
    const r = bitReadout(1, 'fp16', true);
    expect(r.bits).toEqual({ sign: '0', exponent: '01111', mantissa: '0000000000' });
    expect(r.outcome).toBe('exact');
    expect(r.relativeError).toBe(0);
  });

  it('marks the smallest E4M3 subnormal: exponent field 0, mantissa 001', () => {
    const r = bitReadout(-(2 ** -9), 'fp8-e4m3', true);
    expect(r.bits).toEqual({ sign: '1', exponent: '0000', mantissa: '001' });
    expect(r.subnormal).toBe(true);
    expect(r.outcome).toBe('exact');
  });

  it.each([
    ['fp8-e4m3', true, 448, 'saturated'],
    ['fp8-e4m3', false, Number.NaN, 'nan-overflow'],
    ['fp8-e5m2', false, Infinity, 'infinity'],
    ['fp8-e5m2', true, 57344, 'saturated'],
  ] as const)('1000 in %s with saturate %s becomes %s (%s)', (format, saturate, value, outcome) => {
    const r = bitReadout(format === 'fp8-e4m3' ? 1000 : 1e6, format, saturate);
    expect(r.rounded).toBe(value);
    expect(r.outcome).toBe(outcome);
  });

  it('rounds 450 in E4M3 to its neighbour 448 as ordinary rounding, not as saturation', () => {
    expect(bitReadout(450, 'fp8-e4m3', false).outcome).toBe('rounded');
    expect(bitReadout(450, 'fp8-e4m3', false).rounded).toBe(448);
  });

  it('has no pattern for an E2M1 overflow without saturation, and says why', () => {
    const r = bitReadout(100, 'fp4-e2m1', false);
    expect(r.bits).toBeUndefined();
    expect(outcomeText(r, 'fp4-e2m1')).toContain('neither infinity nor NaN');
  });

  it('keeps NaN as the E4M3 NaN pattern S.1111.111 with no error', () => {
    const r = bitReadout(Number.NaN, 'fp8-e4m3', true);
    expect(r.bits).toEqual({ sign: '0', exponent: '1111', mantissa: '111' });
    expect(r.outcome).toBe('nan');
    expect(r.relativeError).toBeUndefined();
  });

  it('flushes 1e-8 to zero in fp16 (below half the smallest subnormal) with relative error 1', () => {
    const r = bitReadout(1e-8, 'fp16', true);
    expect(r.rounded).toBe(0);
    expect(r.outcome).toBe('underflow');
    expect(r.relativeError).toBe(1);
  });

  it('saturates infinity when asked and keeps it otherwise (fp16)', () => {
    expect(bitReadout(-Infinity, 'fp16', true).rounded).toBe(-65504);
    const kept = bitReadout(Infinity, 'fp16', false);
    expect(kept.outcome).toBe('infinite-input');
    expect(kept.bits).toEqual({ sign: '0', exponent: '11111', mantissa: '0000000000' });
  });
});
