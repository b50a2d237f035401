import { describe, expect, it } from 'vitest';
import { constantSparsity, polynomialDecay, type PolynomialDecayOptions } from '../../../src/core/compress/pruning-schedule';
import { vectors } from './helpers';

const table = (vectors['pruning'] as Record<string, unknown>)[
  'PolynomialDecay(initial=0.5,final=0.8,begin=0,end_step=844,power=3,frequency=100)'
] as Record<string, { should_prune: boolean; sparsity: number }>;
const options: PolynomialDecayOptions = { initialSparsity: 0.5, finalSparsity: 0.8, beginStep: 0, endStep: 844, power: 3, frequency: 100 };

describe('polynomialDecay', () => {
  it.each(Object.entries(table).map(([step, v]) => [Number(step), v.should_prune, v.sparsity] as const))(
    'at step %d says shouldPrune = %s with sparsity %d (tfmot reference)',
    (step, shouldPrune, sparsity) => {
      const d = polynomialDecay(step, options);
      expect(d.shouldPrune).toBe(shouldPrune);
      expect(d.sparsity).toBeCloseTo(sparsity, 12);
    },
  );

  it('counts the frequency grid from beginStep and stops after endStep', () => {
    const o = { ...options, beginStep: 50, endStep: 250 };
    expect([0, 49, 50, 100, 150, 250, 350].map((s) => polynomialDecay(s, o).shouldPrune)).toEqual([
      false, false, true, false, true, true, false,
    ]);
    expect(polynomialDecay(0, o).sparsity).toBe(0.5);
  });

  it.each([
    [{ ...options, initialSparsity: 1 }, 'initialSparsity must be a number in [0, 1) (got 1) in polynomialDecay()'],
    [{ ...options, finalSparsity: -0.1 }, 'finalSparsity must be a number in [0, 1) (got -0.1) in polynomialDecay()'],
    [{ ...options, endStep: 0 }, 'endStep must be greater than beginStep 0 (got 0) in polynomialDecay()'],
    [{ ...options, frequency: 0 }, 'frequency must be an integer from 1 to'],
    [{ ...options, power: 0 }, 'power must be a finite number > 0 (got 0) in polynomialDecay()'],
  ])('rejects %j', (bad, message) => {
    expect(() => polynomialDecay(10, bad)).toThrow(message);
  });
});

describe('constantSparsity', () => {
  it('holds the target and prunes every frequency steps from beginStep, forever when endStep is -1', () => {
    const o = { targetSparsity: 0.6, beginStep: 10, frequency: 5 };
    expect([9, 10, 12, 15, 1_000_000].map((s) => constantSparsity(s, o))).toEqual([
      { shouldPrune: false, sparsity: 0.6 },
      { shouldPrune: true, sparsity: 0.6 },
      { shouldPrune: false, sparsity: 0.6 },
      { shouldPrune: true, sparsity: 0.6 },
      { shouldPrune: true, sparsity: 0.6 },
    ]);
    expect(constantSparsity(20, { ...o, endStep: 15 }).shouldPrune).toBe(false);
  });
});
