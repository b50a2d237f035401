import { describe, expect, it } from 'vitest';
import { checkDivergeAbove, divergenceAt } from '../../../src/core/model/divergence';

describe('divergence of a training run', () => {
  it.each([
    [12, Infinity, 1e4, 'diverged at epoch 12: loss became Infinity'],
    [1, Number.NaN, undefined, 'diverged at epoch 1: loss became NaN'],
    [3, 325204.8, 1e4, 'diverged at epoch 3: loss grew to 3.3e5, above 10,000'],
  ])('describes epoch %i with loss %d (limit %s)', (epoch, loss, limit, message) => {
    expect(divergenceAt(epoch, loss, limit)).toEqual({ epoch, loss, message });
  });

  it('lets a finite loss at or below the limit, or any finite loss without a limit, train on', () => {
    expect(divergenceAt(4, 1e4, 1e4)).toBeUndefined();
    expect(divergenceAt(4, 1e30, undefined)).toBeUndefined();
  });

  it('rejects a limit that is not a finite positive number, naming the field and the fix', () => {
    expect(() => checkDivergeAbove(0)).toThrow('divergeAbove must be a finite number > 0 (got 0) in training: leave it out to stop only on NaN or Infinity');
    expect(() => checkDivergeAbove(undefined)).not.toThrow();
  });
});
