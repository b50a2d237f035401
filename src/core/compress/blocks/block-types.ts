/** The shapes shared by the block quantizers (quantizeBlocks and the one module per format behind it). */
import type { QuantizationScheme } from '../quantization-params';

export type BlockFormat = 'int8' | 'int4' | 'nf4' | 'mxfp4' | 'mxfp8-e4m3' | 'nvfp4';

export const BLOCK_FORMATS: readonly BlockFormat[] = ['int8', 'int4', 'nf4', 'mxfp4', 'mxfp8-e4m3', 'nvfp4'];

export interface QuantizeBlocksOptions {
  format: BlockFormat;
  /** Values per block (group), over the flattened values; the last block may be shorter. Defaults: int 128, nf4 64, MX 32, nvfp4 16. */
  blockSize?: number;
  /** int8/int4 only: 'asymmetric' (GPTQ's quantizer, the default) or 'symmetric' (absmax / qmax, zero point 0). */
  scheme?: QuantizationScheme;
  /** nf4 only: quantize the absmax scales as QLoRA does (bitsandbytes `compress_statistics`). */
  doubleQuant?: boolean;
}

export interface BlockQuantization {
  format: BlockFormat;
  blockSize: number;
  /**
   * One code per value: int asymmetric 0..2^b-1, int symmetric -(2^(b-1)-1)..2^(b-1)-1, nf4 the codebook index 0..15,
   * MX and nvfp4 the element's bit pattern (E2M1 0..15, E4M3 0..255).
   */
  codes: Int16Array;
  /** Per block, what its codes are multiplied by (nf4 with doubleQuant: the absmax as rebuilt from 8 bits; nvfp4: the E4M3 block scale, before tensorScale). */
  scales: Float64Array;
  /** int formats: the per-group zero point (all 0 for 'symmetric', which stores none). */
  zeroPoints?: Int16Array;
  /** The stored form of each scale when it is not a float32: E8M0 byte (MX), E4M3 byte (nvfp4), 8-bit index (nf4 doubleQuant). */
  scaleCodes?: Int16Array;
  /** nvfp4: the fp32 per-tensor scale; nf4 doubleQuant: the absmax mean added back to every rebuilt scale. */
  tensorScale?: number;
  dequantized: Float32Array;
  /** Every stored bit (codes, scales, zero points, second-level scales, tensor scale) over the number of values. */
  bitsPerWeight: number;
}

export function blockCount(length: number, blockSize: number): number {
  return Math.ceil(length / blockSize);
}

/** The largest magnitude in values[start, end); NaN if any is NaN. */
export function blockAbsMax(values: ArrayLike<number>, start: number, end: number): number {
  let amax = 0;
  for (let i = start; i < end; i++) {
    const a = Math.abs(values[i] as number);
    if (Number.isNaN(a)) return Number.NaN;
    if (a > amax) amax = a;
  }
  return amax;
}

/** Index of the entry of `code` nearest to `x`, the first one on a tie (torch.argmin over |x - code|). */
export function nearestCodeIndex(x: number, code: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let k = 0; k < code.length; k++) {
    const d = Math.abs(x - (code[k] as number));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
