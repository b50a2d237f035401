/**
 * The bytes a tensor occupies in each stored form, built for real so they can be gzipped and counted, not just
 * estimated. Layouts (little-endian, no headers; a container format would add a few bytes per tensor):
 * - float32: 4 bytes per value; float16: 2 bytes per value;
 * - quantized: codes bit-packed at `bits` each (int4: two per byte), then one float32 scale per channel, then
 *   for asymmetric tensors one zero point per channel in the code width (1 byte up to 8 bits, else 2). Symmetric
 *   tensors store no zero points: they are 0 by definition;
 * - sparse: the non-zero values as float32, then their flat indices in the narrowest unsigned width that holds
 *   the tensor's size (1, 2 or 4 bytes).
 */
import { packCodes, packedByteLength } from './bit-packing';
import { toFloat16 } from './float16';
import type { QuantizedTensor } from './quantize';

function littleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function float32Le(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  return out;
}

export function float32Bytes(values: ArrayLike<number>): Uint8Array {
  if (values instanceof Float32Array && littleEndian()) return new Uint8Array(values.slice().buffer);
  return float32Le(values);
}

export function float16Bytes(values: ArrayLike<number>): Uint8Array {
  const halves = toFloat16(values);
  const out = new Uint8Array(halves.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < halves.length; i++) view.setUint16(i * 2, halves[i] as number, true);
  return out;
}

function zeroPointWidth(bits: number): number {
  return bits <= 8 ? 1 : 2;
}

export function quantizedByteLength(tensor: QuantizedTensor): number {
  const channels = tensor.scales.length;
  const zeroPoints = tensor.scheme === 'asymmetric' ? channels * zeroPointWidth(tensor.bits) : 0;
  return packedByteLength(tensor.codes.length, tensor.bits) + channels * 4 + zeroPoints;
}

export function quantizedBytes(tensor: QuantizedTensor): Uint8Array {
  const parts = [packCodes(tensor.codes, tensor.bits, tensor.qmin), float32Le(tensor.scales)];
  if (tensor.scheme === 'asymmetric') {
    const width = zeroPointWidth(tensor.bits);
    const zp = new Uint8Array(tensor.zeroPoints.length * width);
    const view = new DataView(zp.buffer);
    tensor.zeroPoints.forEach((z, i) => (width === 1 ? view.setInt8(i, z) : view.setInt16(i * 2, z, true)));
    parts.push(zp);
  }
  return concatBytes(parts);
}

function indexWidth(size: number): 1 | 2 | 4 {
  return size <= 256 ? 1 : size <= 65536 ? 2 : 4;
}

export function sparseByteLength(values: ArrayLike<number>): number {
  let nonZero = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) nonZero++;
  return nonZero * (4 + indexWidth(values.length));
}

export function sparseBytes(values: ArrayLike<number>): Uint8Array {
  const kept: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== 0) {
      kept.push(values[i] as number);
      indices.push(i);
    }
  }
  const width = indexWidth(values.length);
  const idx = new Uint8Array(indices.length * width);
  const view = new DataView(idx.buffer);
  indices.forEach((index, k) => {
    if (width === 1) view.setUint8(k, index);
    else if (width === 2) view.setUint16(k * 2, index, true);
    else view.setUint32(k * 4, index, true);
  });
  return concatBytes([float32Le(kept), idx]);
}

export { concatBytes };
