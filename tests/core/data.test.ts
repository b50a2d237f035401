import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, makeDataset } from '../../src/core/data';
import { createRng, permutation } from '../../src/core/random';

describe('seeded toy data', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng('seed-1');
    const b = createRng('seed-1');
    const c = createRng('seed-2');
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
  });

  it('permutes 0..n-1', () => {
    expect(Array.from(permutation(50, createRng(1))).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it.each(DATASET_NAMES)('%s is deterministic, split 75/25 by default, and finite', (name) => {
    const a = makeDataset(name, { seed: 'x', n: 200 });
    const b = makeDataset(name, { seed: 'x', n: 200 });
    expect(a).toEqual(b);
    expect(a.train.n + a.validation.n).toBe(200);
    expect(a.validation.n).toBe(50);
    expect(a.train.x.every(Number.isFinite) && a.train.y.every(Number.isFinite)).toBe(true);
    expect(makeDataset(name, { seed: 'y', n: 200 }).train.x).not.toEqual(a.train.x);
  });

  it.each(['spiral', 'moons', 'circles', 'xor'] as const)('%s has balanced-ish binary labels', (name) => {
    const { train } = makeDataset(name, { n: 400 });
    const ones = train.y.reduce((s, v) => s + v, 0);
    expect(ones / train.n).toBeGreaterThan(0.35);
    expect(ones / train.n).toBeLessThan(0.65);
  });

  it('makes three-class blobs with multiclass labels', () => {
    const { train } = makeDataset('blobs');
    expect(train.task).toBe('multiclass');
    expect(new Set(train.y).size).toBe(3);
  });

  it.each([
    [{ n: 2 }, 'n must be an integer >= 4 (got 2) for dataset "moons"'],
    [{ noise: -1 }, 'noise must be a finite number >= 0 (got -1) for dataset "moons"'],
    [{ validationFraction: 1 }, 'validationFraction must be in (0, 1) (got 1) for dataset "moons"'],
  ])('rejects %o with "%s"', (options, message) => {
    expect(() => makeDataset('moons', options)).toThrow(message);
  });
});
