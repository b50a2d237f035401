/**
 * The bench's classification data: `n` points in 2-D, two interleaved spirals, labels 0/1 as one-hot rows.
 * Deterministic (mulberry32 from a fixed seed), so Node and Chromium train on the same points.
 */
import { mulberry32 } from '../../src/core/random';

export interface MlpData {
  n: number;
  /** n x 2, row-major. */
  x: Float32Array;
  /** n x 2 one-hot, row-major. */
  y: Float32Array;
}


export function spirals(n = 1000, seed = 16): MlpData {
  const rand = mulberry32(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const r = (i / n) * 5;
    const angle = 1.75 * r + label * Math.PI + (rand() - 0.5) * 0.4;
    x[2 * i] = (r * Math.cos(angle)) / 5;
    x[2 * i + 1] = (r * Math.sin(angle)) / 5;
    y[2 * i + label] = 1;
  }
  return { n, x, y };
}

/** Glorot-uniform initial weights for layer sizes (W as in x out row-major, then b), one flat array, seeded. */
export function initialParams(sizes: readonly number[], seed = 7): Float32Array {
  const rand = mulberry32(seed);
  let total = 0;
  for (let l = 0; l + 1 < sizes.length; l++) total += sizes[l]! * sizes[l + 1]! + sizes[l + 1]!;
  const p = new Float32Array(total);
  let o = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let k = 0; k < fanIn * fanOut; k++) p[o++] = (rand() * 2 - 1) * limit;
    o += fanOut; // biases start at 0
  }
  return p;
}
