import { describe, expect, it } from 'vitest';
import { quadraticBowl, rosenbrock } from '../../src/core/functions';
import { plainProblem } from '../../src/core/plain-functions';
import { optimizePlain } from '../../src/core/optimize-plain';
import { optimize } from '../../src/core/optimize-tensor';
import { expectClose, useBackend } from './helpers';
import { generatedVectors, MATRIX_W0, matrixLs, plainMatrixLs } from './optimizers/generated-vectors';

describe('optimizePlain', () => {
  it('matches the tfjs path on the same problem to float32 precision', async () => {
    await useBackend('cpu');
    const common = { optimizer: { name: 'rmsprop' as const, lr: 0.01, momentum: 0.5 }, x0: [-1.5, 2], steps: 50 };
    const a = optimize({ ...common, objective: rosenbrock.tensor });
    const b = optimizePlain({ ...common, problem: plainProblem(rosenbrock) });
    for (let i = 0; i < 2; i++) expect(Math.abs(a.params[50]![i]! - b.params[50]![i]!)).toBeLessThan(1e-3);
  });

  it('applies a one-cycle schedule including its momentum to SGD', () => {
    const result = optimizePlain({
      optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 },
      problem: plainProblem(quadraticBowl(10)),
      x0: [1, -2],
      steps: 30,
      schedule: { name: 'one-cycle', lrMax: 0.1, totalSteps: 30 },
    });
    const constant = optimizePlain({ optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 }, problem: plainProblem(quadraticBowl(10)), x0: [1, -2], steps: 30 });
    expect(result.diverged).toBeUndefined();
    expect(result.losses[30]!).toBeLessThan(result.losses[0]! / 10);
    expect(result.params[1]).not.toEqual(constant.params[1]);
  });

  it.each([
    [{ steps: -1 }, 'steps must be an integer >= 0 (got -1) in optimize'],
    [{ x0: [1, Number.NaN] }, 'x0[1] must be a finite number (got NaN) in optimize'],
    [{ schedule: { name: 'cosine' as const, period: 0 } }, 'period must be a finite number > 0 (got 0) in schedule "cosine"'],
  ])('rejects %o with "%s"', (override, message) => {
    expect(() => optimizePlain({ optimizer: { name: 'sgd' }, problem: plainProblem(rosenbrock), x0: [0, 0], steps: 5, ...override })).toThrow(message);
  });

  it('takes a matrix start with f and grad on row-major values: the Adafactor (factored) reference within 1e-9', () => {
    const ref = generatedVectors('adafactor').cases['adafactor_matrix_default']!;
    const problem = { f: plainMatrixLs.f, grad: plainMatrixLs.grad };
    const result = optimizePlain({ optimizer: { name: 'adafactor' }, problem, x0: MATRIX_W0, steps: 10 });
    expect(result.params[0]).toEqual(MATRIX_W0);
    for (let k = 1; k <= 10; k++) expectClose(result.params[k]!.flat(), (ref.p_after_step[String(k)] as number[][]).flat(), 1e-9, `step ${k}`);
  });

  it('agrees with the tfjs path on a matrix to float32 precision', async () => {
    await useBackend('cpu');
    const common = { optimizer: { name: 'muon' as const, lr: 0.05 }, x0: MATRIX_W0, steps: 20 };
    const a = optimize({ ...common, objective: matrixLs });
    const b = optimizePlain({ ...common, problem: plainMatrixLs });
    expectClose(a.params[20]!.flat(), b.params[20]!.flat(), 1e-5, 'muon');
  });

  it('runs SAM around Muon on a matrix like the tfjs path, and records schedule-free AdamW at x on a matrix', async () => {
    await useBackend('cpu');
    const sam = { optimizer: { name: 'sam', rho: 0.05, base: { name: 'muon', lr: 0.05 } } as const, x0: MATRIX_W0, steps: 10 };
    const a = optimize({ ...sam, objective: matrixLs });
    const b = optimizePlain({ ...sam, problem: plainMatrixLs });
    expectClose(a.params[10]!.flat(), b.params[10]!.flat(), 1e-5, 'sam(muon)');
    expect(b.losses[10]!).toBeLessThan(b.losses[0]!);
    const sf = { optimizer: { name: 'adamw-schedulefree' as const, lr: 0.1 }, x0: MATRIX_W0, steps: 10 };
    const onMatrix = optimizePlain({ ...sf, problem: plainMatrixLs });
    const onVector = optimizePlain({ ...sf, x0: MATRIX_W0.flat(), problem: { f: plainMatrixLs.f, grad: plainMatrixLs.grad } });
    expectClose(onMatrix.params[10]!.flat(), onVector.params[10]!, 1e-12, 'schedule-free x');
    expectClose(onMatrix.losses, onVector.losses, 1e-12, 'schedule-free losses at x');
  });

  it("rejects a problem.shape that differs from x0's", () => {
    const problem = { ...plainMatrixLs, shape: [4, 1] as const };
    expect(() => optimizePlain({ optimizer: { name: 'sgd' }, problem, x0: MATRIX_W0, steps: 1 })).toThrow("problem.shape [4, 1] must match x0's shape [2, 2] in optimize");
  });
});
