import { describe, expect, it } from 'vitest';
import {
  compress,
  defaultCompressor,
  measureSize,
  nodeZlibCompressor,
  type Compressor,
} from '../../../src/core/compress/compressed-size';
import { quantize } from '../../../src/core/compress/quantize';
import {
  float16Bytes,
  float32Bytes,
  quantizedByteLength,
  quantizedBytes,
  sparseByteLength,
  sparseBytes,
} from '../../../src/core/compress/tensor-bytes';
import { gunzipSync, inflateSync } from 'node:zlib';
import { randomTensor } from './helpers';

describe('stored sizes', () => {
  const x = randomTensor(1000, 'bytes');

  it('takes 4 bytes per float32 value and 2 per float16 value', () => {
    expect(float32Bytes(x).length).toBe(4000);
    expect(float16Bytes(x).length).toBe(2000);
  });

  it.each([
    // codes + scales + zero points
    [8, 'asymmetric', 'per-tensor', 1000 + 4 + 1],
    [8, 'symmetric', 'per-tensor', 1000 + 4],
    [4, 'symmetric', 'per-tensor', 500 + 4],
    [4, 'asymmetric', 'per-channel', 500 + 10 * 4 + 10],
    [3, 'symmetric', 'per-channel', 375 + 10 * 4],
    [12, 'asymmetric', 'per-tensor', 1500 + 4 + 2],
  ] as const)('counts %d-bit %s %s codes, scales and zero points: %d bytes', (bits, scheme, granularity, bytes) => {
    const r = quantize(x, { bits, scheme, granularity, shape: [100, 10], axis: 1 });
    expect(quantizedByteLength(r)).toBe(bytes);
    expect(quantizedBytes(r).length).toBe(bytes);
  });

  it('stores a sparse tensor as float32 values plus the narrowest indices', () => {
    const small = new Float32Array(200);
    small[3] = 1;
    small[150] = -2;
    expect(sparseByteLength(small)).toBe(2 * (4 + 1));
    expect(Array.from(sparseBytes(small).subarray(8))).toEqual([3, 150]);
    const big = new Float32Array(70000);
    big[69999] = 1;
    expect(sparseBytes(big).length).toBe(4 + 4);
    expect(sparseByteLength(new Float32Array(1000).fill(1))).toBe(1000 * 6);
  });

  it('writes float32 little-endian', () => {
    expect(Array.from(float32Bytes([1]))).toEqual([0, 0, 0x80, 0x3f]);
  });
});

describe('compressed sizes', () => {
  const zeros = new Uint8Array(10000);

  it('uses CompressionStream when the environment has it, and the output is real gzip', async () => {
    expect(typeof globalThis.CompressionStream).toBe('function');
    const gz = await compress(zeros);
    expect(gunzipSync(gz).length).toBe(10000);
    expect(gz.length).toBeLessThan(100);
  });

  it('gives deflate (zlib-wrapped) output when asked', async () => {
    const out = await compress(zeros, { format: 'deflate' });
    expect(inflateSync(out).length).toBe(10000);
  });

  it('falls back to node:zlib, which agrees with CompressionStream within a few bytes', async () => {
    const data = float32Bytes(randomTensor(5000, 'gzip'));
    const a = await defaultCompressor('gzip')(data);
    const b = await nodeZlibCompressor('gzip')(data);
    expect(gunzipSync(b)).toEqual(Buffer.from(data));
    expect(Math.abs(a.length - b.length)).toBeLessThan(32);
  });

  it('accepts an injected compressor', async () => {
    const halve: Compressor = async (bytes) => bytes.subarray(0, bytes.length / 2);
    expect(await measureSize(new Uint8Array(100), { compressor: halve })).toEqual({ raw: 100, compressed: 50 });
  });

  it('rejects an unknown format', async () => {
    await expect(compress(zeros, { format: 'brotli' as 'gzip' })).rejects.toThrow(
      'format must be "gzip" or "deflate" (got "brotli") in compress()',
    );
  });
});
