import { describe, expect, it } from 'vitest';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { trainingPlayground } from '../../../../components/demos/TrainingPlayground/manifest';
import { assessSettings, defaultState, DIVERGENCE_LOSS } from '../../../../components/demos/TrainingPlayground/state';
import { datasetRequest, trainRequest } from '../../../../components/demos/TrainingPlayground/training-request';

const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 4, ny: 4 };
const { state } = defaultState(parseDemoProps(trainingPlayground, {}));

describe('the training playground worker requests', () => {
  it('asks the worker to stop the run itself once the loss passes the divergence limit', () => {
    const body = trainRequest(state, assessSettings(state), grid);
    expect(body.training.divergeAbove).toBe(DIVERGENCE_LOSS);
    expect(body.training).toMatchObject({ epochs: state.epochs, batchSize: 32, l2: state.l2, seed: state.seed });
    expect(body.model.layerSizes).toEqual([2, 16, 16, 1]);
    expect(body.field).toEqual({ grid, every: 3 });
  });

  it('trains a one-input regression model on the sine data set', () => {
    const s = { ...state, dataset: 'regression' as const };
    expect(datasetRequest(s).name).toBe('sine');
    expect(trainRequest(s, assessSettings(s), grid).model).toMatchObject({ layerSizes: [1, 16, 16, 1], task: 'regression' });
  });
});
