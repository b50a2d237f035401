/**
 * A plain-array forward pass of the core MLP with a replaceable matrix product, for the variants whose quantization
 * changes activations (W8A8, LLM.int8()): tfjs's fused matMul cannot round the inputs of a layer. Also the layer
 * inputs on a data set (the calibration activations GPTQ, SmoothQuant and the outlier switch need).
 */
import { isKernel, type ActivationName, type NamedWeights } from '../../model/mlp';

export interface DenseLayer {
  kernel: NamedWeights;
  bias: NamedWeights;
  inputs: number;
  outputs: number;
}

/** The layers of a weight list in model order (dense{i}/kernel then dense{i}/bias). */
export function denseLayers(weights: readonly NamedWeights[]): DenseLayer[] {
  const layers: DenseLayer[] = [];
  for (let i = 0; i < weights.length; i++) {
    const kernel = weights[i]!;
    if (!isKernel(kernel)) continue;
    const bias = weights[i + 1];
    if (bias === undefined || isKernel(bias)) throw new Error(`weights: "${kernel.name}" must be followed by its bias`);
    layers.push({ kernel, bias, inputs: kernel.shape[0]!, outputs: kernel.shape[1]! });
  }
  return layers;
}

/** x [rows, inputs] times kernel [inputs, outputs], float64 accumulation, no bias. */
export function denseMatmul(x: ArrayLike<number>, kernel: ArrayLike<number>, inputs: number, outputs: number): Float32Array {
  const rows = x.length / inputs;
  const out = new Float32Array(rows * outputs);
  const acc = new Float64Array(outputs);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    for (let i = 0; i < inputs; i++) {
      const xv = x[r * inputs + i] as number;
      if (xv === 0) continue;
      for (let o = 0; o < outputs; o++) acc[o] = (acc[o] as number) + xv * (kernel[i * outputs + o] as number);
    }
    out.set(acc, r * outputs);
  }
  return out;
}

export function activate(v: number, activation: ActivationName): number {
  if (activation === 'tanh') return Math.tanh(v);
  if (activation === 'relu') return v > 0 ? v : 0;
  if (activation === 'sigmoid') return 1 / (1 + Math.exp(-v));
  return v;
}

/** The product one layer computes from its input (before bias and activation); layer is the 0-based index. */
export type LayerProduct = (x: Float32Array, layer: number, dense: DenseLayer) => Float32Array;

const floatProduct: LayerProduct = (x, _layer, d) => denseMatmul(x, d.kernel.values, d.inputs, d.outputs);

/**
 * Runs x [rows, inputs] through the layers; hidden layers use `activation`, the last is linear (logits). With
 * `collect`, the input of every layer is pushed to it (the first is x itself).
 */
export function plainForward(
  weights: readonly NamedWeights[],
  activation: ActivationName,
  x: Float32Array,
  product: LayerProduct = floatProduct,
  collect?: Float32Array[],
): Float32Array {
  const layers = denseLayers(weights);
  let h = x;
  layers.forEach((d, l) => {
    collect?.push(h);
    const z = product(h, l, d);
    const last = l === layers.length - 1;
    for (let k = 0; k < z.length; k++) {
      const v = (z[k] as number) + (d.bias.values[k % d.outputs] as number);
      z[k] = last ? v : activate(v, activation);
    }
    h = z;
  });
  return h;
}

/** The float input of every dense layer on x: the calibration activations ([rows, inputs] each). */
export function layerInputs(weights: readonly NamedWeights[], activation: ActivationName, x: Float32Array): Float32Array[] {
  const inputs: Float32Array[] = [];
  plainForward(weights, activation, x, floatProduct, inputs);
  return inputs;
}
