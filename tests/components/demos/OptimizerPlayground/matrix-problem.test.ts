import { describe, expect, it } from 'vitest';
import { MATRIX_B, matrixConfig, matrixProblem, runMatrixComparison, singularValues2x2 } from '../../../../components/demos/OptimizerPlayground/matrix-problem';
import { optimizePlain } from '../../../../src/core/plain';

const DEFAULT_LRS = { momentum: 0.1, adam: 0.05, muon: 0.1 };

describe('the matrix problem of the Muon panel', () => {
  it('has the gradient of its loss (central differences) and f(0) = ||B||^2 / 2', () => {
    const x = Float64Array.from([0.3, -0.7, 1.1, 0.2]);
    const g = matrixProblem.grad(x);
    for (let k = 0; k < 4; k++) {
      const h = 1e-6;
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[k]! += h;
      down[k]! -= h;
      expect(g[k]!).toBeCloseTo((matrixProblem.f(up) - matrixProblem.f(down)) / (2 * h), 8);
    }
    expect(matrixProblem.f(new Float64Array(4))).toBeCloseTo(MATRIX_B.flat().reduce((s, v) => s + v * v, 0) / 2, 14);
  });

  it('computes 2x2 singular values in closed form', () => {
    expect(singularValues2x2([[3, 0], [0, -2]])).toEqual([3, 2]);
    const [c, s] = [Math.cos(0.4), Math.sin(0.4)];
    // R diag(5, 0.5): rotating does not change the singular values.
    const [s1, s2] = singularValues2x2([[5 * c, -0.5 * s], [5 * s, 0.5 * c]]);
    expect(s1).toBeCloseTo(5, 12);
    expect(s2).toBeCloseTo(0.5, 12);
    expect(singularValues2x2([[1, 2], [2, 4]])[1]).toBeCloseTo(0, 7);
  });

  it("shows Muon's orthogonalized first step: equal singular values for Muon, the gradient's spread for SGD, a rank-one sign step for Adam", () => {
    const runs = Object.fromEntries(runMatrixComparison(100, DEFAULT_LRS).map((r) => [r.id, r]));
    const ratio = (id: string) => runs[id]!.firstUpdate![1] / runs[id]!.firstUpdate![0];
    expect(ratio('muon')).toBeGreaterThan(0.85);
    expect(ratio('momentum')).toBeLessThan(0.3);
    expect(ratio('adam')).toBeCloseTo(0, 7);
    // Adam's first step is lr * sign(g) entrywise: a matrix of +-lr has spectral norm 2 lr when it has rank one.
    expect(runs['adam']!.firstUpdate![0]).toBeCloseTo(2 * DEFAULT_LRS.adam, 6);
    for (const r of Object.values(runs)) {
      expect(r.losses).toHaveLength(101);
      expect(r.diverged).toBeUndefined();
      expect(r.losses[100]!).toBeLessThan(r.losses[0]! / 20);
    }
  });

  it('runs Muon only because the start is a matrix, and reports a diverging run', () => {
    expect(() => optimizePlain({ optimizer: matrixConfig('muon', 0.1), problem: { ...matrixProblem, shape: undefined }, x0: [0, 0, 0, 0], steps: 1 })).toThrow(/Muon only supports 2D parameters/);
    const runs = runMatrixComparison(300, { momentum: 50, adam: 0.05, muon: 0.1 });
    expect(runs[0]!.diverged).toMatch(/^diverged at step \d+/);
    expect(runs[0]!.losses.every(Number.isFinite)).toBe(true);
  });
});
