import { describe, expect, it } from 'vitest';
import { effectiveSteps } from '../../../../components/demos/OptimizerPlayground/effective-step';
import { OPTIMIZER_MENU } from '../../../../components/demos/shared/optimizer-menu';
import { getPlainTestFunction, optimizePlain, plainProblem } from '../../../../src/core/plain';

const path = (id: 'adam' | 'lion' | 'sgd', lr: number) => {
  const fn = getPlainTestFunction('quadratic');
  const r = optimizePlain({ optimizer: OPTIMIZER_MENU[id].config({ lr, momentum: 0.9, beta1: 0.9, beta2: 0.999, weightDecay: 0 }), problem: plainProblem(fn), x0: fn.start, steps: 30 });
  return r.params.map((p) => [p[0]!, p[1]!] as [number, number]);
};

describe('effectiveSteps', () => {
  it('measures |x_{k+1} - x_k| per coordinate and drops zero moves', () => {
    expect(effectiveSteps([[0, 0], [0.5, -1], [0.5, 1]], 0)).toEqual([[0, 0.5]]);
    expect(effectiveSteps([[0, 0], [0.5, -1], [0.5, 1]], 1)).toEqual([[0, 1], [1, 2]]);
  });

  it("Adam's first step is lr along both coordinates (bias correction), however different the gradients", () => {
    const [x, y] = [effectiveSteps(path('adam', 0.01), 0), effectiveSteps(path('adam', 0.01), 1)];
    expect(x[0]![1]).toBeCloseTo(0.01, 8);
    expect(y[0]![1]).toBeCloseTo(0.01, 8);
  });

  it("Lion's step is exactly lr on every coordinate; SGD's follows the gradient", () => {
    for (const [, d] of effectiveSteps(path('lion', 0.01), 1)) expect(d).toBeCloseTo(0.01, 12);
    const sgd = effectiveSteps(path('sgd', 0.01), 1);
    expect(sgd[0]![1]).toBeCloseTo(0.01 * 20, 12);
  });

  it('the adaptive flag marks the menu entries the chart shows', () => {
    expect(OPTIMIZER_MENU.adam.adaptive).toBe(true);
    expect(OPTIMIZER_MENU.amsgrad.adaptive).toBe(true);
    expect(OPTIMIZER_MENU.sgd.adaptive).toBeUndefined();
  });
});
