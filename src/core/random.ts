/**
 * Seeded pseudo-random numbers for reproducible data and weight initialisation.
 * mulberry32 (public domain, Tommy Ettinger) seeded through a 32-bit FNV-1a hash of the seed string, so a seed
 * can live in a URL as text ("moons-1") or a number.
 */
export type Seed = string | number;

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

export function hashSeed(seed: Seed): number {
  const text = typeof seed === 'number' ? `n:${seed}` : seed;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 on a raw 32-bit state: uniform numbers in [0, 1), the same sequence in every browser and in Node. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: Seed): Rng {
  const next = mulberry32(hashSeed(seed));
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
  };
}

/** Fisher-Yates permutation of 0..n-1. */
export function permutation(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
