/**
 * Integer post-training quantization of the kernels (bit-packed codes plus scales), evaluated with dequantized
 * weights in float32 math: simulated "fake-quant" inference, weights only.
 */
import { postTrainingQuantize } from '../post-training-quantization';
import { float32Bytes, quantizedBytes } from '../tensor-bytes';
import type { CompressionVariant } from './variant';

export const integerVariant: CompressionVariant<'integer'> = ({ bits, scheme, granularity }, { model }) => {
  const { tensors } = postTrainingQuantize(model, { bits, scheme, granularity });
  return {
    label: `int${bits} ${scheme} ${granularity}`,
    weights: tensors.map(({ name, shape, values }) => ({ name, shape, values })),
    bytes: tensors.map((t) => (t.quantized === undefined ? float32Bytes(t.values) : quantizedBytes(t.quantized))),
    tensors: tensors.map(({ name, shape, format }) => ({ name, shape, format })),
    notes: [
      `Kernels are stored as ${bits}-bit codes (bit-packed) plus one float32 scale per ${granularity === 'per-channel' ? 'output unit' : 'tensor'}${scheme === 'asymmetric' ? ' and a zero point' : ''}; biases stay float32.`,
      'Accuracy is simulated ("fake-quant"): the codes are dequantized and the forward pass runs in float32. Activations are not quantized, and no real int8 kernels run, so this shows the accuracy and size effects, not a speed-up.',
    ],
  };
};
