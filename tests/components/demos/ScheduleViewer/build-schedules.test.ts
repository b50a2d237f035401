import { describe, expect, it } from 'vitest';
import { effectiveSettings, readout, scheduleCurves } from '../../../../components/demos/ScheduleViewer/build-schedules';
import { pytorchCode, tfjsCode } from '../../../../components/demos/ScheduleViewer/code';
import { BASE_SCHEDULES } from '../../../../components/demos/ScheduleViewer/base-schedules';
import { scheduleViewer } from '../../../../components/demos/ScheduleViewer/manifest';
import { URL_PREFIX } from '../../../../components/demos/ScheduleViewer/limits';
import { defaultState, ScheduleViewerStateSchema } from '../../../../components/demos/ScheduleViewer/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';
import { lineChartGeometry } from '../../../../components/charts/line-chart-geometry';
import { lineChartProblems, nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';

const defaults = defaultState('warmup-cosine');

describe('schedule viewer state', () => {
  it('turns the warmup-cosine prop into cosine with a 10-step warm-up', () => {
    expect(defaults).toMatchObject({ schedule: 'cosine', warmupSteps: 10, totalSteps: 100 });
    expect(defaultState('step')).toMatchObject({ schedule: 'step', warmupSteps: 0 });
  });

  it('round-trips a full state through the URL', () => {
    const state = { ...defaults, schedule: 'one-cycle' as const, lr: 0.003, totalSteps: 400, warmupSteps: 0, pctStart: 0.25, divFactor: 10, finalDivFactor: 1000, logScale: true, readoutStep: 17 };
    const params = new URLSearchParams(serializeUrlState(ScheduleViewerStateSchema, URL_PREFIX, state));
    expect(params.get('sv.s')).toBe('one-cycle');
    expect(params.get('sv.fdiv')).toBe('1000');
    expect(params.get('sv.at')).toBe('17');
    expect(parseUrlState(ScheduleViewerStateSchema, URL_PREFIX, params, defaults)).toEqual({ state, warnings: [] });
  });

  it('falls back to the default for an unknown schedule and says so', () => {
    const { state, warnings } = parseUrlState(ScheduleViewerStateSchema, URL_PREFIX, new URLSearchParams('sv.s=triangle'), defaults);
    expect(state.schedule).toBe('cosine');
    expect(warnings[0]).toContain('sv.s=triangle');
  });

  it('names the component in a prop error', () => {
    expect(() => parseDemoProps(scheduleViewer, { schedule: 'triangle' })).toThrow('<ScheduleViewer>: prop "schedule"');
  });
});

describe('schedule curves', () => {
  it('draws every base schedule with one finite value per step', () => {
    const curves = scheduleCurves(defaults);
    expect(curves.map((c) => c.name)).toEqual([...BASE_SCHEDULES]);
    for (const c of curves) {
      expect(c.points).toHaveLength(100);
      expect(c.points.every(([, lr]) => Number.isFinite(lr) && lr >= 0)).toBe(true);
    }
  });

  it('warms cosine up linearly from 0.1 x lr and reaches the peak at the end of warm-up', () => {
    const cosine = scheduleCurves(defaults).find((c) => c.name === 'cosine')!;
    expect(cosine.points[0]![1]).toBeCloseTo(0.01);
    expect(cosine.points[10]![1]).toBeCloseTo(0.1);
    expect(cosine.points[99]![1]).toBeLessThan(0.001);
  });

  it('shortens a warm-up longer than training and explains it', () => {
    const { warm, notes } = effectiveSettings({ ...defaults, warmupSteps: 150 });
    expect(warm).toBe(99);
    expect(notes[0]).toBe('A warm-up of 150 steps is longer than the 100 training steps: using 99.');
  });

  it('reads out the momentum that one-cycle cycles against the lr', () => {
    const oneCycle = scheduleCurves({ ...defaults, warmupSteps: 0 }).find((c) => c.name === 'one-cycle')!;
    expect(readout(oneCycle, 0)).toEqual({ lr: expect.closeTo(0.004, 6), momentum: expect.closeTo(0.95, 6) });
  });

  it('writes SequentialLR warm-up code for PyTorch and a closed form for tfjs', () => {
    expect(pytorchCode(defaults, 10)).toContain('SequentialLR(opt, [warmup, main], milestones=[10])');
    expect(pytorchCode(defaults, 10)).toContain('CosineAnnealingLR(opt, T_max=90, eta_min=0)');
    expect(tfjsCode(defaults, 10)).toContain('optimizer.setLearningRate(lrAt(step))');
  });
});

describe('no chart ever draws NaN or Infinity (property test over the URL schema)', () => {
  it('200 random valid states, extremes of every range included: every curve point, tick and the readout are finite', () => {
    const states = sampleStates(ScheduleViewerStateSchema, seededRng(18), 200);
    expect(states.some((s) => s.lr === 1e-6) && states.some((s) => s.lr === 10) && states.some((s) => s.totalSteps === 2000)).toBe(true);
    for (const [i, state] of states.entries()) {
      const curves = scheduleCurves(state);
      const at = Math.min(state.readoutStep, state.totalSteps - 1);
      // As ScheduleView.tsx draws it.
      const g = lineChartGeometry({ series: curves.map((c) => ({ id: c.name, points: c.points })), logY: state.logScale, xDomain: [0, state.totalSteps - 1], guideX: at });
      const chosen = curves.find((c) => c.name === state.schedule)!;
      const problems = [...lineChartProblems(g), ...nonFinite(readout(chosen, at).lr, 'readout')];
      if (!state.logScale) problems.push(...curves.filter((c) => c.points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))).map((c) => `${c.name} has a non-finite point`));
      expect(problems, `state ${i}: ${JSON.stringify(state)}`).toEqual([]);
    }
  });
});

describe('the schedules issue 14 added', () => {
  const noWarm = { ...defaults, warmupSteps: 0 };

  it('draws all ten base schedules, cyclic, WSD and reduce-on-plateau among them', () => {
    expect(BASE_SCHEDULES).toEqual(expect.arrayContaining(['cyclic', 'warmup-stable-decay', 'reduce-on-plateau']));
    expect(scheduleCurves(defaults)).toHaveLength(10);
  });

  it('draws cyclic as triangles from base_lr to max_lr, and reads out the momentum it cycles', () => {
    const cyclic = scheduleCurves({ ...noWarm, cycleSteps: 10, cycleBase: 0.2, lr: 0.1 }).find((c) => c.name === 'cyclic')!;
    const lr = (e: number) => cyclic.points[e]![1];
    expect([lr(0), lr(5), lr(10), lr(15), lr(20), lr(30)]).toEqual([expect.closeTo(0.02, 12), expect.closeTo(0.06, 12), expect.closeTo(0.1, 12), expect.closeTo(0.06, 12), expect.closeTo(0.02, 12), expect.closeTo(0.1, 12)]);
    expect(readout(cyclic, 10)).toEqual({ lr: expect.closeTo(0.1, 12), momentum: expect.closeTo(0.8, 12) });
  });

  it('draws WSD with the viewer\'s warm-up as its own, a flat middle, and the chosen cool-down', () => {
    const state = { ...defaultState('warmup-stable-decay'), decayShape: 'linear' as const };
    expect(state).toMatchObject({ schedule: 'warmup-stable-decay', warmupSteps: 10, decayFraction: 0.2 });
    const wsd = scheduleCurves(state).find((c) => c.name === 'warmup-stable-decay')!;
    const lr = (e: number) => wsd.points[e]![1];
    expect([lr(0), lr(5), lr(10), lr(79), lr(90)]).toEqual([0, expect.closeTo(0.05, 12), 0.1, 0.1, expect.closeTo(0.05, 12)]);
    expect(wsd.schedule.name).toBe('warmup-stable-decay');
  });

  it('shortens a WSD decay that does not fit after the warm-up, and says so', () => {
    const { decayFraction, notes } = effectiveSettings({ ...defaults, schedule: 'warmup-stable-decay', warmupSteps: 90, decayFraction: 0.5 });
    expect(decayFraction).toBeCloseTo(0.1, 12);
    expect(notes).toContain('A decay over 50 % of the run does not fit after 90 warm-up steps: decaying over the last 10 steps.');
    expect(() => scheduleCurves({ ...defaults, schedule: 'warmup-stable-decay', warmupSteps: 90, decayFraction: 0.5 })).not.toThrow();
  });

  it('draws reduce-on-plateau from its run on the illustrative loss, without the warm-up', () => {
    const plateau = scheduleCurves({ ...defaults, schedule: 'reduce-on-plateau' }).find((c) => c.name === 'reduce-on-plateau')!;
    expect(plateau.loss).toHaveLength(100);
    expect(plateau.points[0]![1]).toBe(0.1);
    expect(Math.min(...plateau.points.map((p) => p[1]))).toBeLessThan(0.1);
    expect(effectiveSettings({ ...defaults, schedule: 'reduce-on-plateau' }).notes[0]).toMatch(/warm-up is not applied to it/);
  });

  it('round-trips the new fields through the URL', () => {
    const state = { ...noWarm, schedule: 'warmup-stable-decay' as const, cycleSteps: 7, cycleBase: 0.3, decayFraction: 0.35, decayShape: 'cosine' as const, patience: 4, plateauFactor: 0.25 };
    const params = new URLSearchParams(serializeUrlState(ScheduleViewerStateSchema, URL_PREFIX, state));
    expect(params.get('sv.s')).toBe('warmup-stable-decay');
    expect(params.get('sv.shape')).toBe('cosine');
    expect(parseUrlState(ScheduleViewerStateSchema, URL_PREFIX, params, defaults)).toEqual({ state, warnings: [] });
  });

  it('accepts the new presets as the entry prop', () => {
    for (const schedule of ['cyclic', 'reduce-on-plateau', 'warmup-stable-decay']) {
      expect(parseDemoProps(scheduleViewer, { schedule })).toEqual({ schedule });
      expect(scheduleViewer.describe({ schedule } as never)).toContain('It opens on');
    }
  });

  it('writes CyclicLR, get_wsd_schedule and a per-epoch ReduceLROnPlateau', () => {
    expect(pytorchCode({ ...noWarm, schedule: 'cyclic' }, 0)).toContain('CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=10)');
    const wsd = defaultState('warmup-stable-decay');
    expect(pytorchCode(wsd, 10)).toContain('get_wsd_schedule(opt, num_warmup_steps=10, num_decay_steps=20, num_training_steps=100, decay_type="1-sqrt", min_lr_ratio=0)');
    expect(pytorchCode(wsd, 10)).not.toContain('SequentialLR');
    const plateau = pytorchCode({ ...noWarm, schedule: 'reduce-on-plateau' }, 0);
    expect(plateau).toContain('ReduceLROnPlateau(opt, factor=0.5, patience=10)');
    expect(plateau).toContain('sched.step(val_loss)');
    expect(tfjsCode({ ...noWarm, schedule: 'reduce-on-plateau' }, 0)).toContain('function onEpoch(valLoss)');
    expect(tfjsCode(wsd, 10)).toContain('1 - Math.sqrt(p)');
  });
});
