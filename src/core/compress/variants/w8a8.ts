/**
 * W8A8: int8 weights (per output unit) and int8 activations (per tensor, calibrated on the training set), the
 * products in integers, simulated in a plain forward pass. Three methods: plain; SmoothQuant (alpha 0.5), which
 * divides each input channel by s_j and multiplies the kernel row by it before quantizing; LLM.int8(), which
 * multiplies input channels with any |x| >= 6 in full precision and the rest in int8 (per sample and per output).
 * The outlier switch (w8a8-product.ts) gives the hidden activations a few huge channels, as large language models
 * have, which a single per-tensor activation scale cannot hold alongside the normal ones.
 */
import { float16Bytes, concatBytes, float32Bytes } from '../tensor-bytes';
import { llmInt8Matmul } from '../llm-int8';
import { smoothQuant } from '../smoothquant';
import type { NamedWeights } from '../../model/mlp';
import { averageBits } from './kernel-layout';
import { denseLayers, layerInputs, plainForward, type LayerProduct } from './plain-forward';
import type { QuickCompressionVariant, W8A8Method } from './variant';
import { absMax, dequantizeColumns, divideRows, int8PerOutput, int8Product, OUTLIER_CHANNELS, OUTLIER_FACTOR, outlierMultipliers, scaleColumns } from './w8a8-product';

export const W8A8_LABELS: Readonly<Record<W8A8Method, string>> = { plain: 'plain W8A8', smoothquant: 'SmoothQuant W8A8', 'llm-int8': 'LLM.int8()' };
/** LLM.int8()'s outlier threshold on |x| (the paper's). */
export const LLM_INT8_THRESHOLD = 6;

interface Layer {
  product: LayerProduct;
  /** The kernel as the model effectively uses it, in the original parametrization (for histograms). */
  effective: Float32Array;
  bytes: Uint8Array;
  note: string;
}

function buildLayer(method: W8A8Method, kernel: Float32Array, inputs: number, outputs: number, calibration: Float32Array, m: Float32Array): Layer {
  const scaled = divideRows(kernel, m, outputs);
  const x = scaleColumns(calibration, m);
  const restore = (k: Float32Array): Float32Array => divideRows(k, Float32Array.from(m, (v) => 1 / v), outputs);
  const extra = m.some((v) => v !== 1) ? [float32Bytes(m)] : [];
  if (method === 'llm-int8') {
    const { outlierColumns } = llmInt8Matmul(x, scaled, [inputs, outputs], { threshold: LLM_INT8_THRESHOLD });
    const q = int8PerOutput(scaled, inputs, outputs);
    const dq = dequantizeColumns(q);
    const rows = outlierColumns.flatMap((j) => Array.from(scaled.subarray(j * outputs, (j + 1) * outputs)));
    for (const j of outlierColumns) dq.set(scaled.subarray(j * outputs, (j + 1) * outputs), j * outputs);
    return {
      product: (h) => llmInt8Matmul(scaleColumns(h, m), scaled, [inputs, outputs], { threshold: LLM_INT8_THRESHOLD }).output,
      effective: restore(dq),
      bytes: concatBytes([Uint8Array.from(q.codes, (c) => c & 0xff), float32Bytes(q.scales), float16Bytes(rows), Uint8Array.from(outlierColumns), ...extra]),
      note: `${outlierColumns.length} of ${inputs} input channels in full precision`,
    };
  }
  let kernelToQuantize = scaled;
  let inputScale: Float32Array | undefined;
  let calibrated = x;
  if (method === 'smoothquant') {
    const sq = smoothQuant(scaled, [inputs, outputs], x, { alpha: 0.5 });
    kernelToQuantize = sq.smoothedKernel;
    inputScale = Float32Array.from(sq.scales, (s) => 1 / s);
    calibrated = sq.smoothedInputs;
  }
  const q = int8PerOutput(kernelToQuantize, inputs, outputs);
  const xAbsMax = absMax(calibrated);
  const dq = dequantizeColumns(q);
  const unsmoothed = inputScale === undefined ? dq : divideRows(dq, Float32Array.from(inputScale, (v) => 1 / v), outputs);
  return {
    product: (h) => {
      const hm = scaleColumns(h, m);
      return int8Product(inputScale === undefined ? hm : scaleColumns(hm, inputScale), xAbsMax, q, inputs, outputs);
    },
    effective: restore(unsmoothed),
    bytes: concatBytes([Uint8Array.from(q.codes, (c) => c & 0xff), float32Bytes(q.scales), float32Bytes([xAbsMax / 127]), ...(inputScale === undefined ? [] : [float32Bytes(inputScale)]), ...extra]),
    note: `activation absmax ${xAbsMax.toPrecision(3)}${inputScale === undefined ? '' : ', smoothed'}`,
  };
}

export const w8a8Variant: QuickCompressionVariant<'w8a8'> = ({ method, outliers }, { model, weights, data }) => {
  const activation = model.spec.activation;
  const calibration = layerInputs(weights, activation, data.train.x);
  const dense = denseLayers(weights);
  const layers = dense.map((d, l) => buildLayer(method, d.kernel.values, d.inputs, d.outputs, calibration[l]!, outlierMultipliers(l, d.inputs, outliers)));
  const byKernel = new Map(dense.map((d, l) => [d.kernel.name, layers[l]!]));
  const out: NamedWeights[] = weights.map((w) => {
    const layer = byKernel.get(w.name);
    return layer === undefined ? w : { ...w, values: layer.effective };
  });
  const bytes = weights.map((w) => byKernel.get(w.name)?.bytes ?? float32Bytes(w.values));
  return {
    label: `${W8A8_LABELS[method]}${outliers ? ', outlier channels' : ''}`,
    weights: out,
    bytes,
    tensors: weights.map((w) => ({ name: w.name, shape: w.shape, format: byKernel.has(w.name) ? `int8 weights, int8 activations (${byKernel.get(w.name)!.note})` : 'kept float32: bias' })),
    bitsPerWeight: averageBits(dense.map((d) => ({ values: d.kernel.values.length, bitsPerWeight: (8 * byKernel.get(d.kernel.name)!.bytes.length) / d.kernel.values.length }))),
    predict: (x) => plainForward(weights, activation, x, (h, l) => layers[l]!.product(h, l, dense[l]!)),
    notes: [
      method === 'plain'
        ? 'Weights are int8 per output unit; each layer input is int8 with one scale per tensor (absmax on the training set); the products are summed in integers and rescaled.'
        : method === 'smoothquant'
          ? 'SmoothQuant (alpha 0.5) divides each input channel by s_j = sqrt(max|x_j| / max|w_j|) and multiplies the kernel row by s_j, so the outliers move into the weights; then int8 weights and activations as in plain W8A8.'
          : `LLM.int8(): input channels with any |x| >= ${LLM_INT8_THRESHOLD} are multiplied in full precision (their kernel rows stored as float16); the rest in int8, per sample and per output unit.`,
      outliers
        ? `Outlier switch on: ${OUTLIER_CHANNELS} channels of every hidden layer's output are multiplied by ${OUTLIER_FACTOR} and the next kernel's matching rows divided by ${OUTLIER_FACTOR}. In float the model is unchanged; int8 with one activation scale per tensor is not.`
        : 'Outlier switch off: the hidden activations stay within tanh’s range of ±1.',
      'Simulated in a plain forward pass: real int8 matrix units would run these products faster; a browser cannot show that speed-up.',
    ],
  };
};
