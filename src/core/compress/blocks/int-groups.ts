/**
 * int8 / int4 per-group quantization as GPTQ and AWQ checkpoints store it.
 *
 * 'asymmetric' transcribes the reference quantizer of IST-DASLab/gptq (quant.py, `Quantizer.find_params` and
 * `quantize`): xmin = min(min x, 0), xmax = max(max x, 0), an all-zero group uses [-1, 1]; scale = (xmax - xmin) / maxq
 * with maxq = 2^b - 1, zero = round(-xmin / scale), q = clamp(round(x / scale) + zero, 0, maxq), x^ = scale (q - zero).
 * round is torch.round: half to even. 'symmetric' is absmax / qmax with qmax = 2^(b-1) - 1 and zero point 0 (an
 * all-zero group uses absmax 1, as GPTQ's fallback does), q = clamp(round(x / scale), -qmax, qmax).
 *
 * Size: b bits per code, a 32-bit scale per group, and a b-bit zero point per group when asymmetric (zero is in
 * [0, maxq]). Scales are computed in float64 and counted as float32.
 */
import type { QuantizationScheme } from '../quantization-params';
import { roundHalfToEven } from '../round-to-float-format';
import { blockCount, type BlockQuantization } from './block-types';

export function quantizeIntGroups(
  values: ArrayLike<number>,
  bits: 4 | 8,
  blockSize: number,
  scheme: QuantizationScheme,
): Omit<BlockQuantization, 'format'> {
  const n = values.length;
  const blocks = blockCount(n, blockSize);
  const codes = new Int16Array(n);
  const dequantized = new Float32Array(n);
  const scales = new Float64Array(blocks);
  const zeroPoints = new Int16Array(blocks);
  const asymmetric = scheme === 'asymmetric';
  const qmax = asymmetric ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
  const qmin = asymmetric ? 0 : -qmax;
  for (let b = 0; b < blocks; b++) {
    const start = b * blockSize;
    const end = Math.min(n, start + blockSize);
    let xmin = 0;
    let xmax = 0;
    for (let i = start; i < end; i++) {
      xmin = Math.min(xmin, values[i] as number);
      xmax = Math.max(xmax, values[i] as number);
    }
    let scale: number;
    let zero = 0;
    if (asymmetric) {
      if (xmin === 0 && xmax === 0) {
        xmin = -1;
        xmax = 1;
      }
      scale = (xmax - xmin) / qmax;
      zero = roundHalfToEven(-xmin / scale);
    } else {
      const absmax = Math.max(-xmin, xmax);
      scale = (absmax === 0 ? 1 : absmax) / qmax;
    }
    scales[b] = scale;
    zeroPoints[b] = zero;
    for (let i = start; i < end; i++) {
      const q = Math.min(qmax, Math.max(qmin, roundHalfToEven((values[i] as number) / scale) + zero));
      codes[i] = q;
      dequantized[i] = scale * (q - zero);
    }
  }
  const storedBits = n * bits + blocks * (32 + (asymmetric ? bits : 0));
  return { blockSize, codes, scales, zeroPoints, dequantized, bitsPerWeight: n === 0 ? 0 : storedBits / n };
}
