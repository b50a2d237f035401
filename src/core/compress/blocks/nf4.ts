/**
 * NF4, the 4-bit NormalFloat of QLoRA (Dettmers et al. 2023), as bitsandbytes computes it
 * (bitsandbytes-foundation/bitsandbytes, bitsandbytes/backends/default/ops.py, `quantize_4bit`): per block the absmax,
 * scaled = clamp(x * (1 / absmax), -1, 1), code = argmin |scaled - level| (the lower index on a tie, as torch.argmin
 * returns the first), x^ = level[code] * absmax. An all-zero block (absmax 0, where bitsandbytes would divide by zero)
 * stores the level 0.0 (index 7). Size: 4 bits per value and a float32 absmax per block (4.5 bits at 64).
 */
import { blockAbsMax, blockCount, nearestCodeIndex, type BlockQuantization } from './block-types';
import { quantizeAbsmaxDoubly } from './nf4-double-quant';

/** The 16 NF4 levels, as float32 values, in bitsandbytes' order (bitsandbytes/functional.py, get_4bit_type('nf4')). */
export const NF4_LEVELS: readonly number[] = [
  -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635, -0.18477343022823334,
  -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
  0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
];

const ZERO_LEVEL = 7;

export function quantizeNf4(values: ArrayLike<number>, blockSize: number, doubleQuant: boolean): Omit<BlockQuantization, 'format'> {
  const n = values.length;
  const blocks = blockCount(n, blockSize);
  const codes = new Int16Array(n);
  const absmax = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const start = b * blockSize;
    const end = Math.min(n, start + blockSize);
    const amax = blockAbsMax(values, start, end);
    absmax[b] = amax;
    const inverse = 1 / amax;
    for (let i = start; i < end; i++) {
      codes[i] = amax === 0 ? ZERO_LEVEL : nearestCodeIndex(Math.min(1, Math.max(-1, (values[i] as number) * inverse)), NF4_LEVELS);
    }
  }
  // The 4-bit codes use the exact absmax; with double quantization the dequantizer sees the absmax rebuilt from 8 bits.
  const compressed = doubleQuant ? quantizeAbsmaxDoubly(absmax) : undefined;
  const scales = compressed?.rebuilt ?? absmax;
  const dequantized = new Float32Array(n);
  for (let i = 0; i < n; i++) dequantized[i] = (NF4_LEVELS[codes[i] as number] as number) * (scales[Math.floor(i / blockSize)] as number);
  const scaleBits = compressed === undefined ? 32 * blocks : compressed.storedBits;
  return {
    blockSize,
    codes,
    scales,
    ...(compressed === undefined ? {} : { scaleCodes: compressed.codes, tensorScale: compressed.offset }),
    dequantized,
    bitsPerWeight: n === 0 ? 0 : (4 * n + scaleBits) / n,
  };
}
