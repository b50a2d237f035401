import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_FORMATS, type BlockFormat } from '../../../../src/core/compress/blocks/block-types';
import { quantizeBlocks } from '../../../../src/core/compress/quantize-blocks';
import { blockBytes, blockVariant } from '../../../../src/core/compress/variants/block-format';
import { transpose } from '../../../../src/core/compress/variants/kernel-layout';
import type { VariantInput } from '../../../../src/core/compress/variants/variant';
import { biasesOf, kernelsOf, trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput();
});
afterAll(() => input.model.dispose());

describe('blockVariant', () => {
  const cases: [BlockFormat, boolean][] = BLOCK_FORMATS.flatMap((format): [BlockFormat, boolean][] => (format === 'nf4' ? [[format, true], [format, false]] : [[format, false]]));
  it.each(cases)(
    '%s (double quant %s) equals quantizeBlocks on each kernel, blocks along the inputs of each output',
    (format, doubleQuant) => {
      const blockSize = format === 'nvfp4' ? 16 : format === 'mxfp4' || format === 'mxfp8-e4m3' ? 32 : 16;
      const out = blockVariant({ kind: 'block', format, blockSize, doubleQuant }, input);
      let bits = 0;
      let count = 0;
      kernelsOf(input.weights).forEach((w) => {
        const [inputs, outputs] = w.shape as [number, number];
        const q = quantizeBlocks(transpose(w.values, inputs, outputs), { format, blockSize, ...(format === 'nf4' ? { doubleQuant } : {}) });
        const got = out.weights.find((x) => x.name === w.name)!;
        expect(Array.from(got.values)).toEqual(Array.from(transpose(q.dequantized, outputs, inputs)));
        expect(out.bytes[input.weights.indexOf(w)]).toEqual(blockBytes(q));
        bits += q.bitsPerWeight * w.values.length;
        count += w.values.length;
      });
      expect(out.bitsPerWeight).toBeCloseTo(bits / count, 12);
      for (const b of biasesOf(input.weights)) expect(out.weights.find((x) => x.name === b.name)!.values).toEqual(b.values);
    },
  );

  it('stores int4 blocks as packed codes, a float32 scale and a 4-bit zero point per block', () => {
    const values = new Float32Array(64).map((_, i) => Math.sin(i));
    const q = quantizeBlocks(values, { format: 'int4', blockSize: 16 });
    expect(blockBytes(q).length).toBe(32 + 4 * 4 + 2);
    const mx = quantizeBlocks(values, { format: 'mxfp4' });
    expect(blockBytes(mx).length).toBe(32 + 2);
  });

  it('names a bad block size', () => {
    expect(() => blockVariant({ kind: 'block', format: 'int4', blockSize: 0, doubleQuant: false }, input)).toThrow(/blockSize must be an integer/);
  });
});
