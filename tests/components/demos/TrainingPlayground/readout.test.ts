import { describe, expect, it } from 'vitest';
import { lossText, percentText, readoutText } from '../../../../components/demos/TrainingPlayground/readout';

const epoch = { epoch: 3, step: 30, lr: 1e9, trainLoss: NaN, validationLoss: Infinity, trainAccuracy: NaN, validationAccuracy: 0.5 };

describe('the training readout', () => {
  it('says "diverged" instead of NaN or Infinity after a divergence, and "—" for a meaningless accuracy', () => {
    const text = readoutText(epoch, true);
    expect(text).toBe('training loss diverged, validation loss diverged, accuracy — train / 50% validation, lr 1e9');
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('shows "—" for a non-finite loss of a run that did not diverge, and formats finite values', () => {
    expect(lossText(NaN, false)).toBe('—');
    expect(lossText(0.12345, false)).toBe('0.123');
    expect(percentText(undefined)).toBe('—');
    expect(percentText(0.876)).toBe('88%');
  });

  it('leaves out accuracy for regression and says what to wait for before the first epoch', () => {
    expect(readoutText({ ...epoch, trainLoss: 0.5, validationLoss: 0.25, trainAccuracy: undefined, validationAccuracy: undefined, lr: 0.01 }, false)).toBe('training loss 0.5, validation loss 0.25, lr 0.01');
    expect(readoutText(undefined, false)).toBe('Losses appear here after the first epoch.');
  });
});
