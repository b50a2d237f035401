import { describe, expect, it } from 'vitest';
import { barHeights, maxShare } from '../../../../components/demos/CompressionLab/WeightHistogram';
import { ACTION_LABELS, DATASET_LABELS } from '../../../../components/demos/CompressionLab/state';

describe('compression lab weight histogram scale', () => {
  it('scales each row by its share of weights, so a 12-weight student is as visible as a 1,056-weight original', () => {
    // The original: 1,056 weights with a 96-weight peak bin; the student: 12 weights, at most 2 in a bin.
    const original = [96, 480, 480];
    const student = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const share = maxShare(original, student);
    expect(share).toBeCloseTo(480 / 1056);
    const tallestStudent = Math.max(...barHeights(student, share, 56));
    // On a shared COUNT scale this bar was sqrt(2 / 480) * 56, about 3.6 px: the row looked empty.
    expect(tallestStudent).toBeGreaterThan(20);
    expect(Math.max(...barHeights(original, share, 56))).toBeCloseTo(56);
  });

  it('keeps equal-size rows comparable exactly as counts (quantize and prune)', () => {
    const before = [1, 4, 16, 4, 1];
    const after = [0, 0, 26, 0, 0];
    const share = maxShare(before, after);
    const [b, a] = [barHeights(before, share, 50), barHeights(after, share, 50)];
    expect(a[2]).toBeCloseTo(50);
    expect(b[2]! / a[2]!).toBeCloseTo(Math.sqrt(16 / 26));
  });

  it('draws nothing for an empty row instead of dividing by zero', () => {
    expect(barHeights([0, 0], maxShare([0, 0]))).toEqual([0, 0]);
    expect(maxShare([0, 0], [])).toBe(0);
  });
});

describe('compression lab labels', () => {
  it('names the action button with a verb phrase that differs from its tab', () => {
    expect(ACTION_LABELS).toEqual({ quantize: 'Quantize the model', prune: 'Prune the model', distill: 'Distill a student' });
  });

  it('mentions a teacher only on the Distill tab', () => {
    expect(DATASET_LABELS.quantize).not.toMatch(/teacher/);
    expect(DATASET_LABELS.prune).not.toMatch(/teacher/);
    expect(DATASET_LABELS.distill).toMatch(/teacher/);
  });
});

describe('compression lab results table', () => {
  it('shows size ratios with three significant digits', async () => {
    const { ratio } = await import('../../../../components/demos/CompressionLab/ResultsTable');
    expect(ratio(4740, 1080)).toBe('4.39x');
    expect(ratio(4740, 68)).toBe('69.7x');
    expect(ratio(4740, 4740)).toBe('1.00x');
    expect(ratio(4740, 0)).toBe('4740.0x');
  });
});
