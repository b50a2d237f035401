/**
 * `withGradientNoise(problem, { sigma, seed })`: the same problem with Gaussian noise N(0, sigma^2) added to every
 * coordinate of every gradient it returns, drawn from a seeded generator (random.ts), so a noisy run is
 * reproducible: the same seed gives the same path. This stands in for minibatch noise on the 2-D functions.
 * The loss f stays exact (the demos report the true loss), and Newton's Hessian is taken from the clean gradient:
 * central differences of a noisy gradient would be noise divided by a tiny step.
 */
import { finiteDifferenceHessian } from './optimizers/hessian';
import type { PlainProblem } from './optimizers/plain-optimizer';
import { createRng, type Seed } from './random';

export interface GradientNoiseOptions {
  /** Standard deviation of the noise added to each gradient coordinate; 0 leaves the problem as it is. */
  sigma: number;
  /** Seed of the noise (a number or text, e.g. from a URL). Default 0. */
  seed?: Seed;
}

/** A fresh noisy view of `problem`: every call starts its own generator, so two runs with one seed draw the same noise. */
export function withGradientNoise(problem: PlainProblem, options: GradientNoiseOptions): PlainProblem {
  const { sigma, seed = 0 } = options;
  if (!Number.isFinite(sigma) || sigma < 0) throw new Error(`sigma must be a finite number >= 0 (got ${sigma}) in withGradientNoise; use 0 for no noise`);
  if (typeof seed === 'number' && !Number.isFinite(seed)) throw new Error(`seed must be a finite number or a string (got ${seed}) in withGradientNoise`);
  if (sigma === 0) return problem;
  const rng = createRng(seed);
  const cleanGrad = (x: Float64Array): Float64Array => problem.grad(x);
  return {
    f: (x) => problem.f(x),
    grad: (x) => {
      const g = Float64Array.from(problem.grad(x));
      for (let i = 0; i < g.length; i++) g[i] = g[i]! + sigma * rng.normal();
      return g;
    },
    hessian: (x) => (problem.hessian !== undefined ? problem.hessian(x) : finiteDifferenceHessian(cleanGrad, x)),
  };
}
