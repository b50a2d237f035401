/**
 * OCP Microscaling (MX v1.0, section 6.3) block quantization: each block of k values (32 in the spec) shares a
 * scale X = 2^shared_exp stored as E8M0 (exponent bias 127, 0xFF = NaN), with
 * shared_exp = floor(log2(max |V_i|)) - emax_elem, and each element P_i = V_i / X rounded to the element format
 * (round half to even, saturating to its largest finite value). x^ = P_i * X.
 *
 * Edge cases follow Microsoft's reference emulation (microsoft/microxcaling, mx/mx_ops.py `_shared_exponents` and
 * the CUDA `clamp_shared_exp`): an all-zero block takes log2 of float32's smallest normal instead of log2(0), and a
 * shared exponent below -127 is clamped to -127 (E8M0 code 0); a block with a NaN or an infinity, or a shared
 * exponent above 127, gets the NaN scale, and then every element of the block is NaN (spec: "if X is NaN, all P_i
 * are NaN"); its element codes are the element format's NaN (E4M3) or 0 (E2M1, which has none).
 * Size: element bits + 8 / k (MXFP4 at 32: 4.25; MXFP8 at 32: 8.25).
 */
import { FLOAT_FORMATS } from '../float-formats';
import { floatFormatFields } from '../float-format-bits';
import { exponentOf, roundValueToFloatFormat } from '../round-to-float-format';
import { blockAbsMax, blockCount, type BlockQuantization } from './block-types';

const E8M0_BIAS = 127;
const E8M0_NAN = 0xff;
const FLOAT32_MIN_NORMAL_EXPONENT = -126;

/** The shared exponent of a block with largest magnitude `amax`, NaN when the scale is NaN. */
export function mxSharedExponent(amax: number, emaxElement: number): number {
  if (!Number.isFinite(amax)) return Number.NaN;
  const exponent = (amax === 0 ? FLOAT32_MIN_NORMAL_EXPONENT : exponentOf(amax)) - emaxElement;
  if (exponent > E8M0_BIAS) return Number.NaN;
  return Math.max(exponent, -E8M0_BIAS);
}

export function quantizeMx(
  values: ArrayLike<number>,
  element: 'fp4-e2m1' | 'fp8-e4m3',
  blockSize: number,
): Omit<BlockQuantization, 'format'> {
  const spec = FLOAT_FORMATS[element];
  const n = values.length;
  const blocks = blockCount(n, blockSize);
  const codes = new Int16Array(n);
  const dequantized = new Float32Array(n);
  const scales = new Float64Array(blocks);
  const scaleCodes = new Int16Array(blocks);
  const nanCode = spec.hasNaN ? floatFormatFields(Number.NaN, element, false).bits : 0;
  for (let b = 0; b < blocks; b++) {
    const start = b * blockSize;
    const end = Math.min(n, start + blockSize);
    const shared = mxSharedExponent(blockAbsMax(values, start, end), spec.emax);
    if (Number.isNaN(shared)) {
      scales[b] = Number.NaN;
      scaleCodes[b] = E8M0_NAN;
      for (let i = start; i < end; i++) {
        codes[i] = nanCode;
        dequantized[i] = Number.NaN;
      }
      continue;
    }
    const scale = 2 ** shared;
    scales[b] = scale;
    scaleCodes[b] = shared + E8M0_BIAS;
    for (let i = start; i < end; i++) {
      // Division by a power of two is exact, so the element sees V_i / X without a second rounding.
      const p = roundValueToFloatFormat((values[i] as number) / scale, spec, true);
      codes[i] = floatFormatFields(p, element).bits;
      dequantized[i] = p * scale;
    }
  }
  return { blockSize, codes, scales, scaleCodes, dequantized, bitsPerWeight: n === 0 ? 0 : (n * spec.bits + 8 * blocks) / n };
}
