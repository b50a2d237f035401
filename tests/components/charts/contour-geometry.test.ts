import { describe, expect, it } from 'vitest';
import { evaluateGrid, getTestFunction } from '../../../src/core/index';
import { contourPaths, logLevels } from '../../../components/charts/contour-geometry';

describe('contour geometry', () => {
  it('spaces levels geometrically above the minimum', () => {
    const levels = logLevels([0, 1000], 4);
    expect(levels).toHaveLength(4);
    const gaps = levels.map((l) => Math.log10(l));
    expect(gaps[1]! - gaps[0]!).toBeCloseTo(gaps[3]! - gaps[2]!);
    expect(levels[3]).toBeCloseTo(900);
  });

  it('returns no levels for a flat or non-finite field', () => {
    expect(logLevels([2, 2, Number.NaN], 8)).toEqual([]);
  });

  it('draws closed paths for the Rosenbrock grid, never ten times slower than the 50 ms goal', () => {
    const fn = getTestFunction('rosenbrock');
    const grid = { ...fn.view, nx: 64, ny: 64 };
    const draw = () => {
      const values = evaluateGrid(fn, grid);
      return contourPaths(values, grid, logLevels(values, 16), (x, y) => [x, y]);
    };
    // Best of five, so a busy test machine does not decide; the first call also warms up the JIT.
    let ms = Infinity;
    let paths = draw();
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      paths = draw();
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.every((p) => p.d.startsWith('M') && p.d.endsWith('Z') && !p.d.includes('NaN'))).toBe(true);
    // The 50 ms goal itself is measured by the bench; a test on a shared 2-core machine only catches a real regression.
    expect(ms).toBeLessThan(500);
  });
});
