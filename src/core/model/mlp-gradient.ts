/**
 * The MLP's loss gradient written out by hand (backpropagation without a gradient tape), for the training hot loop.
 *
 * Why: at this model size a training step is almost all per-op dispatch, not arithmetic (performance-notes.md).
 * tf.valueAndGrad records a tape and runs each op's generic gradient (116 kernels for a 2-16-16-1 tanh net); this
 * hand-derived pass needs 38 on WASM (32 elsewhere, see `tanh` below) and computes the loss value (another ~10)
 * only when someone reads it.
 *
 * The math, for mean loss L over a batch of n rows, z_l = h_{l-1} W_l + b_l, h_l = act(z_l), output z_L (logits):
 *   delta_L = (sigmoid(z_L) - y) / n          binary, sigmoid cross-entropy
 *           = (softmax(z_L) - onehot) / n     multiclass, softmax cross-entropy
 *           = 2 (z_L - y) / n                 regression, mean squared error (mean over rows and outputs)
 *   dW_l = h_{l-1}^T delta_l;  db_l = sum_rows(delta_l);  delta_{l-1} = (delta_l W_l^T) * act'(h_{l-1})
 *   act' from the saved activation: tanh 1-h^2, sigmoid h(1-h), relu [h>0], linear 1
 *   L2 (kernels only, as TrainingRun applies it): grad += l2 * p on kernel entries.
 *
 * Kernel choices (transposes, tanh) were measured per backend, tfjs 4.22; see the two backend sets below.
 * Tensors are rank 3 ([1, rows, units]), the shape the matMul kernels take, so no reshapes run between layers.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from './mlp';

/**
 * Backends whose Tanh kernel is much slower than four cheap ops: tfjs-backend-wasm runs Tanh as a scalar libm loop
 * (~100 us for a 200x16 batch) but Sigmoid, Multiply and Sub through vectorised XNNPACK kernels (~10 us each).
 */
const SIGMOID_TANH_BACKENDS: ReadonlySet<string> = new Set(['wasm']);

/**
 * Backends whose BatchMatMul is slow with a transposed operand: tfjs-backend-wasm's XNNPACK path covers only plain
 * A @ B (transposeA/B fall back to a naive loop, 4-9x slower than tf.transpose + A @ B). The CPU backend is the
 * opposite: its matMul reads either layout at the same speed, while its Transpose kernel costs more than the matMul.
 */
const EXPLICIT_TRANSPOSE_BACKENDS: ReadonlySet<string> = new Set(['wasm']);

/** a^T @ b for [1, rows, i] and [1, rows, j] -> [1, i, j]. */
function matMulTransposeA(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  if (EXPLICIT_TRANSPOSE_BACKENDS.has(tf.getBackend())) return tf.matMul(tf.transpose(a, [0, 2, 1]), b);
  return tf.matMul(a, b, true, false);
}

/** a @ b^T for [1, rows, j] and [1, i, j] -> [1, rows, i]. */
function matMulTransposeB(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  if (EXPLICIT_TRANSPOSE_BACKENDS.has(tf.getBackend())) return tf.matMul(a, tf.transpose(b, [0, 2, 1]));
  return tf.matMul(a, b, false, true);
}

/**
 * act(a @ w + bias) as ONE kernel call. tf.fused.matMul wraps the same kernel in customGrad plus three reshapes
 * (four extra dispatches) to support autodiff, which this path never needs.
 */
function fusedMatMul(a: tf.Tensor3D, w: tf.Tensor3D, bias: tf.Tensor1D, activation: 'linear' | 'relu' | 'sigmoid'): tf.Tensor3D {
  return tf.engine().runKernel<tf.Tensor3D>(tf._FusedMatMul, { a, b: w, bias }, { transposeA: false, transposeB: false, activation });
}

export interface MlpGradientOptions {
  /** L2 penalty 0.5 * l2 * ||kernels||^2 added to the loss (biases are not penalised). Default 0. */
  l2?: number;
}

export interface LossAndGradient {
  /** Mean loss (plus the L2 term) at the given parameters. */
  value: tf.Scalar;
  /** Gradient w.r.t. the flat parameter vector, in the model's `layout` order. */
  grad: tf.Tensor1D;
}

interface BatchTensors {
  /** The caller's tensors these were derived from (compared by identity, not owned). */
  x: tf.Tensor2D;
  targets: tf.Tensor2D;
  /** x as [1, n, inputs]. */
  x3: tf.Tensor3D;
  /** [x, 1]^T as [1, inputs + 1, n]: one matMul with it gives layer 0's kernel AND bias gradient, already in layout order. */
  xOnesT: tf.Tensor3D;
  /** targets as [1, n, outputs]. */
  y3: tf.Tensor3D;
}

/**
 * Analytic loss gradient of one Mlp. Holds a few constant tensors (built once); call dispose() when done.
 * Every method works inside its own tidy and returns only the tensors it names (the caller disposes them).
 */
export class MlpGradient {
  private readonly one: tf.Scalar;
  private readonly two: tf.Scalar;
  private readonly l2Mask: tf.Tensor1D | undefined;
  /** Per batch size: the scale of the output delta (1/n, or 2/(n*k) for MSE). */
  private readonly deltaScales = new Map<number, tf.Scalar>();
  /** Tensors derived from the last batch; full-batch training passes the same x every step and reuses them. */
  private batch: BatchTensors | undefined;

  constructor(
    readonly model: Mlp,
    options: MlpGradientOptions = {},
  ) {
    const l2 = options.l2 ?? 0;
    if (!Number.isFinite(l2) || l2 < 0) throw new Error(`l2 must be a finite number >= 0 (got ${l2}) in MlpGradient`);
    this.one = tf.keep(tf.scalar(1));
    this.two = tf.keep(tf.scalar(2));
    if (l2 > 0) {
      this.l2Mask = tf.keep(tf.tensor1d(model.kernelMask(l2)));
    }
  }

  /** Gradient of the mean loss (+ L2) at `params` (default: the model's own), without computing the loss. */
  gradient(x: tf.Tensor2D, targets: tf.Tensor2D, params: tf.Tensor1D = this.model.params): tf.Tensor1D {
    return tf.tidy(() => this.backprop(x, targets, params, false).grad);
  }

  /** Loss and gradient in one pass (the loss costs ~10 extra ops: ask for it only when it is read). */
  valueAndGradient(x: tf.Tensor2D, targets: tf.Tensor2D, params: tf.Tensor1D = this.model.params): LossAndGradient {
    return tf.tidy(() => {
      const { grad, value } = this.backprop(x, targets, params, true);
      return { grad, value: value! };
    });
  }

  private deltaScale(n: number): tf.Scalar {
    let s = this.deltaScales.get(n);
    if (s === undefined) {
      const { task } = this.model.spec;
      s = tf.keep(tf.scalar(task === 'regression' ? 2 / (n * this.model.outputDim) : 1 / n));
      this.deltaScales.set(n, s);
    }
    return s;
  }

  /** Call inside tf.tidy. Returns kept tensors, replaced (and disposed) when another x or targets comes. */
  private batchTensors(x: tf.Tensor2D, targets: tf.Tensor2D): BatchTensors {
    const cached = this.batch;
    if (cached !== undefined && cached.x === x && cached.targets === targets) return cached;
    if (cached !== undefined) tf.dispose([cached.x3, cached.xOnesT, cached.y3]);
    const n = x.shape[0];
    const x3 = tf.reshape<tf.Rank.R3>(x, [1, n, this.model.inputDim]);
    const xOnesT = tf.transpose(tf.concat([x3, tf.ones([1, n, 1])], 2), [0, 2, 1]) as tf.Tensor3D;
    const y3 = tf.reshape<tf.Rank.R3>(targets, [1, n, this.model.outputDim]);
    const batch: BatchTensors = { x, targets, x3: tf.keep(x3), xOnesT: tf.keep(xOnesT), y3: tf.keep(y3) };
    this.batch = batch;
    return batch;
  }

  /** Call inside tf.tidy. */
  private backprop(x: tf.Tensor2D, targets: tf.Tensor2D, params: tf.Tensor1D, withValue: boolean): { grad: tf.Tensor1D; value: tf.Scalar | undefined } {
    const { model } = this;
    const { layout } = model;
    const { task, activation } = model.spec;
    const layers = layout.length / 2;
    const n = x.shape[0];
    const parts = tf.split(params, layout.map((t) => t.size)) as tf.Tensor1D[];
    const kernels: tf.Tensor3D[] = [];
    // inputs[l] is the input of layer l: x, then each hidden activation (saved for the backward pass).
    const batch = this.batchTensors(x, targets);
    const inputs: tf.Tensor3D[] = [batch.x3];
    let z: tf.Tensor3D | undefined;
    // Without a loss to report, a binary output's sigmoid rides on the last matMul (the loss needs raw logits).
    const fuseOutputSigmoid = task === 'binary' && !withValue;
    let out: tf.Tensor3D | undefined;
    for (let l = 0; l < layers; l++) {
      const [fanIn, fanOut] = layout[2 * l]!.shape as [number, number];
      const w = tf.reshape<tf.Rank.R3>(parts[2 * l]!, [1, fanIn, fanOut]);
      kernels.push(w);
      const bias = parts[2 * l + 1]!;
      if (l === layers - 1) {
        if (fuseOutputSigmoid) {
          out = fusedMatMul(inputs[l]!, w, bias, 'sigmoid');
        } else {
          z = fusedMatMul(inputs[l]!, w, bias, 'linear');
          out = task === 'binary' ? tf.sigmoid(z) : task === 'multiclass' ? tf.softmax(z) : z;
        }
      } else {
        const zl = fusedMatMul(inputs[l]!, w, bias, activation === 'relu' ? 'relu' : 'linear');
        inputs.push(activation === 'tanh' ? this.tanh(zl) : activation === 'sigmoid' ? tf.sigmoid(zl) : zl);
      }
    }
    let delta: tf.Tensor3D = tf.mul(tf.sub(out!, batch.y3), this.deltaScale(n));
    // Layer 0's kernel and bias gradients come from one matMul with [x, 1]^T; the others need a sum for the bias.
    const grads: tf.Tensor1D[] = [];
    for (let l = layers - 1; l >= 1; l--) {
      const h = inputs[l]!;
      grads.unshift(tf.reshape(matMulTransposeA(h, delta), [-1]), tf.sum(delta, [0, 1]));
      const g = matMulTransposeB(delta, kernels[l]!);
      delta = this.activationBackward(g, h);
    }
    grads.unshift(tf.reshape(tf.matMul(batch.xOnesT, delta), [-1]));
    let grad = tf.concat(grads);
    if (this.l2Mask !== undefined) grad = tf.add(grad, tf.mul(this.l2Mask, params));
    if (!withValue) return { grad, value: undefined };
    let value = model.loss(tf.reshape(z!, targets.shape), targets);
    if (this.l2Mask !== undefined) value = tf.add(value, tf.mul(0.5, tf.sum(tf.mul(this.l2Mask, tf.square(params)))));
    return { grad, value };
  }

  /**
   * tanh(z), as 2 sigmoid(2z) - 1 on the backends listed in SIGMOID_TANH_BACKENDS (the same function; float32
   * rounding differs by ~1e-7 absolute, which the gradient tests bound).
   */
  private tanh(z: tf.Tensor3D): tf.Tensor3D {
    if (!SIGMOID_TANH_BACKENDS.has(tf.getBackend())) return tf.tanh(z);
    return tf.sub(tf.mul(tf.sigmoid(tf.mul(z, this.two)), this.two), this.one);
  }

  /** Upstream gradient g times the activation's derivative, from the activation's output h. */
  private activationBackward(g: tf.Tensor3D, h: tf.Tensor3D): tf.Tensor3D {
    switch (this.model.spec.activation) {
      case 'tanh':
        return tf.mul(g, tf.sub(this.one, tf.square(h)));
      case 'sigmoid':
        return tf.mul(tf.mul(g, h), tf.sub(this.one, h));
      case 'relu':
        // step(h) is 1 where h > 0 and 0 elsewhere, like tfjs's own relu gradient (which tests z > 0; same set).
        return tf.mul(g, tf.step(h));
      case 'linear':
        return g;
    }
  }

  dispose(): void {
    if (this.batch !== undefined) tf.dispose([this.batch.x3, this.batch.xOnesT, this.batch.y3]);
    this.batch = undefined;
    this.one.dispose();
    this.two.dispose();
    this.l2Mask?.dispose();
    for (const s of this.deltaScales.values()) s.dispose();
    this.deltaScales.clear();
  }
}
