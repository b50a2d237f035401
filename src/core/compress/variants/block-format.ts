/**
 * Block formats per weight matrix (quantizeBlocks): int8/int4 per group, NF4 with or without double quantization,
 * MXFP4, MXFP8 (E4M3), NVFP4. Blocks run along each output unit's inputs (the kernel transposed to [outputs, inputs],
 * as PyTorch stores W and as MX blocks follow the reduction dimension). Biases stay float32.
 */
import { isKernel } from '../../model/mlp';
import { packCodes } from '../bit-packing';
import type { BlockFormat, BlockQuantization } from '../blocks/block-types';
import { quantizeBlocks } from '../quantize-blocks';
import { concatBytes, float32Bytes } from '../tensor-bytes';
import { averageBits, transpose } from './kernel-layout';
import type { QuickCompressionVariant } from './variant';

const CODE_BITS: Readonly<Record<BlockFormat, number>> = { int8: 8, int4: 4, nf4: 4, mxfp4: 4, 'mxfp8-e4m3': 8, nvfp4: 4 };

export const BLOCK_FORMAT_LABELS: Readonly<Record<BlockFormat, string>> = {
  int8: 'int8',
  int4: 'int4',
  nf4: 'NF4',
  mxfp4: 'MXFP4',
  'mxfp8-e4m3': 'MXFP8 (E4M3)',
  nvfp4: 'NVFP4',
};

/** The stored bytes of one block-quantized tensor: packed codes, then scales (1-byte codes or float32), zero points, tensor scale. */
export function blockBytes(q: BlockQuantization): Uint8Array {
  const bits = CODE_BITS[q.format];
  // The lab uses the asymmetric int quantizer (quantizeBlocks' default), so every code is unsigned.
  const parts = [packCodes(q.codes, bits, 0)];
  if (q.scaleCodes !== undefined) parts.push(Uint8Array.from(q.scaleCodes));
  else parts.push(float32Bytes(q.scales));
  if (q.zeroPoints !== undefined) parts.push(packCodes(q.zeroPoints, bits, 0));
  if (q.tensorScale !== undefined) parts.push(float32Bytes([q.tensorScale]));
  if (q.format === 'nf4' && q.scaleCodes !== undefined) {
    // Double quantization's second level: one float32 absmax per 256 scales (of the scales minus their mean).
    const mean = q.tensorScale ?? 0;
    const second: number[] = [];
    for (let b = 0; b < q.scales.length; b += 256) second.push(Math.max(...Array.from(q.scales.subarray(b, b + 256), (v) => Math.abs(v - mean))));
    parts.push(float32Bytes(second));
  }
  return concatBytes(parts);
}

export const blockVariant: QuickCompressionVariant<'block'> = ({ format, blockSize, doubleQuant }, { weights }) => {
  const quantized = weights.map((w) => {
    if (!isKernel(w)) return undefined;
    const [inputs, outputs] = [w.shape[0]!, w.shape[1]!];
    const q = quantizeBlocks(transpose(w.values, inputs, outputs), { format, blockSize, ...(format === 'nf4' ? { doubleQuant } : {}) });
    return { q, values: transpose(q.dequantized, outputs, inputs) };
  });
  const name = `${BLOCK_FORMAT_LABELS[format]}${format === 'nf4' && doubleQuant ? ' + double quant' : ''}`;
  const used = quantized.find((q) => q !== undefined)?.q.blockSize ?? blockSize;
  return {
    label: `${name}, blocks of ${used}`,
    weights: weights.map((w, i) => ({ ...w, values: quantized[i]?.values ?? w.values })),
    bytes: weights.map((w, i) => (quantized[i] === undefined ? float32Bytes(w.values) : blockBytes(quantized[i].q))),
    tensors: weights.map((w, i) => ({
      name: w.name,
      shape: w.shape,
      format: quantized[i] === undefined ? 'kept float32: bias' : `${name}, ${quantized[i].q.scales.length} blocks of ${used}, ${quantized[i].q.bitsPerWeight.toFixed(2)} bits per weight`,
    })),
    bitsPerWeight: averageBits(quantized.flatMap((q) => (q === undefined ? [] : [{ values: q.values.length, bitsPerWeight: q.q.bitsPerWeight }]))),
    notes: [
      `Each kernel is cut into blocks of ${used} consecutive inputs of one output unit; every block stores its codes plus its own scale${format === 'int4' || format === 'int8' ? ' and zero point' : ''}. Bits per weight count every code, scale and zero point.`,
      'Accuracy is simulated: the codes are dequantized and the forward pass runs in float32; activations stay float32.',
    ],
  };
};
