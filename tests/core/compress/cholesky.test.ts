import { describe, expect, it } from 'vitest';
import { choleskyInverse, choleskyLower, choleskyUpper } from '../../../src/core/compress/cholesky';

const a = Float64Array.from([4, 2, 0.4, 2, 5, 1, 0.4, 1, 3]);

function product(x: Float64Array, y: Float64Array, n: number, transposeX = false): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += (transposeX ? x[k * n + i]! : x[i * n + k]!) * y[k * n + j]!;
    out.push(s);
  }
  return out;
}

describe('cholesky', () => {
  it('L L^T = A, U^T U = A, A A^-1 = I', () => {
    const l = choleskyLower(a, 3);
    const lt = Float64Array.from({ length: 9 }, (_, k) => l[(k % 3) * 3 + Math.floor(k / 3)]!);
    product(l, lt, 3).forEach((v, k) => expect(v).toBeCloseTo(a[k]!, 12));
    const u = choleskyUpper(a, 3);
    product(u, u, 3, true).forEach((v, k) => expect(v).toBeCloseTo(a[k]!, 12));
    product(a, choleskyInverse(l, 3), 3).forEach((v, k) => expect(v).toBeCloseTo(k % 4 === 0 ? 1 : 0, 12));
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => choleskyLower(Float64Array.from([1, 2, 2, 1]), 2)).toThrow('matrix is not positive definite');
  });
});
