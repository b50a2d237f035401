import { describe, expect, it } from 'vitest';
import { scheduleAt, validateSchedule } from '../../../../src/core/plain';
import { CYCLIC_BASE_FRACTION, CYCLIC_CYCLES, plateauPatience, SCHEDULE_PRESET_LABELS, SCHEDULE_PRESETS, scheduleFor } from '../../../../components/demos/shared/schedule-presets';

describe('schedule presets', () => {
  it.each(SCHEDULE_PRESETS)('"%s" is a valid core schedule with a label', (id) => {
    expect(() => validateSchedule(scheduleFor(id, 400, { epochs: 40, lr: 0.05 }))).not.toThrow();
    expect(() => validateSchedule(scheduleFor(id, 1, { epochs: 1, lr: 0.05 }))).not.toThrow();
    expect(SCHEDULE_PRESET_LABELS[id].length).toBeGreaterThan(3);
  });

  it('cyclic runs CYCLIC_CYCLES triangles from lr/10 up to lr over the run', () => {
    const lr = 0.05;
    const total = 400;
    const s = scheduleFor('cyclic', total, { lr });
    const half = total / (2 * CYCLIC_CYCLES);
    const lrs = Array.from({ length: total }, (_, e) => scheduleAt(s, e, lr));
    expect(lrs[0]).toBeCloseTo(CYCLIC_BASE_FRACTION * lr, 12);
    expect(lrs[half]).toBeCloseTo(lr, 12);
    expect(lrs[2 * half]).toBeCloseTo(CYCLIC_BASE_FRACTION * lr, 12);
    expect(lrs[half / 2]).toBeCloseTo((CYCLIC_BASE_FRACTION * lr + lr) / 2, 12);
    // Peaks: the steps where the lr reaches lr, one per cycle.
    expect(lrs.filter((v) => Math.abs(v - lr) < 1e-12)).toHaveLength(CYCLIC_CYCLES);
    expect(s).toMatchObject({ cycleMomentum: false });
  });

  it('warmup-stable-decay warms up over the first 10 %, holds the lr, and cools down over the last 20 % to 0', () => {
    const s = scheduleFor('warmup-stable-decay', 200);
    const at = (e: number) => scheduleAt(s, e, 0.1);
    expect(at(0)).toBe(0);
    expect(at(10)).toBeCloseTo(0.05, 12);
    expect(at(20)).toBeCloseTo(0.1, 12);
    expect(at(159)).toBeCloseTo(0.1, 12);
    // 1-sqrt cool-down: a quarter of the way in, the lr is (1 - sqrt(1/4)) of the peak.
    expect(at(170)).toBeCloseTo(0.05, 12);
    expect(at(199)).toBeLessThan(0.02);
  });

  it('reduce-on-plateau halves the lr after a patience that grows with the run, from 2 to PyTorch\'s 10 epochs', () => {
    expect(scheduleFor('reduce-on-plateau', 1000, { epochs: 100 })).toEqual({ name: 'reduce-on-plateau', factor: 0.5, patience: 5 });
    expect([plateauPatience(10), plateauPatience(100), plateauPatience(1000)]).toEqual([2, 5, 10]);
    // Not a function of the step: without a metric it stays at the starting lr.
    expect(scheduleAt(scheduleFor('reduce-on-plateau', 100), 99, 0.3)).toBe(0.3);
  });
});
