import { describe, expect, it } from 'vitest';
import { packCodes, packedByteLength, unpackCodes } from '../../../src/core/compress/bit-packing';
import { quantize } from '../../../src/core/compress/quantize';
import { randomTensor } from './helpers';

describe('bit packing', () => {
  it('puts two int4 codes in a byte, the first in the low nibble', () => {
    // codes -8..7 are stored as code + 8: -8 -> 0x0, 7 -> 0xf, 0 -> 0x8, -1 -> 0x7
    expect(Array.from(packCodes([-8, 7, 0, -1, 3], 4, -8))).toEqual([0xf0, 0x78, 0x0b]);
  });

  it.each([
    [10, 4, 5],
    [11, 4, 6],
    [10, 8, 10],
    [8, 3, 3],
    [9, 3, 4],
    [5, 12, 8],
    [0, 4, 0],
  ])('stores %d codes of %d bits in %d bytes', (count, bits, bytes) => {
    expect(packedByteLength(count, bits)).toBe(bytes);
    expect(packCodes(new Int32Array(count), bits, -(2 ** (bits - 1))).length).toBe(bytes);
  });

  it.each([2, 3, 4, 5, 7, 8, 11, 16])('round-trips quantized %d-bit codes', (bits) => {
    const r = quantize(randomTensor(1001, `pack-${bits}`), { bits });
    const packed = packCodes(r.codes, bits, r.qmin);
    expect(Array.from(unpackCodes(packed, r.codes.length, bits, r.qmin))).toEqual(Array.from(r.codes));
  });

  it('rejects a code that does not fit', () => {
    expect(() => packCodes([8], 4, -8)).toThrow('code 8 at index 0 does not fit in 4 bits above qmin -8 in packCodes()');
  });
});
