import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { semiStructuredPrune } from '../../../../src/core/compress/semi-structured-pruning';
import { sparse24Bytes, sparse24Variant } from '../../../../src/core/compress/variants/sparse24';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { accuracyOf } from '../../../../src/core/model/mlp';
import { kernelsOf, trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput([2, 8, 12, 1], 300);
});
afterAll(() => input.model.dispose());

describe('sparse24Variant', () => {
  it('without fine-tuning equals semiStructuredPrune on each kernel, at its bits per weight', () => {
    const out = sparse24Variant({ kind: 'sparse24', fineTuneSteps: 0 }, input);
    for (const w of kernelsOf(input.weights)) {
      const ref = semiStructuredPrune(w.values, w.shape as [number, number]);
      expect(out.weights.find((x) => x.name === w.name)!.values).toEqual(ref.pruned);
      const kept = ref.mask.reduce((n, m) => n + m, 0);
      expect(out.bytes[input.weights.indexOf(w)]!.length).toBe(4 * kept + Math.ceil((2 * kept) / 8));
    }
    // dense0 has 2 inputs (both kept: 32 bits each + 2-bit positions), dense1 8 inputs and dense2 12 (half kept: 17).
    expect(out.bitsPerWeight).toBeCloseTo((16 * 34 + 96 * 17 + 12 * 17) / (16 + 96 + 12), 12);
  });

  it('fine-tuning keeps the 2:4 zeros, changes the kept weights and recovers accuracy', () => {
    const oneShot = sparse24Variant({ kind: 'sparse24', fineTuneSteps: 0 }, input);
    const tuned = sparse24Variant({ kind: 'sparse24', fineTuneSteps: 60 }, input);
    for (const w of kernelsOf(oneShot.weights)) {
      const t = tuned.weights.find((x) => x.name === w.name)!;
      w.values.forEach((v, i) => {
        if (v === 0) expect(Math.abs(t.values[i]!)).toBe(0);
      });
    }
    expect(tuned.weights.find((x) => x.name === 'dense1/kernel')!.values).not.toEqual(oneShot.weights.find((x) => x.name === 'dense1/kernel')!.values);
    const acc = (weights: typeof oneShot.weights): number => accuracyOf('binary', input.model.predict(input.data.train.x, { weights }), input.data.train)!;
    expect(acc(tuned.weights)).toBeGreaterThanOrEqual(acc(oneShot.weights));
  });

  it('stores the kept values then 2-bit positions', () => {
    const bytes = sparse24Bytes([1, 0, 0, 2], new Uint8Array([1, 0, 0, 1]), 4, 1);
    expect(Array.from(bytes.subarray(8))).toEqual([0 | (3 << 2)]);
  });
});
