import { describe, expect, it } from 'vitest';
import { effectiveSettings, readout, scheduleCurves } from '../../../../components/demos/ScheduleViewer/build-schedules';
import { pytorchCode, tfjsCode } from '../../../../components/demos/ScheduleViewer/code';
import { BASE_SCHEDULES } from '../../../../components/demos/ScheduleViewer/base-schedules';
import { scheduleViewer } from '../../../../components/demos/ScheduleViewer/manifest';
import { URL_PREFIX } from '../../../../components/demos/ScheduleViewer/limits';
import { defaultState, ScheduleViewerStateSchema } from '../../../../components/demos/ScheduleViewer/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';

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
