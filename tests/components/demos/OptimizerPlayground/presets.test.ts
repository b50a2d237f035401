import { describe, expect, it } from 'vitest';
import { runOptimizers } from '../../../../components/demos/OptimizerPlayground/use-optimizer-runs';
import { activePreset, PRESETS, type Preset } from '../../../../components/demos/OptimizerPlayground/presets';
import { defaultState, OptimizerPlaygroundStateSchema, type OptimizerPlaygroundState } from '../../../../components/demos/OptimizerPlayground/state';
import { optimizerPlayground } from '../../../../components/demos/OptimizerPlayground/manifest';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { getPlainTestFunction } from '../../../../src/core/plain';

const defaults = defaultState(parseDemoProps(optimizerPlayground, {}), getPlainTestFunction('rosenbrock').start);
const presetState = (id: string): OptimizerPlaygroundState => ({ ...defaults, ...PRESETS.find((p) => p.id === id)!.patch });
const views = (id: string) => {
  const state = presetState(id);
  const runs = runOptimizers(state, getPlainTestFunction(state.testFunction));
  expect(runs.error).toBeUndefined();
  return runs.views;
};
const last = (v: { points: [number, number][] } | undefined) => v!.points.at(-1)!;
/** Sign changes of successive y-moves: how much a path zig-zags. */
const zigzags = (points: [number, number][]) => points.slice(2).filter((p, k) => (p[1] - points[k + 1]![1]) * (points[k + 1]![1] - points[k]![1]) < 0).length;

describe('presets', () => {
  it.each(PRESETS.map((p): [string, Preset] => [p.id, p]))('%s is a valid state and is recognised as active until a setting changes', (_id, p) => {
    const state = { ...defaults, ...p.patch };
    expect(OptimizerPlaygroundStateSchema.shape.lr.safeParse(String(state.lr)).success).toBe(true);
    expect(activePreset(state)?.id).toBe(p.id);
    expect(activePreset({ ...state, steps: state.steps + 10 })).toBeUndefined();
    expect(p.explain.length).toBeGreaterThan(40);
  });

  it('has unique ids', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it('too large a learning rate: SGD diverges', () => {
    expect(views('lr-too-large').sgd!.diverged).toBe(true);
  });

  it('narrow valley: SGD zig-zags far more than momentum and ends higher', () => {
    const v = views('narrow-valley');
    expect(zigzags(v.sgd!.points)).toBeGreaterThan(3 * zigzags(v.momentum!.points));
    expect(v.sgd!.losses.at(-1)!).toBeGreaterThan(10 * v.momentum!.losses.at(-1)!);
  });

  it("Adam's eps: eps 10 leaves Adam much further from the minimum than eps 1e-8", () => {
    const big = views('adam-eps').adam!.losses.at(-1)!;
    const state = { ...presetState('adam-eps'), eps: 1e-8 };
    const small = runOptimizers(state, getPlainTestFunction('quadratic')).views.adam!.losses.at(-1)!;
    expect(big).toBeGreaterThan(100 * small);
  });

  it('AMSGrad counterexample: Adam ends near x = +1, AMSGrad near x = -1', () => {
    const v = views('amsgrad');
    expect(last(v.adam)[0]).toBeGreaterThan(0.9);
    expect(last(v.amsgrad)[0]).toBeLessThan(-0.9);
  });

  it('Newton drawn to a saddle: Newton sits on the saddle point, gradient descent leaves it', () => {
    const v = views('newton-saddle');
    expect(Math.hypot(...last(v.newton))).toBeLessThan(1e-9);
    expect(Math.abs(last(v.sgd)[1])).toBeGreaterThan(0.03);
  });

  it("Lion at AdamW's lr: Lion ends bouncing about lr around the minimum, far above AdamW", () => {
    const v = views('lion-at-adamw-lr');
    const lion = v.lion!;
    expect(lion.losses.at(-1)!).toBeGreaterThan(100 * v.adamw!.losses.at(-1)!);
    const moves = lion.points.slice(-10).map((p, k, a) => (k === 0 ? 0.03 : Math.abs(p[0] - a[k - 1]![0])));
    for (const m of moves) expect(m).toBeCloseTo(0.03, 9);
  });
});
