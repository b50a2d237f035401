/**
 * The vectors scripts/reference/make_format_vectors.py writes (float64 transcriptions of the OCP specifications,
 * GPTQ, bitsandbytes, microxcaling and TensorRT Model Optimizer), and the float32 ulp comparison the tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { QuantizeBlocksOptions } from '../../../src/core/compress/blocks/block-types';
import type { FloatFormatName } from '../../../src/core/compress/float-formats';

type Raw = number | string;

export interface RoundCase {
  input: number[];
  saturate: number[];
  nonSaturating: number[];
}

export interface BlockCase {
  input: number[];
  options: QuantizeBlocksOptions;
  expected: {
    codes: number[];
    scales: number[];
    zeroPoints?: number[];
    scaleCodes?: number[];
    tensorScale?: number;
    dequantized: number[];
    bitsPerWeight: number;
  };
}

export interface SemiStructuredCase {
  input: number[];
  shape: [number, number];
  n: number;
  m: number;
  mask: number[];
  bitsPerWeight: number;
}

export interface GptqCase {
  kernel: number[];
  shape: [number, number];
  calibration: number[];
  options: { bits: number; groupSize?: number; blockSize?: number };
  expected: { dequantized: number[]; codes: number[]; scales: number[]; zeroPoints: number[]; loss: number; bitsPerWeight: number };
}

/** One layer and its calibration inputs; `expected` holds the method's outputs under their TypeScript names. */
export interface MethodCase {
  kernel: number[];
  shape: [number, number];
  calibration: number[];
  options: Record<string, number>;
  expected: Record<string, number | number[]>;
}

function revive(value: unknown): unknown {
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, Raw>).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

const raw: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, 'vectors', 'format-vectors.json'), 'utf8'));

export const formatVectors = revive(raw) as {
  generator: string;
  round: Record<FloatFormatName, RoundCase>;
  blocks: Record<string, BlockCase>;
  semiStructured: Record<string, SemiStructuredCase>;
  gptq: Record<string, GptqCase>;
  methods: Record<string, MethodCase>;
};

/** The spacing of float32 numbers at |x| (the subnormal spacing near zero). */
export function float32Ulp(x: number): number {
  const a = Math.abs(x);
  if (a < 2 ** -126) return 2 ** -149;
  return 2 ** (Math.floor(Math.log2(a)) - 23) * (2 ** Math.floor(Math.log2(a)) > a ? 0.5 : 1);
}

/** Throws at the first index where actual and expected differ by more than `ulps` float32 ulps (NaN must match NaN). */
export function expectWithinUlps(actual: ArrayLike<number>, expected: ArrayLike<number>, ulps: number, label: string): void {
  if (actual.length !== expected.length) throw new Error(`${label}: length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (Number.isNaN(e) ? Number.isNaN(a) : a === e || Math.abs(a - e) <= ulps * float32Ulp(e)) continue;
    throw new Error(`${label}[${i}]: got ${a}, expected ${e} (more than ${ulps} float32 ulp apart)`);
  }
}

/** Exact equality, NaN equal to NaN, and -0 distinct from 0. */
export function expectSameValues(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string): void {
  if (actual.length !== expected.length) throw new Error(`${label}: length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) throw new Error(`${label}[${i}]: got ${actual[i]}, expected ${expected[i]}`);
  }
}
