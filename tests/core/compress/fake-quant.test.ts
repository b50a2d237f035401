import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeQuantTf, type FakeQuantOptions } from '../../../src/core/compress/fake-quant';
import { dequantize, quantize } from '../../../src/core/compress/quantize';
import { dequantizeTf, quantizeTf } from '../../../src/core/compress/quantize-tf';
import { maxAbsDiff, randomTensor, TEST_BACKENDS, useBackend, vectors } from './helpers';

const q = vectors['quantization'] as Record<string, unknown>;
const input = q['input'] as number[];
const tfFakeQuant = q['fake_quant_8bit_min-1_max2.54 (TF FakeQuantWithMinMaxVars, uint8 grid 0..255)'] as {
  output: number[];
  ste_grad_mask: number[];
};

describe.each(TEST_BACKENDS)('fakeQuantTf on %s', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('reproduces TF FakeQuantWithMinMaxVars(-1, 2.54, 8 bits): values and the straight-through mask [0, 1, 1, 1, 1, 1]', () => {
    const options: FakeQuantOptions = { bits: 8, scheme: 'asymmetric', range: [-1, 2.54] };
    const x = tf.tensor1d(input);
    const y = fakeQuantTf(x, options);
    expect(maxAbsDiff(y.dataSync(), tfFakeQuant.output)).toBeLessThan(1e-6);
    const grad = tf.grad((v: tf.Tensor) => tf.sum(fakeQuantTf(v, options)))(x);
    // -1 lies below the nudged minimum -0.99953, so its gradient is blocked
    expect(Array.from(grad.dataSync())).toEqual(tfFakeQuant.ste_grad_mask);
    tf.dispose([x, y, grad]);
  });

  const cases: { options: FakeQuantOptions; shape: [number, number] }[] = [
    { options: { bits: 8, scheme: 'symmetric' }, shape: [50, 20] },
    { options: { bits: 4, scheme: 'symmetric', granularity: 'per-channel', axis: 1 }, shape: [50, 20] },
    { options: { bits: 8, scheme: 'asymmetric', granularity: 'per-channel', axis: 0 }, shape: [50, 20] },
    { options: { bits: 3, scheme: 'asymmetric' }, shape: [50, 20] },
  ];
  it.each(cases)('agrees with dequantize(quantize()) for $options', ({ options, shape }) => {
    const values = randomTensor(shape[0] * shape[1], `fq-${JSON.stringify(options)}`);
    const expected = dequantize(quantize(values, { ...options, shape }));
    const x = tf.tensor2d(values, shape);
    const actual = fakeQuantTf(x, options).dataSync();
    // tfjs computes the scale and x / scale in float32; a value within float32 rounding of a rounding tie may
    // land one step away, so allow a handful of one-step differences
    const scaleBound = Math.max(...quantize(values, { ...options, shape }).scales);
    let differing = 0;
    for (let i = 0; i < actual.length; i++) {
      const d = Math.abs(actual[i]! - expected[i]!);
      expect(d).toBeLessThanOrEqual(scaleBound * 1.001 + 1e-6);
      if (d > 1e-5) differing++;
    }
    expect(differing).toBeLessThanOrEqual(2);
    x.dispose();
  });

  it('gives int32 codes from quantizeTf equal to quantize() and dequantizes them back', () => {
    const values = randomTensor(3000, 'qtf');
    const expected = quantize(values, { bits: 8, scheme: 'asymmetric' });
    const x = tf.tensor1d(values);
    const q = quantizeTf(x, { bits: 8, scheme: 'asymmetric', granularity: 'per-tensor', axis: -1 });
    expect(q.codes.dtype).toBe('int32');
    const codes = q.codes.dataSync();
    let differing = 0;
    for (let i = 0; i < codes.length; i++) if (codes[i] !== expected.codes[i]) differing++;
    expect(differing).toBeLessThanOrEqual(2);
    const back = dequantizeTf(q);
    expect(maxAbsDiff(back.dataSync(), dequantize(expected))).toBeLessThanOrEqual(expected.scales[0]! * 1.001);
    tf.dispose([x, q.codes, q.scale, q.zeroPoint, back]);
  });

  it('passes gradients straight through for a tensor quantized on its own range', () => {
    const x = tf.tensor1d(randomTensor(100, 'ste'));
    const grad = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(fakeQuantTf(v, { bits: 4 }), 3)))(x);
    expect(Array.from(grad.dataSync()).every((g) => g === 3)).toBe(true);
    tf.dispose([x, grad]);
  });

  it('leaks no tensors', () => {
    const x = tf.tensor2d(randomTensor(40, 'leak'), [8, 5]);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      tf.grad((v: tf.Tensor) => tf.sum(fakeQuantTf(v, { bits: 4, granularity: 'per-channel' })))(x);
    });
    fakeQuantTf(x, { bits: 6, scheme: 'asymmetric' }).dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it.each([
    [{ bits: 1 }, 'bits must be an integer from 2 to 16 (got 1) in fakeQuantTf()'],
    [{ granularity: 'per-channel', axis: 2 }, 'axis must be an integer from -2 to 1 for a rank-2 tensor (got 2) in fakeQuantTf()'],
    [{ range: [1, -1] }, 'range must be two finite numbers [min, max] with min <= max (got [1, -1]) in fakeQuantTf()'],
  ])('rejects %j', (options, message) => {
    const x = tf.zeros([2, 2]);
    expect(() => fakeQuantTf(x, options as FakeQuantOptions)).toThrow(message);
    x.dispose();
  });
});
