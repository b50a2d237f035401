/**
 * Packs b-bit integer codes densely into bytes, least-significant bits first, so int4 codes take exactly half a
 * byte each (two per byte: the first code in the low nibble) and int3 codes take 3/8 of a byte. Codes are stored
 * as unsigned offsets from `qmin`, so signed and unsigned grids pack the same way.
 */
import { checkInteger } from './validate';

export function packedByteLength(count: number, bits: number): number {
  return Math.ceil((count * bits) / 8);
}

export function packCodes(codes: ArrayLike<number>, bits: number, qmin: number): Uint8Array {
  checkInteger(bits, 'bits', 1, 16, 'packCodes()');
  const out = new Uint8Array(packedByteLength(codes.length, bits));
  const limit = 2 ** bits;
  if (bits === 8 || bits === 4) {
    // Fast paths for the two common widths.
    const perByte = 8 / bits;
    for (let i = 0; i < codes.length; i++) {
      const u = (codes[i] as number) - qmin;
      if (u < 0 || u >= limit) throw new Error(`code ${codes[i]} at index ${i} does not fit in ${bits} bits above qmin ${qmin} in packCodes()`);
      const byte = Math.floor(i / perByte);
      out[byte] = (out[byte] as number) | (u << ((i % perByte) * bits));
    }
    return out;
  }
  let bitPos = 0;
  for (let i = 0; i < codes.length; i++) {
    const u = (codes[i] as number) - qmin;
    if (u < 0 || u >= limit) throw new Error(`code ${codes[i]} at index ${i} does not fit in ${bits} bits above qmin ${qmin} in packCodes()`);
    for (let b = 0; b < bits; b++, bitPos++) {
      if ((u >>> b) & 1) {
        const byte = bitPos >>> 3;
        out[byte] = (out[byte] as number) | (1 << (bitPos & 7));
      }
    }
  }
  return out;
}

export function unpackCodes(packed: Uint8Array, count: number, bits: number, qmin: number): Int32Array {
  checkInteger(bits, 'bits', 1, 16, 'unpackCodes()');
  if (packed.length < packedByteLength(count, bits)) {
    throw new Error(`packed holds ${packed.length} bytes but ${count} codes of ${bits} bits need ${packedByteLength(count, bits)} in unpackCodes()`);
  }
  const out = new Int32Array(count);
  let bitPos = 0;
  for (let i = 0; i < count; i++) {
    let u = 0;
    for (let b = 0; b < bits; b++, bitPos++) {
      u |= (((packed[bitPos >>> 3] as number) >>> (bitPos & 7)) & 1) << b;
    }
    out[i] = u + qmin;
  }
  return out;
}
