import { describe, expect, it } from 'vitest';
import { pytorchCode, tfjsCode } from '../../../../components/demos/LossExplorer/code';
import { fitLine, outlierPull, regressionData, TRUE_LINE } from '../../../../components/demos/LossExplorer/fit';
import { lossExplorer } from '../../../../components/demos/LossExplorer/manifest';
import { URL_PREFIX } from '../../../../components/demos/LossExplorer/limits';
import { defaultState, LossExplorerStateSchema } from '../../../../components/demos/LossExplorer/state';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';

describe('loss explorer fit', () => {
  const clean = regressionData(false, 12);
  const dirty = regressionData(true, 12);

  it.each(['mse', 'mae', 'huber'] as const)('fits close to the true line with %s when there is no outlier', (loss) => {
    const line = fitLine(clean.x, clean.y, loss, 1);
    expect(line.slope).toBeCloseTo(TRUE_LINE.slope, 0);
  });

  it('lets the outlier drag the MSE slope much further than the MAE and Huber slopes', () => {
    const mse = fitLine(dirty.x, dirty.y, 'mse', 1).slope - TRUE_LINE.slope;
    const mae = fitLine(dirty.x, dirty.y, 'mae', 1).slope - TRUE_LINE.slope;
    const huber = fitLine(dirty.x, dirty.y, 'huber', 1).slope - TRUE_LINE.slope;
    expect(Math.abs(mse)).toBeGreaterThan(5 * Math.abs(mae));
    expect(Math.abs(mse)).toBeGreaterThan(3 * Math.abs(huber));
  });

  it('gives the outlier most of the pull under MSE and a small share under MAE and Huber', () => {
    const pull = (loss: 'mse' | 'mae' | 'huber') => outlierPull(dirty.x, dirty.y, loss, 1);
    expect(pull('mse')).toBeGreaterThan(0.6);
    expect(pull('mae')).toBeCloseTo(0.1, 2);
    expect(pull('huber')).toBeLessThan(0.4);
  });
});

describe('loss explorer state and code', () => {
  const defaults = defaultState(parseDemoProps(lossExplorer, { losses: 'mse,huber' }).losses);

  it('round-trips its state through the URL', () => {
    const state = { losses: ['mae' as const, 'hinge' as const], delta: 0.35, outlier: false, outlierSize: 20 };
    const params = new URLSearchParams(serializeUrlState(LossExplorerStateSchema, URL_PREFIX, state));
    expect([...params.keys()]).toEqual(['le.show', 'le.delta', 'le.outlier', 'le.size']);
    expect(parseUrlState(LossExplorerStateSchema, URL_PREFIX, params, defaults)).toEqual({ state, warnings: [] });
  });

  it('keeps the default delta for a delta of 0 and says why', () => {
    const { state, warnings } = parseUrlState(LossExplorerStateSchema, URL_PREFIX, new URLSearchParams('le.delta=0'), defaults);
    expect(state.delta).toBe(1);
    expect(warnings[0]).toContain('below the minimum 0.05');
  });

  it('writes the Huber delta into both code samples', () => {
    const s = { ...defaults, delta: 2.5 };
    expect(pytorchCode(s, [1, 2])).toContain('torch.nn.HuberLoss(delta=2.5)');
    expect(tfjsCode(s, [1, 2])).toContain('tf.losses.huberLoss(y, pred, undefined, 2.5)');
  });
});
