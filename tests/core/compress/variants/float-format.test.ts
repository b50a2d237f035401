import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundToFloatFormat } from '../../../../src/core/compress/round-to-float-format';
import { floatFormatBytes, floatVariant } from '../../../../src/core/compress/variants/float-format';
import { KERNEL_FLOAT_FORMATS, type VariantInput } from '../../../../src/core/compress/variants/variant';
import { biasesOf, kernelsOf, trainedInput } from './fixture';

let input: VariantInput;
beforeAll(async () => {
  input = await trainedInput();
});
afterAll(() => input.model.dispose());

describe('floatVariant', () => {
  it.each(KERNEL_FLOAT_FORMATS)('%s equals roundToFloatFormat on each kernel; biases stay float32', (format) => {
    const out = floatVariant({ kind: 'float', format }, input);
    for (const w of kernelsOf(input.weights)) {
      expect(out.weights.find((x) => x.name === w.name)!.values).toEqual(roundToFloatFormat(w.values, format));
      expect(out.bytes[input.weights.indexOf(w)]!.length).toBe(w.values.length * (format === 'bf16' ? 2 : 1));
    }
    for (const b of biasesOf(input.weights)) expect(out.weights.find((x) => x.name === b.name)!.values).toEqual(b.values);
    expect(out.bitsPerWeight).toBe(format === 'bf16' ? 16 : 8);
  });

  it('stores the bit patterns: bf16 is the top half of float32, E4M3 1.0 is 0x38, E5M2 -2.0 is 0xC0', () => {
    const bf = floatFormatBytes([1.5, -2], 'bf16');
    expect(Array.from(bf)).toEqual([0xc0, 0x3f, 0x00, 0xc0]);
    expect(Array.from(floatFormatBytes([1], 'fp8-e4m3'))).toEqual([0x38]);
    expect(Array.from(floatFormatBytes([-2], 'fp8-e5m2'))).toEqual([0xc0]);
  });
});
