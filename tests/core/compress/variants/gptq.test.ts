import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gptqQuantize } from '../../../../src/core/compress/gptq';
import { quantizeBlocks } from '../../../../src/core/compress/quantize-blocks';
import { effectiveGroupSize, gptqVariant, rtnGroups } from '../../../../src/core/compress/variants/gptq';
import { transpose } from '../../../../src/core/compress/variants/kernel-layout';
import { denseMatmul, layerInputs } from '../../../../src/core/compress/variants/plain-forward';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { biasesOf, kernelsOf, trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput([2, 16, 16, 1], 200);
});
afterAll(() => input.model.dispose());

/** sum over calibration rows of ||X (W - Q)||^2: the layer output error GPTQ minimizes. */
function outputError(x: Float32Array, w: Float32Array, q: Float32Array, inputs: number, outputs: number): number {
  const diff = Float32Array.from(w, (v, i) => v - (q[i] as number));
  return denseMatmul(x, diff, inputs, outputs).reduce((s, v) => s + v * v, 0);
}

describe('gptqVariant', () => {
  it.each([
    [4, 8],
    [3, 8],
    [3, 16],
  ])('GPTQ int%i, groups of %i, equals gptqQuantize per kernel with the float model\'s training activations', (bits, groupSize) => {
    const out = gptqVariant({ kind: 'gptq', method: 'gptq', bits, groupSize }, input);
    const calibration = layerInputs(input.weights, 'tanh', input.data.train.x);
    kernelsOf(input.weights).forEach((w, l) => {
      const [inputs, outputs] = w.shape as [number, number];
      const ref = gptqQuantize(w.values, [inputs, outputs], calibration[l]!, { bits, groupSize: effectiveGroupSize(groupSize, inputs) });
      expect(out.weights.find((x) => x.name === w.name)!.values).toEqual(ref.dequantized);
    });
    for (const b of biasesOf(input.weights)) expect(out.weights.find((x) => x.name === b.name)!.values).toEqual(b.values);
  });

  it('round-to-nearest int4 equals quantizeBlocks int4 (the same GPTQ reference quantizer) on the transposed kernel', () => {
    const out = gptqVariant({ kind: 'gptq', method: 'rtn', bits: 4, groupSize: 8 }, input);
    for (const w of kernelsOf(input.weights).filter((k) => k.shape[0] === 16)) {
      const q = quantizeBlocks(transpose(w.values, 16, w.shape[1]!), { format: 'int4', blockSize: 8 });
      expect(out.weights.find((x) => x.name === w.name)!.values).toEqual(transpose(q.dequantized, w.shape[1]!, 16));
    }
    // 4 bits + (32-bit scale + 4-bit zero) per 8 weights = 8.5 on the 16-input layers; dense0 has one group of 2.
    expect(rtnGroups(new Float32Array(32).map((_, i) => i - 10), 16, 2, 4, 8).bitsPerWeight).toBe(8.5);
  });

  it('int3 RTN uses at most 8 levels per group, and GPTQ has a smaller layer output error than RTN on the calibration data', () => {
    const w = kernelsOf(input.weights)[1]!;
    const rtn = rtnGroups(w.values, 16, 16, 3, 8);
    for (let o = 0; o < 16; o++) {
      const levels = new Set(Array.from({ length: 8 }, (_, i) => rtn.codes[i * 16 + o]));
      expect(levels.size).toBeLessThanOrEqual(8);
    }
    const x = layerInputs(input.weights, 'tanh', input.data.train.x)[1]!;
    const gptq = gptqQuantize(w.values, [16, 16], x, { bits: 3, groupSize: 8 });
    expect(outputError(x, w.values, gptq.dequantized, 16, 16)).toBeLessThan(outputError(x, w.values, rtn.dequantized, 16, 16));
  });
});
