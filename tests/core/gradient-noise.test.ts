import { describe, expect, it } from 'vitest';
import { withGradientNoise } from '../../src/core/gradient-noise';
import { optimizePlain } from '../../src/core/optimize-plain';
import { getPlainTestFunction, plainProblem } from '../../src/core/plain-functions';

const bowl = plainProblem(getPlainTestFunction('quadratic'));
const at = Float64Array.of(1, -2);

describe('withGradientNoise', () => {
  it('sigma 0 returns the problem itself', () => {
    expect(withGradientNoise(bowl, { sigma: 0, seed: 1 })).toBe(bowl);
  });

  it('keeps f exact and moves the gradient', () => {
    const noisy = withGradientNoise(bowl, { sigma: 0.5, seed: 1 });
    expect(noisy.f(at)).toBe(bowl.f(at));
    const g = noisy.grad(at);
    expect(Array.from(g)).not.toEqual(Array.from(bowl.grad(at)));
  });

  it('the same seed draws the same noise, another seed other noise', () => {
    const draw = (seed: number | string) => {
      const p = withGradientNoise(bowl, { sigma: 1, seed });
      return [0, 1, 2].flatMap(() => Array.from(p.grad(at)));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw('7')).not.toEqual(draw(7));
  });

  it('the noise has mean 0 and standard deviation sigma', () => {
    const sigma = 0.3;
    const p = withGradientNoise(bowl, { sigma, seed: 'stats' });
    const clean = bowl.grad(at);
    const d: number[] = [];
    for (let k = 0; k < 20000; k++) {
      const g = p.grad(at);
      d.push(g[0]! - clean[0]!, g[1]! - clean[1]!);
    }
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeCloseTo(sigma, 2);
  });

  it('a noisy run is reproducible and differs from the clean run', () => {
    const run = (sigma: number) => optimizePlain({ optimizer: { name: 'sgd', lr: 0.05 }, problem: withGradientNoise(bowl, { sigma, seed: 3 }), x0: [1, -2], steps: 50 });
    expect(run(0.5).params).toEqual(run(0.5).params);
    expect(run(0.5).params.at(-1)).not.toEqual(run(0).params.at(-1));
  });

  it("Newton's Hessian comes from the clean gradient", () => {
    const noisy = withGradientNoise(bowl, { sigma: 5, seed: 1 });
    const h = Array.from(noisy.hessian!(at));
    [1, 0, 0, 10].forEach((v, i) => expect(h[i]).toBeCloseTo(v, 5));
  });

  it.each([-1, Number.NaN, Infinity])('rejects sigma %d with a message naming the field', (sigma) => {
    expect(() => withGradientNoise(bowl, { sigma })).toThrow(/sigma must be a finite number >= 0/);
  });
});
