/**
 * The low-precision floating-point formats the core rounds to, with the parameters a reader (and the number-format
 * explorer) needs. Sources: IEEE 754 binary16; bfloat16 (float32's top 16 bits); OCP 8-bit Floating Point
 * Specification (OFP8) rev. 1.0 for E4M3 and E5M2; OCP Microscaling (MX) Formats Specification v1.0 for E2M1.
 * Plain literal values only: this table is reachable from plain.ts and must not add module-level work.
 */

export type FloatFormatName = 'fp16' | 'bf16' | 'fp8-e4m3' | 'fp8-e5m2' | 'fp4-e2m1';

export const FLOAT_FORMAT_NAMES: readonly FloatFormatName[] = ['fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2', 'fp4-e2m1'];

export interface FloatFormatSpec {
  name: FloatFormatName;
  /** Total bits, sign included. */
  bits: number;
  exponentBits: number;
  mantissaBits: number;
  bias: number;
  /** Exponent of the largest normal value (what the OCP MX spec calls emax_elem). */
  emax: number;
  /** Largest finite value. */
  max: number;
  /** Smallest positive normal value, 2^(1 - bias). */
  minNormal: number;
  /** Smallest positive subnormal value, 2^(1 - bias - mantissaBits). */
  minSubnormal: number;
  hasInfinity: boolean;
  hasNaN: boolean;
}

export const FLOAT_FORMATS: Readonly<Record<FloatFormatName, FloatFormatSpec>> = {
  fp16: {
    name: 'fp16', bits: 16, exponentBits: 5, mantissaBits: 10, bias: 15, emax: 15,
    max: 65504, minNormal: 2 ** -14, minSubnormal: 2 ** -24, hasInfinity: true, hasNaN: true,
  },
  bf16: {
    name: 'bf16', bits: 16, exponentBits: 8, mantissaBits: 7, bias: 127, emax: 127,
    // (2 - 2^-7) * 2^127
    max: 3.3895313892515355e38, minNormal: 2 ** -126, minSubnormal: 2 ** -133, hasInfinity: true, hasNaN: true,
  },
  // E4M3 gives up infinities and all but one NaN pattern (S.1111.111) to reach 448 = 1.75 * 2^8 instead of 240.
  'fp8-e4m3': {
    name: 'fp8-e4m3', bits: 8, exponentBits: 4, mantissaBits: 3, bias: 7, emax: 8,
    max: 448, minNormal: 2 ** -6, minSubnormal: 2 ** -9, hasInfinity: false, hasNaN: true,
  },
  'fp8-e5m2': {
    name: 'fp8-e5m2', bits: 8, exponentBits: 5, mantissaBits: 2, bias: 15, emax: 15,
    max: 57344, minNormal: 2 ** -14, minSubnormal: 2 ** -16, hasInfinity: true, hasNaN: true,
  },
  // Every E2M1 bit pattern is a number: 0, 0.5, 1, 1.5, 2, 3, 4, 6 and their negatives.
  'fp4-e2m1': {
    name: 'fp4-e2m1', bits: 4, exponentBits: 2, mantissaBits: 1, bias: 1, emax: 2,
    max: 6, minNormal: 1, minSubnormal: 0.5, hasInfinity: false, hasNaN: false,
  },
};
