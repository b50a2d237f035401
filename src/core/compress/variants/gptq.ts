/**
 * GPTQ against round-to-nearest (RTN) with the same quantizer: asymmetric codes of `bits` bits with one scale and
 * zero point per output unit and group of `groupSize` inputs (GPTQ's quant.py rule). GPTQ (gptqQuantize) also feeds
 * each column's rounding error forward through the inverse Hessian of the layer's calibration inputs: the float
 * model's activations on the training set, layer by layer. Biases stay float32.
 */
import { isKernel } from '../../model/mlp';
import { packCodes } from '../bit-packing';
import { gptqQuantize } from '../gptq';
import { roundHalfToEven } from '../round-to-float-format';
import { concatBytes, float32Bytes } from '../tensor-bytes';
import { averageBits } from './kernel-layout';
import { layerInputs } from './plain-forward';
import type { QuickCompressionVariant } from './variant';

export interface GroupQuantized {
  /** [inputs, outputs], like the kernel. */
  dequantized: Float32Array;
  codes: Int16Array;
  /** [outputs, groups]. */
  scales: Float64Array;
  zeroPoints: Int16Array;
  bitsPerWeight: number;
}

/** The group size a layer can use: `groupSize` capped at its inputs; -1 (per channel) stays -1. */
export function effectiveGroupSize(groupSize: number, inputs: number): number {
  return groupSize === -1 ? -1 : Math.min(groupSize, inputs);
}

/** Round-to-nearest with GPTQ's asymmetric quantizer per output unit and group of inputs (no error feedback). */
export function rtnGroups(kernel: ArrayLike<number>, inputs: number, outputs: number, bits: number, groupSize: number): GroupQuantized {
  const maxq = 2 ** bits - 1;
  const size = groupSize === -1 ? inputs : groupSize;
  const groups = Math.ceil(inputs / size);
  const scales = new Float64Array(outputs * groups);
  const zeroPoints = new Int16Array(outputs * groups);
  const codes = new Int16Array(kernel.length);
  const dequantized = new Float32Array(kernel.length);
  for (let o = 0; o < outputs; o++) {
    for (let g = 0; g < groups; g++) {
      const end = Math.min(inputs, (g + 1) * size);
      let xmin = 0;
      let xmax = 0;
      for (let i = g * size; i < end; i++) {
        xmin = Math.min(xmin, kernel[i * outputs + o] as number);
        xmax = Math.max(xmax, kernel[i * outputs + o] as number);
      }
      if (xmin === 0 && xmax === 0) [xmin, xmax] = [-1, 1];
      const scale = (xmax - xmin) / maxq;
      const zero = roundHalfToEven(-xmin / scale);
      scales[o * groups + g] = scale;
      zeroPoints[o * groups + g] = zero;
      for (let i = g * size; i < end; i++) {
        const q = Math.min(maxq, Math.max(0, roundHalfToEven((kernel[i * outputs + o] as number) / scale) + zero));
        codes[i * outputs + o] = q;
        dequantized[i * outputs + o] = scale * (q - zero);
      }
    }
  }
  return { dequantized, codes, scales, zeroPoints, bitsPerWeight: bits + (outputs * groups * (32 + bits)) / kernel.length };
}

export function groupBytes(q: GroupQuantized, bits: number): Uint8Array {
  return concatBytes([packCodes(q.codes, bits, 0), float32Bytes(q.scales), packCodes(q.zeroPoints, bits, 0)]);
}

export const gptqVariant: QuickCompressionVariant<'gptq'> = ({ method, bits, groupSize }, { model, weights, data }) => {
  const calibration = method === 'gptq' ? layerInputs(weights, model.spec.activation, data.train.x) : [];
  let layer = 0;
  const quantized = weights.map((w) => {
    if (!isKernel(w)) return undefined;
    const [inputs, outputs] = [w.shape[0]!, w.shape[1]!];
    const g = effectiveGroupSize(groupSize, inputs);
    const x = calibration[layer++];
    return x === undefined ? rtnGroups(w.values, inputs, outputs, bits, g) : gptqQuantize(w.values, [inputs, outputs], x, { bits, groupSize: g });
  });
  const groupText = groupSize === -1 ? 'per channel' : `groups of ${groupSize}`;
  const name = method === 'gptq' ? 'GPTQ' : 'round-to-nearest';
  return {
    label: `${name} int${bits}, ${groupText}`,
    weights: weights.map((w, i) => ({ ...w, values: quantized[i]?.dequantized ?? w.values })),
    bytes: weights.map((w, i) => (quantized[i] === undefined ? float32Bytes(w.values) : groupBytes(quantized[i], bits))),
    tensors: weights.map((w, i) => ({ name: w.name, shape: w.shape, format: quantized[i] === undefined ? 'kept float32: bias' : `int${bits} ${name}, ${quantized[i].scales.length} scales` })),
    bitsPerWeight: averageBits(quantized.flatMap((q) => (q === undefined ? [] : [{ values: q.codes.length, bitsPerWeight: q.bitsPerWeight }]))),
    notes: [
      `Codes of ${bits} bits with a float32 scale and a ${bits}-bit zero point per output unit and ${groupText} of inputs (a layer with fewer inputs uses one group).`,
      method === 'gptq'
        ? `GPTQ quantizes one input column at a time and spreads each column's rounding error over the columns not yet quantized, weighted by the inverse Hessian of the layer's inputs (${data.train.n} training points through the float model, 1% damping).`
        : 'Round-to-nearest: every weight is rounded on its own, with no error feedback; the baseline GPTQ improves on.',
      'Accuracy is simulated: dequantized weights in a float32 forward pass; activations stay float32.',
    ],
  };
};
