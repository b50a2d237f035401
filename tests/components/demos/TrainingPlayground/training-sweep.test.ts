import { describe, expect, it } from 'vitest';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { trainingPlayground } from '../../../../components/demos/TrainingPlayground/manifest';
import { DIVERGENCE_LOSS, defaultState, trainingPoints } from '../../../../components/demos/TrainingPlayground/state';
import { datasetRequest, modelSpec } from '../../../../components/demos/TrainingPlayground/training-request';
import { SWEEP_EPOCHS, sweepBatchSizes, sweepLrs, sweepRequest } from '../../../../components/demos/TrainingPlayground/training-sweep';

const { state } = defaultState(parseDemoProps(trainingPlayground, {}));

describe('the training playground sweep request', () => {
  it('is 8 learning rates from 1e-3 to 1 by 8 batch sizes from 4 to the whole training set', () => {
    const lrs = sweepLrs();
    expect(lrs).toHaveLength(8);
    expect(lrs[0]).toBeCloseTo(1e-3, 12);
    expect(lrs[7]).toBeCloseTo(1, 12);
    const n = trainingPoints(state.points);
    const sizes = sweepBatchSizes(n);
    expect(sizes).toHaveLength(8);
    expect(sizes[0]).toBe(4);
    expect(sizes.at(-1)).toBe(n);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
  });

  it('has no repeated batch sizes on a small training set', () => {
    const sizes = sweepBatchSizes(10);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(sizes.at(-1)).toBe(10);
    expect(sweepBatchSizes(3)).toEqual([3]);
  });

  it("trains the playground's data and model with its optimizer and seed, SWEEP_EPOCHS each, no schedule", () => {
    const body = sweepRequest({ ...state, optimizer: 'momentum', momentum: 0.8 });
    expect(body.type).toBe('sweep');
    expect(body.model).toEqual(modelSpec(state, 2));
    expect(body.dataset).toEqual(datasetRequest(state));
    expect(body.training).toEqual({ optimizer: { name: 'sgd', lr: 1, momentum: 0.8 }, epochs: SWEEP_EPOCHS, l2: state.l2, seed: state.seed, divergeAbove: DIVERGENCE_LOSS });
  });
});
