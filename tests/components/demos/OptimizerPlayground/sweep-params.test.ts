import { describe, expect, it } from 'vitest';
import { SWEEP_PARAM_INFO, SWEEP_PARAMS, SWEEPABLE, sweepConfigs, sweepLrs, sweepParamsFor } from '../../../../components/demos/OptimizerPlayground/sweep-params';
import { resolveOptimizerConfig } from '../../../../src/core/plain';

const hyper = { lr: 0.01, momentum: 0.9, beta1: 0.9, beta2: 0.999, weightDecay: 0, eps: 1e-8 };

describe('sweep parameters', () => {
  it('columns are 24 log-spaced learning rates over the slider range', () => {
    const lrs = sweepLrs();
    expect(lrs).toHaveLength(24);
    expect(lrs[0]).toBeCloseTo(1e-4, 12);
    expect(lrs.at(-1)).toBeCloseTo(2, 12);
  });

  it.each(SWEEP_PARAMS)('%s values are valid and increasing', (p) => {
    const v = SWEEP_PARAM_INFO[p].values(24);
    expect(v).toHaveLength(24);
    for (let i = 1; i < v.length; i++) expect(v[i]!).toBeGreaterThan(v[i - 1]!);
    expect(v[0]!).toBeGreaterThanOrEqual(0);
    expect(v.at(-1)!).toBeLessThan(1);
  });

  it('offers each optimizer only the parameters it uses', () => {
    expect(sweepParamsFor('sgd')).toEqual(['weightDecay']);
    expect(sweepParamsFor('momentum')).toEqual(['momentum', 'weightDecay']);
    expect(sweepParamsFor('adam')).toEqual(['beta1', 'beta2', 'weightDecay']);
    expect(SWEEPABLE).not.toContain('newton');
    expect(SWEEPABLE).not.toContain('lbfgs');
  });

  it.each(SWEEPABLE)('every cell of a %s sweep is a valid core config with the cell values', (id) => {
    const lrs = sweepLrs(4);
    for (const p of sweepParamsFor(id)) {
      const values = SWEEP_PARAM_INFO[p].values(3);
      const configs = sweepConfigs(id, hyper, p, lrs, values);
      expect(configs).toHaveLength(12);
      configs.forEach((c, k) => {
        const top = resolveOptimizerConfig(c) as unknown as Record<string, unknown>;
        // SAM keeps the hyper-parameters of the optimizer it wraps in `base`.
        const resolved = id === 'sam' ? (top['base'] as Record<string, unknown>) : top;
        expect(resolved['lr']).toBe(lrs[k % 4]);
        const v = values[Math.floor(k / 4)]!;
        // Nesterov and the schedule-free methods need a momentum (or beta1) above 0; the menu raises 0 to 1e-3.
        const floored = ['nesterov', 'sgd-schedulefree', 'adamw-schedulefree'].includes(id) ? Math.max(v, 1e-3) : v;
        if (p === 'beta1') expect((resolved['betas'] as number[])[0]).toBe(floored);
        else if (p === 'beta2') expect((resolved['betas'] as number[])[1]).toBe(v);
        else if (p === 'momentum') expect(resolved['momentum']).toBe(floored);
        else expect(resolved[p]).toBe(v);
      });
    }
  });
});
