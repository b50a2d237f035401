/** float16 kernels: each kernel value rounded to half precision (2 bytes); biases stay float32. */
import { isKernel } from '../../model/mlp';
import { castToFloat16 } from '../float16';
import { float16Bytes, float32Bytes } from '../tensor-bytes';
import type { CompressionVariant } from './variant';

export const fp16Variant: CompressionVariant<'fp16'> = (_spec, { weights }) => ({
  label: 'float16 kernels',
  weights: weights.map((w) => (isKernel(w) ? { ...w, values: castToFloat16(w.values) } : w)),
  bytes: weights.map((w) => (isKernel(w) ? float16Bytes(w.values) : float32Bytes(w.values))),
  tensors: weights.map((w) => ({ name: w.name, shape: w.shape, format: isKernel(w) ? 'float16' : 'kept float32: bias' })),
  notes: ['Kernels are rounded to float16 (2 bytes each); biases stay float32. Inference runs in float32 on the rounded values.'],
});
