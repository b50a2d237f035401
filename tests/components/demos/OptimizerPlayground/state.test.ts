import { describe, expect, it } from 'vitest';
import { getTestFunction, optimizePlain, plainProblem, resolveOptimizerConfig } from '../../../../src/core/index';
import { assessRun, lossDomain, stepCell } from '../../../../components/demos/OptimizerPlayground/assess';
import { pytorchCode, tfjsCode } from '../../../../components/demos/OptimizerPlayground/code';
import { OPTIMIZER_MENU, PLAYGROUND_OPTIMIZERS } from '../../../../components/demos/shared/optimizer-menu';
import { optimizerPlayground } from '../../../../components/demos/OptimizerPlayground/manifest';
import { URL_PREFIX } from '../../../../components/demos/OptimizerPlayground/limits';
import { completeState, defaultState, OptimizerPlaygroundStateSchema } from '../../../../components/demos/OptimizerPlayground/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';

const props = parseDemoProps(optimizerPlayground, { fn: 'booth', optimizers: 'sgd,adam', lr: 0.02 });
const defaults = defaultState(props, getTestFunction('booth').start);
const startOf = (fn: string) => getTestFunction(fn).start;
const hyper = { lr: 0.01, momentum: 0.9, beta1: 0.9, beta2: 0.999, weightDecay: 0 };

describe('optimizer playground state', () => {
  it('takes its defaults from the entry props', () => {
    expect(defaults).toMatchObject({ testFunction: 'booth', optimizers: ['sgd', 'adam'], lr: 0.02, x0: [-5, -5] });
  });

  it('round-trips a full state through the URL', () => {
    const state = {
      ...defaults,
      testFunction: 'rosenbrock' as const,
      optimizers: ['lion' as const, 'lbfgs' as const],
      lr: 1e-6,
      momentum: 0.5,
      beta1: 0.8,
      beta2: 0.99,
      weightDecay: 0.1,
      steps: 300,
      x0: [0.25, -1],
      eps: 0.001,
      sigma: 1.5,
      noiseSeed: 42,
      sweepOptimizer: 'lion' as const,
      sweepParam: 'beta2' as const,
      sweepMetric: 'steps' as const,
      matrixOpen: true,
      matrixSteps: 250,
      matrixLrMomentum: 0.3,
      matrixLrAdam: 0.002,
      matrixLrMuon: 0.05,
    };
    const params = new URLSearchParams(serializeUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, state));
    // The URL keeps its short keys (links shared before the full names still work).
    expect(params.toString()).toBe('op.fn=rosenbrock&op.opt=lion%2Clbfgs&op.lr=0.000001&op.m=0.5&op.b1=0.8&op.b2=0.99&op.wd=0.1&op.steps=300&op.x0=0.25%2C-1&op.eps=0.001&op.ns=1.5&op.sd=42&op.swo=lion&op.swp=beta2&op.swm=steps&op.mx=1&op.mxs=250&op.mxm=0.3&op.mxa=0.002&op.mxu=0.05');
    expect(parseUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, params, defaults)).toEqual({ state, warnings: [] });
  });

  it('keeps the matrix panel closed at its defaults and rejects a matrix lr or step count out of range', () => {
    expect(defaults).toMatchObject({ matrixOpen: false, matrixSteps: 100, matrixLrMomentum: 0.1, matrixLrAdam: 0.05, matrixLrMuon: 0.1 });
    const parse = (q: string) => parseUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, new URLSearchParams(q), defaults);
    expect(parse('op.mxu=0')).toMatchObject({ state: { matrixLrMuon: 0.1 }, warnings: [expect.stringContaining('op.mxu=0')] });
    expect(parse('op.mxs=5000')).toMatchObject({ state: { matrixSteps: 100 }, warnings: [expect.stringContaining('op.mxs=5000')] });
    expect(parse('op.mx=maybe')).toMatchObject({ state: { matrixOpen: false }, warnings: [expect.stringContaining('op.mx=maybe')] });
  });

  it('accepts lr 0 and lr 1e6 (both explained in the demo) but not lr 1e7', () => {
    const parse = (q: string) => parseUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, new URLSearchParams(q), defaults);
    expect(parse('op.lr=0').state.lr).toBe(0);
    expect(parse('op.lr=1e6').state.lr).toBe(1e6);
    expect(parse('op.lr=1e7')).toMatchObject({ state: { lr: 0.02 }, warnings: [expect.stringContaining('op.lr=1e7')] });
  });

  it('uses the start point and suggested lr of a function named only by the URL', () => {
    const parsed = parseUrlState(OptimizerPlaygroundStateSchema, URL_PREFIX, new URLSearchParams('op.fn=rosenbrock'), defaults);
    expect(completeState(parsed.state, new Set(['testFunction']), startOf)).toMatchObject({ testFunction: 'rosenbrock', x0: [-1.5, 2], lr: 0.002 });
  });

  it('names the component and prop in an island prop error', () => {
    expect(() => parseDemoProps(optimizerPlayground, { fn: 'sphere' })).toThrow('<OptimizerPlayground>: prop "fn"');
  });

  it.each(PLAYGROUND_OPTIMIZERS)('maps %s to a valid core optimizer config', (id) => {
    expect(() => resolveOptimizerConfig(OPTIMIZER_MENU[id].config(hyper))).not.toThrow();
  });
});

describe('optimizer playground runs', () => {
  const fn = getTestFunction('rosenbrock');
  const run = (lr: number, name: 'sgd' | 'adam') => optimizePlain({ optimizer: { name, lr }, x0: fn.start, steps: 50, problem: plainProblem(fn) });

  it('reports a non-finite loss as "diverged at step k"', () => {
    const view = assessRun('SGD', run(1e6, 'sgd'), fn.view);
    expect(view.diverged).toBe(true);
    expect(view.message).toMatch(/^SGD diverged at step \d+: (loss|parameter \d) became (Infinity|NaN|-Infinity)\.$/);
  });

  it('reports a path that flies far outside the plot as diverged and cuts it there', () => {
    const view = assessRun('Adam', run(1e6, 'adam'), fn.view);
    expect(view.diverged).toBe(true);
    expect(view.message).toMatch(/^Adam diverged at step 1: the point flew far outside the plot/);
    expect(view.points).toHaveLength(2);
  });

  it('names the same step in the readout as in the warning', () => {
    const view = assessRun('SGD', run(1e6, 'sgd'), fn.view);
    const named = Number(/diverged at step (\d+)/.exec(view.message!)![1]);
    const last = view.losses.length - 1;
    expect(stepCell(view, 1000)).toBe(named > last ? `${last}, diverged at ${named}` : `${last} (diverged)`);
    expect(stepCell(view, 1000)).toContain(String(named));
    expect(stepCell(assessRun('Adam', run(1e6, 'adam'), fn.view), 1000)).toBe('1 (diverged)');
    expect(stepCell(assessRun('Adam', run(0.01, 'adam'), fn.view), 7)).toBe('7');
  });

  it('caps the loss axis when one run explodes, so the others stay readable', () => {
    expect(lossDomain([[10, 5, 1], [10, 1e30, 1e153]], true)).toEqual([1, 1e4]);
    expect(lossDomain([[10, 5, 1], [8, 4, 2]], true)).toBeUndefined();
    expect(lossDomain([[1.1, 0.5, -3], [1.1, -50, -1e295]], false)).toEqual([1.1 - 1000 * 1.1, 1.1]);
    expect(lossDomain([[1.1, 0.5, -3]], false)).toBeUndefined();
    expect(lossDomain([[], []], true)).toBeUndefined();
  });

  it('leaves a converging run whole and silent', () => {
    const view = assessRun('Adam', run(0.01, 'adam'), fn.view);
    expect(view).toMatchObject({ diverged: false, message: undefined });
    expect(view.points).toHaveLength(51);
  });
});

describe('optimizer playground code', () => {
  it('writes PyTorch code with the current hyper-parameters and start point', () => {
    const code = pytorchCode('rosenbrock', ['momentum', 'lbfgs', 'newton'], hyper, 120, [-1.5, 2]);
    expect(code).toContain('torch.optim.SGD(ps, lr=0.01, momentum=0.9)');
    expect(code).toContain('line_search_fn="strong_wolfe"');
    expect(code).toContain('torch.tensor([-1.5, 2]');
    expect(code).toContain('steps=120');
    expect(code).toContain('torch.linalg.solve');
  });

  it('writes tfjs code and says which optimizers tfjs lacks', () => {
    const code = tfjsCode('booth', ['adam', 'adamw'], hyper, 50, [-5, -5]);
    expect(code).toContain('tf.train.adam(0.01, 0.9, 0.999, 1e-8)');
    expect(code).toContain('tfjs 4.22 has no built-in AdamW');
  });
});
