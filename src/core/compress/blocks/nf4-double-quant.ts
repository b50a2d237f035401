/**
 * QLoRA's double quantization of the NF4 absmax scales, as bitsandbytes does it (bitsandbytes/functional.py,
 * `quantize_4bit` with compress_statistics=True, and backends/default/ops.py `quantize_blockwise`): subtract the mean
 * of the absmax values, quantize the rest blockwise (blocks of 256) to the 8-bit dynamic map of
 * `create_dynamic_map(signed=True)`, with a float32 absmax per block of 256. Rebuilt scale = map[code] * absmax2 + mean.
 * Stored: 8 bits per scale, 32 per 256 scales, 32 for the mean. A block of 256 whose centred scales are all 0 stores
 * the map's 0 (bitsandbytes would divide by zero).
 */
import { nearestCodeIndex } from './block-types';

const SECOND_BLOCK = 256;

let dynamicMap: number[] | undefined;

/**
 * bitsandbytes' `create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8)`: for i = 0..6, the 2^i midpoints
 * of linspace(0.1, 1, 2^i + 1) times 10^(i - 6), with both signs, plus 0 and 1, sorted. Built in float64 and stored
 * as float32, as the torch tensor holds it.
 */
export function bitsandbytesDynamicMap(): readonly number[] {
  if (dynamicMap !== undefined) return dynamicMap;
  const data: number[] = [];
  for (let i = 0; i < 7; i++) {
    const items = 2 ** i + 1;
    const step = 0.9 / (items - 1);
    for (let j = 0; j < items - 1; j++) {
      const mean = (0.1 + j * step + (0.1 + (j + 1) * step)) / 2;
      data.push(10 ** (i - 6) * mean, -(10 ** (i - 6)) * mean);
    }
  }
  data.push(0, 1);
  dynamicMap = data.map((v) => Math.fround(v)).sort((a, b) => a - b);
  return dynamicMap;
}

export interface DoublyQuantizedAbsmax {
  codes: Int16Array;
  rebuilt: Float64Array;
  offset: number;
  storedBits: number;
}

export function quantizeAbsmaxDoubly(absmax: Float64Array): DoublyQuantizedAbsmax {
  const map = bitsandbytesDynamicMap();
  const zeroIndex = map.indexOf(0);
  const n = absmax.length;
  let sum = 0;
  for (const a of absmax) sum += a;
  const offset = n === 0 ? 0 : sum / n;
  const codes = new Int16Array(n);
  const rebuilt = new Float64Array(n);
  const blocks = Math.ceil(n / SECOND_BLOCK);
  for (let b = 0; b < blocks; b++) {
    const start = b * SECOND_BLOCK;
    const end = Math.min(n, start + SECOND_BLOCK);
    let amax2 = 0;
    for (let i = start; i < end; i++) amax2 = Math.max(amax2, Math.abs((absmax[i] as number) - offset));
    const inverse = 1 / amax2;
    for (let i = start; i < end; i++) {
      const scaled = Math.min(1, Math.max(-1, ((absmax[i] as number) - offset) * inverse));
      const k = amax2 === 0 ? zeroIndex : nearestCodeIndex(scaled, map);
      codes[i] = k;
      rebuilt[i] = (map[k] as number) * amax2 + offset;
    }
  }
  return { codes, rebuilt, offset, storedBits: 8 * n + 32 * blocks + 32 };
}
