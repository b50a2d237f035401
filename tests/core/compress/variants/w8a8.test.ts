import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmInt8Matmul } from '../../../../src/core/compress/llm-int8';
import { smoothQuant } from '../../../../src/core/compress/smoothquant';
import { activate, layerInputs, plainForward } from '../../../../src/core/compress/variants/plain-forward';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { w8a8Variant } from '../../../../src/core/compress/variants/w8a8';
import { absMax, divideRows, int8PerOutput, int8Product, outlierMultipliers, scaleColumns } from '../../../../src/core/compress/variants/w8a8-product';
import { accuracyOf, type NamedWeights } from '../../../../src/core/model/mlp';
import { maxAbsDiff } from '../helpers';
import { kernelsOf, trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput([2, 16, 16, 1], 300);
});
afterAll(() => input.model.dispose());

/** A forward pass built by hand from one product per layer. */
function chain(weights: readonly NamedWeights[], x: Float32Array, product: (h: Float32Array, l: number, kernel: Float32Array, inputs: number, outputs: number) => Float32Array): Float32Array {
  const kernels = kernelsOf(weights);
  let h = x;
  kernels.forEach((k, l) => {
    const [inputs, outputs] = k.shape as [number, number];
    const bias = weights[weights.indexOf(k) + 1]!.values;
    const z = product(h, l, k.values, inputs, outputs);
    h = z.map((v, i) => (l === kernels.length - 1 ? v + bias[i % outputs]! : activate(v + bias[i % outputs]!, 'tanh')));
  });
  return h;
}

const accuracy = (out: Float32Array): number => accuracyOf('binary', out, input.data.validation)!;

describe('w8a8Variant', () => {
  it('LLM.int8() equals llmInt8Matmul per layer (threshold 6) on the outlier-scaled model', () => {
    const x = input.data.validation.x;
    for (const outliers of [false, true]) {
      const out = w8a8Variant({ kind: 'w8a8', method: 'llm-int8', outliers }, input);
      const expected = chain(input.weights, x, (h, l, k, i, o) => {
        const m = outlierMultipliers(l, i, outliers);
        return llmInt8Matmul(scaleColumns(h, m), divideRows(k, m, o), [i, o], { threshold: 6 }).output;
      });
      expect(Array.from(out.predict!(x))).toEqual(Array.from(expected));
    }
  });

  it('SmoothQuant equals smoothQuant (alpha 0.5) then int8 weights per output and int8 activations per tensor', () => {
    const x = input.data.validation.x;
    const calibration = layerInputs(input.weights, 'tanh', input.data.train.x);
    const out = w8a8Variant({ kind: 'w8a8', method: 'smoothquant', outliers: true }, input);
    const expected = chain(input.weights, x, (h, l, k, i, o) => {
      const m = outlierMultipliers(l, i, true);
      const sq = smoothQuant(divideRows(k, m, o), [i, o], scaleColumns(calibration[l]!, m), { alpha: 0.5 });
      const inv = Float32Array.from(sq.scales, (s) => 1 / s);
      return int8Product(scaleColumns(scaleColumns(h, m), inv), absMax(sq.smoothedInputs), int8PerOutput(sq.smoothedKernel, i, o), i, o);
    });
    expect(Array.from(out.predict!(x))).toEqual(Array.from(expected));
  });

  it('plain W8A8 is close to float without outliers; the outlier switch keeps the float model but breaks plain W8A8, and SmoothQuant and LLM.int8() recover', () => {
    const x = input.data.validation.x;
    const float = plainForward(input.weights, 'tanh', x);
    const plain = w8a8Variant({ kind: 'w8a8', method: 'plain', outliers: false }, input).predict!(x);
    expect(maxAbsDiff(plain, float)).toBeLessThan(0.1 * absMax(float));
    expect(accuracy(plain)).toBeGreaterThanOrEqual(accuracy(float) - 0.02);
    const broken = w8a8Variant({ kind: 'w8a8', method: 'plain', outliers: true }, input).predict!(x);
    expect(accuracy(broken)).toBeLessThan(accuracy(float) - 0.1);
    for (const method of ['smoothquant', 'llm-int8'] as const) {
      expect(accuracy(w8a8Variant({ kind: 'w8a8', method, outliers: true }, input).predict!(x))).toBeGreaterThanOrEqual(accuracy(float) - 0.02);
    }
  });

  it('reports int8 storage: about 8 bits per weight plus scales', () => {
    const out = w8a8Variant({ kind: 'w8a8', method: 'plain', outliers: false }, input);
    // dense1: 256 codes + 16 float32 scales + 1 float32 activation scale.
    expect(out.bytes[2]!.length).toBe(256 + 16 * 4 + 4);
    expect(out.bitsPerWeight).toBeGreaterThan(8);
    expect(out.bitsPerWeight).toBeLessThan(16);
  });
});
