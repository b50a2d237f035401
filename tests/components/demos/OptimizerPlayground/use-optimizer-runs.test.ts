import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOptimizers, runSettingsKey } from '../../../../components/demos/OptimizerPlayground/use-optimizer-runs';
import { optimizerPlayground } from '../../../../components/demos/OptimizerPlayground/manifest';
import { defaultState, type OptimizerPlaygroundState } from '../../../../components/demos/OptimizerPlayground/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { getPlainTestFunction, optimizePlain, plainProblem } from '../../../../src/core/plain';
import { contourOverlay } from '../../../../components/charts/contour-geometry';
import { lineChartGeometry } from '../../../../components/charts/line-chart-geometry';
import { lossDomain, stepCell } from '../../../../components/demos/OptimizerPlayground/assess';
import { effectiveSteps } from '../../../../components/demos/OptimizerPlayground/effective-step';
import { OptimizerPlaygroundStateSchema } from '../../../../components/demos/OptimizerPlayground/state';
import { OPTIMIZER_MENU } from '../../../../components/demos/shared/optimizer-menu';
import { lineChartProblems, nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';

const stateFor = (props: Record<string, unknown>, change: Partial<OptimizerPlaygroundState> = {}): OptimizerPlaygroundState => {
  // MDX writes the optimizer list as a comma string.
  const mdx = Array.isArray(props['optimizers']) ? { ...props, optimizers: (props['optimizers'] as string[]).join(',') } : props;
  const parsed = parseDemoProps(optimizerPlayground, mdx);
  return { ...defaultState(parsed, getPlainTestFunction(parsed.fn).start), ...change };
};

describe('the optimizer playground runs its paths on the page', () => {
  it("keys its runs on the 2-D settings only: the matrix panel's settings do not re-run or rewind them", () => {
    const state = stateFor({ fn: 'quadratic', optimizers: ['sgd'] });
    const key = runSettingsKey(state);
    expect(runSettingsKey({ ...state, matrixOpen: true, matrixSteps: 300, matrixLrMomentum: 0.5, matrixLrAdam: 0.5, matrixLrMuon: 0.5 })).toBe(key);
    expect(runSettingsKey({ ...state, lr: state.lr * 2 })).not.toBe(key);
    expect(key).not.toMatch(/matrix/);
  });

  it('runs every selected optimizer from the start point and lowers the loss', () => {
    const state = stateFor({ fn: 'quadratic', optimizers: ['sgd', 'momentum', 'adam'] });
    const runs = runOptimizers(state, getPlainTestFunction('quadratic'));
    expect(runs.error).toBeUndefined();
    expect(Object.keys(runs.views)).toEqual(['sgd', 'momentum', 'adam']);
    for (const view of Object.values(runs.views)) {
      expect(view.points).toHaveLength(state.steps + 1);
      expect(view.points[0]).toEqual([1, -2]);
      expect(view.losses.at(-1)!).toBeLessThan(view.losses[0]!);
      expect(view.diverged).toBe(false);
    }
    expect(runs.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('draws exactly what optimizePlain computes for the menu entry (SGD, lr 0.1: x <- 0.9 x on the bowl)', () => {
    const fn = getPlainTestFunction('quadratic');
    const runs = runOptimizers(stateFor({ fn: 'quadratic', optimizers: ['sgd'] }, { lr: 0.1, steps: 3 }), fn);
    const direct = optimizePlain({ optimizer: { name: 'sgd', lr: 0.1, weightDecay: 0 }, problem: plainProblem(fn), x0: [1, -2], steps: 3 });
    expect(runs.views.sgd?.points).toEqual(direct.params);
    expect(runs.views.sgd?.losses).toEqual(direct.losses);
    expect(runs.views.sgd?.points[1]![0]).toBeCloseTo(0.9, 12);
  });

  it('keeps first-order optimizers still at lr 0 while Newton moves', () => {
    const runs = runOptimizers(stateFor({ fn: 'quadratic', optimizers: ['adam', 'newton'] }, { lr: 0 }), getPlainTestFunction('quadratic'));
    expect(runs.error).toBeUndefined();
    expect(runs.views.adam?.points).toEqual([[1, -2]]);
    expect(runs.views.newton?.points[1]).toEqual([expect.closeTo(0, 6), expect.closeTo(0, 6)]);
  });

  it('names the step where a too-large lr diverged, in the words the page shows', () => {
    const runs = runOptimizers(stateFor({ fn: 'rosenbrock', optimizers: ['sgd', 'adam'] }, { lr: 1e6 }), getPlainTestFunction('rosenbrock'));
    expect(runs.views.sgd?.message).toMatch(/^SGD diverged at step \d+: (loss|parameter \d) became (Infinity|NaN|-Infinity)\.$/);
    expect(runs.views.adam?.message).toMatch(/^Adam diverged at step \d+/);
    expect(runs.views.sgd?.losses.every(Number.isFinite)).toBe(true);
  });

  it("reports a setting the core rejects with the core's own message instead of throwing", () => {
    const runs = runOptimizers(stateFor({ fn: 'booth', optimizers: ['adam'] }, { lr: -1 }), getPlainTestFunction('booth'));
    expect(runs.views).toEqual({});
    expect(runs.error).toBe('lr must be a finite number > 0 (got -1) in optimizer "adam"');
  });
});

describe('the optimizer playground needs no tfjs worker', () => {
  const folder = path.resolve(import.meta.dirname, '../../../../components/demos/OptimizerPlayground');
  const sources = readdirSync(folder).filter((f) => /\.tsx?$/.test(f));

  it('finds its sources', () => {
    expect(sources).toContain('use-optimizer-runs.ts');
  });

  it.each(sources)('%s neither imports the core worker hook nor names the core worker module', (file) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    expect(text).not.toMatch(/use-core-worker|core-worker-client|src\/core\/worker\/core-worker/);
  });

  it('only the sweep hook starts a worker, and it is the plain-only sweep worker', () => {
    const naming = sources.filter((f) => /src\/core\/worker\/[\w-]+\.ts'/.test(readFileSync(path.join(folder, f), 'utf8')));
    expect(naming).toEqual(['use-sweep.ts']);
    expect(readFileSync(path.join(folder, 'use-sweep.ts'), 'utf8')).toMatch(/new URL\('\.\.\/\.\.\/\.\.\/src\/core\/worker\/sweep-worker\.ts'/);
  });
});

describe('no chart ever draws NaN or Infinity (property test over the URL schema)', () => {
  it('200 random valid states, extremes of every range included: contour paths, loss and effective-step charts are finite', () => {
    const states = sampleStates(OptimizerPlaygroundStateSchema, seededRng(18), 200);
    expect(states.some((s) => s.x0[0] === 100) && states.some((s) => s.lr === 1e6) && states.some((s) => s.eps === 1e-12)).toBe(true);
    for (const [i, state] of states.entries()) {
      const fn = getPlainTestFunction(state.testFunction);
      const runs = runOptimizers(state, fn);
      const problems: string[] = runs.error === undefined ? [] : [`error: ${runs.error}`];
      // As PlaygroundView.tsx and EffectiveStepChart.tsx draw them.
      const views = state.optimizers.map((id) => runs.views[id]);
      const longest = Math.max(0, ...views.map((v) => (v?.points.length ?? 1) - 1));
      const logY = fn.fMin !== undefined;
      const shift = fn.fMin ?? 0;
      const overlay = contourOverlay({ ...fn.view, nx: 64, ny: 64 }, 400, state.optimizers.map((id, k) => ({ id, points: views[k]?.points ?? [state.x0 as [number, number]] })), [state.x0[0]!, state.x0[1]!], fn.minima);
      problems.push(...nonFinite({ ticks: [overlay.xTicks, overlay.yTicks], paths: overlay.trajectories, start: overlay.start, minima: overlay.minima }, 'contour'));
      const losses = views.map((v) => (v?.losses ?? []).map((l) => l - shift));
      const yDomain = lossDomain(losses, logY);
      const loss = lineChartGeometry({ series: losses.map((ls, k) => ({ id: String(k), points: ls.map((l, step) => [step, l] as const) })), logY, xDomain: [0, Math.max(1, longest)], ...(yDomain === undefined ? {} : { yDomain }) });
      problems.push(...lineChartProblems(loss).map((p) => `loss chart ${p}`));
      const adaptive = state.optimizers.map((id, k) => [id, k] as const).filter(([id]) => OPTIMIZER_MENU[id].adaptive === true);
      for (const coordinate of [0, 1] as const) {
        const series = [...adaptive.map(([id, k]) => ({ id, points: effectiveSteps(views[k]?.points ?? [], coordinate) })), { id: 'lr', points: state.lr > 0 ? [[0, state.lr], [Math.max(1, longest), state.lr]] as const : [] }];
        problems.push(...lineChartProblems(lineChartGeometry({ series, logY: true, xDomain: [0, Math.max(1, longest)] })).map((p) => `effective step ${coordinate} ${p}`));
      }
      problems.push(...views.flatMap((v) => (/NaN|Infinity/.test(stepCell(v, longest)) ? [`step cell "${stepCell(v, longest)}"`] : [])));
      expect(problems, `state ${i}: ${JSON.stringify(state)}`).toEqual([]);
    }
  });
});
