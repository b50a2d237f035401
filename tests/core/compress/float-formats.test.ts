import { describe, expect, it } from 'vitest';
import { floatFormatValue } from '../../../src/core/compress/float-format-bits';
import { FLOAT_FORMATS, FLOAT_FORMAT_NAMES } from '../../../src/core/compress/float-formats';

describe('FLOAT_FORMATS', () => {
  it.each(FLOAT_FORMAT_NAMES)('%s: the table agrees with its bit layout', (name) => {
    const f = FLOAT_FORMATS[name];
    expect(f.name).toBe(name);
    expect(1 + f.exponentBits + f.mantissaBits).toBe(f.bits);
    expect(f.bias).toBe(2 ** (f.exponentBits - 1) - 1);
    expect(f.minNormal).toBe(2 ** (1 - f.bias));
    expect(f.minSubnormal).toBe(floatFormatValue(1, name));
    // The largest finite value sits just below the first Inf/NaN pattern (or at the top for E2M1).
    let top = 2 ** (f.bits - 1) - 1;
    while (!Number.isFinite(floatFormatValue(top, name))) top -= 1;
    expect(floatFormatValue(top, name)).toBe(f.max);
    expect(Math.floor(Math.log2(f.max))).toBe(f.emax);
  });

  it('matches the OCP numbers: E4M3 448, E5M2 57344, E2M1 6', () => {
    expect([FLOAT_FORMATS['fp8-e4m3'].max, FLOAT_FORMATS['fp8-e5m2'].max, FLOAT_FORMATS['fp4-e2m1'].max]).toEqual([448, 57344, 6]);
    expect(FLOAT_FORMATS['fp8-e4m3'].hasInfinity || FLOAT_FORMATS['fp4-e2m1'].hasNaN).toBe(false);
  });
});
