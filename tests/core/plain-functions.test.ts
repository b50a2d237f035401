import { describe, expect, it } from 'vitest';
import { PLAIN_TEST_FUNCTIONS, TEST_FUNCTION_NAMES, getPlainTestFunction, plainProblem } from '../../src/core/plain-functions';
import { optimizePlain } from '../../src/core/optimize-plain';

describe('the 2-D test functions table', () => {
  it('lists every function name once, in the table order (the playground menu order)', () => {
    expect([...TEST_FUNCTION_NAMES]).toEqual(Object.keys(PLAIN_TEST_FUNCTIONS));
  });

  it.each(TEST_FUNCTION_NAMES)('"%s" is named after its own key and starts inside its view', (name) => {
    const fn = getPlainTestFunction(name);
    expect(fn.name).toBe(name);
    expect(fn.start[0]).toBeGreaterThanOrEqual(fn.view.xMin);
    expect(fn.start[0]).toBeLessThanOrEqual(fn.view.xMax);
    expect(fn.start[1]).toBeGreaterThanOrEqual(fn.view.yMin);
    expect(fn.start[1]).toBeLessThanOrEqual(fn.view.yMax);
  });
});

describe('the AMSGrad counterexample (Reddi et al. 2018)', () => {
  const fn = getPlainTestFunction('reddi');
  const run = (amsgrad: boolean) => optimizePlain({ optimizer: { name: 'adam', lr: 0.05, betas: [0, 0.1], amsgrad }, problem: plainProblem(fn), x0: fn.start, steps: 300 });

  it('its online gradients cycle C, -1, -1 in x and average to the mean gradient', () => {
    const p = plainProblem(fn);
    const gx = [0, 1, 2, 3].map(() => p.grad(Float64Array.of(0.2, 0.5))[0]);
    expect(gx).toEqual([3, -1, -1, 3]);
    expect((3 - 1 - 1) / 3).toBeCloseTo(fn.grad(0.2, 0.5)[0], 12);
  });

  it('Adam (beta1 0, beta2 0.1) drifts to the wrong end x = +1 and ends worse than AMSGrad, which goes to x = -1', () => {
    const adam = run(false);
    const ams = run(true);
    expect(adam.params.at(-1)![0]).toBeGreaterThan(0.9);
    expect(ams.params.at(-1)![0]).toBeLessThan(-0.9);
    expect(adam.losses.at(-1)!).toBeGreaterThan(ams.losses.at(-1)! + 0.5);
  });

  it('plain Adam with its default betas goes the right way: the failure needs the small beta2', () => {
    const r = optimizePlain({ optimizer: { name: 'adam', lr: 0.05 }, problem: plainProblem(fn), x0: fn.start, steps: 300 });
    expect(r.params.at(-1)![0]).toBeLessThan(-0.9);
  });
});
