import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denseLayers, layerInputs, plainForward } from '../../../../src/core/compress/variants/plain-forward';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { maxAbsDiff } from '../helpers';
import { trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput();
});
afterAll(() => input.model.dispose());

describe('plainForward', () => {
  it('matches the tfjs forward pass of the model', () => {
    const x = input.data.validation.x;
    expect(maxAbsDiff(plainForward(input.weights, 'tanh', x), input.model.predict(x))).toBeLessThan(1e-5);
  });

  it('collects each layer\'s input: x, then the tanh outputs of the hidden layers', () => {
    const x = input.data.train.x;
    const inputs = layerInputs(input.weights, 'tanh', x);
    expect(inputs.map((a) => a.length / input.data.train.n)).toEqual([2, 8, 12]);
    expect(inputs[0]).toBe(x);
    expect(Math.max(...inputs[1]!.map(Math.abs))).toBeLessThanOrEqual(1);
    expect(denseLayers(input.weights).map((d) => [d.inputs, d.outputs])).toEqual([[2, 8], [8, 12], [12, 1]]);
  });
});
