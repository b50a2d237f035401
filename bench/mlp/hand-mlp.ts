/**
 * A carefully hand-written MLP trainer (the baseline tfjs must beat by 3x, issue #16): ReLU hidden layers, softmax
 * cross-entropy, full-batch Adam, all in Float32Array. Every buffer is allocated once in the constructor; a step
 * allocates nothing. Matrix products run with the innermost loop over contiguous memory: X.W and H^T.dZ in i-k-j
 * order (row of the output += scalar x row of W), dZ.W^T as i-j-k dot products over W's contiguous rows.
 */
import type { MlpData } from './data';

export class HandMlp {
  readonly params: Float32Array;
  private readonly grads: Float32Array;
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  /** Offsets of W and b of each layer in params/grads. */
  private readonly wAt: number[] = [];
  private readonly bAt: number[] = [];
  /** Activations a[0] = X, a[l] = layer l's output (post-ReLU; the last holds softmax probabilities). */
  private readonly acts: Float32Array[] = [];
  /** Gradient of the loss with respect to each layer's pre-activation. */
  private readonly deltas: Float32Array[] = [];
  private t = 0;

  constructor(
    private readonly sizes: readonly number[],
    initial: Float32Array,
    private readonly data: MlpData,
    private readonly lr = 0.01,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly eps = 1e-7,
  ) {
    this.params = Float32Array.from(initial);
    this.grads = new Float32Array(initial.length);
    this.m = new Float32Array(initial.length);
    this.v = new Float32Array(initial.length);
    let o = 0;
    for (let l = 0; l + 1 < sizes.length; l++) {
      this.wAt.push(o);
      o += sizes[l]! * sizes[l + 1]!;
      this.bAt.push(o);
      o += sizes[l + 1]!;
    }
    this.acts.push(data.x);
    for (let l = 1; l < sizes.length; l++) {
      this.acts.push(new Float32Array(data.n * sizes[l]!));
      this.deltas.push(new Float32Array(data.n * sizes[l]!));
    }
  }

  /** One full-batch Adam step; returns the mean cross-entropy before the update. */
  step(): number {
    const loss = this.forward();
    this.backward();
    this.adam();
    return loss;
  }

  private forward(): number {
    const { sizes, params: p, acts } = this;
    const n = this.data.n;
    const last = sizes.length - 2;
    for (let l = 0; l <= last; l++) {
      const fin = sizes[l]!;
      const fout = sizes[l + 1]!;
      const a = acts[l]!;
      const z = acts[l + 1]!;
      const w = this.wAt[l]!;
      const b = this.bAt[l]!;
      for (let i = 0; i < n; i++) {
        const zi = i * fout;
        for (let j = 0; j < fout; j++) z[zi + j] = p[b + j]!;
        for (let k = 0; k < fin; k++) {
          const aik = a[i * fin + k]!;
          if (aik === 0) continue; // ReLU zeros: skipping them is what a careful loop does
          const wk = w + k * fout;
          for (let j = 0; j < fout; j++) z[zi + j] = z[zi + j]! + aik * p[wk + j]!;
        }
        if (l < last) for (let j = 0; j < fout; j++) z[zi + j] = z[zi + j]! > 0 ? z[zi + j]! : 0;
      }
    }
    // Softmax in place on the logits, and the loss.
    const out = acts[last + 1]!;
    const c = sizes[last + 1]!;
    const y = this.data.y;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const o = i * c;
      let max = -Infinity;
      for (let j = 0; j < c; j++) max = Math.max(max, out[o + j]!);
      let sum = 0;
      for (let j = 0; j < c; j++) sum += Math.exp(out[o + j]! - max);
      const logSum = Math.log(sum) + max;
      for (let j = 0; j < c; j++) {
        if (y[o + j]! !== 0) loss -= y[o + j]! * (out[o + j]! - logSum);
        out[o + j] = Math.exp(out[o + j]! - logSum);
      }
    }
    return loss / n;
  }

  private backward(): void {
    const { sizes, params: p, grads: g, acts, deltas } = this;
    const n = this.data.n;
    const last = sizes.length - 2;
    const y = this.data.y;
    const top = deltas[last]!;
    const probs = acts[last + 1]!;
    for (let q = 0; q < top.length; q++) top[q] = (probs[q]! - y[q]!) / n;
    g.fill(0);
    for (let l = last; l >= 0; l--) {
      const fin = sizes[l]!;
      const fout = sizes[l + 1]!;
      const a = acts[l]!;
      const dz = deltas[l]!;
      const w = this.wAt[l]!;
      const b = this.bAt[l]!;
      // dW = A^T dZ (i-k-j: row k of dW += a_ik * row i of dZ), db = column sums of dZ.
      for (let i = 0; i < n; i++) {
        const zi = i * fout;
        for (let j = 0; j < fout; j++) g[b + j] = g[b + j]! + dz[zi + j]!;
        for (let k = 0; k < fin; k++) {
          const aik = a[i * fin + k]!;
          if (aik === 0) continue;
          const wk = w + k * fout;
          for (let j = 0; j < fout; j++) g[wk + j] = g[wk + j]! + aik * dz[zi + j]!;
        }
      }
      if (l === 0) break;
      // dA = dZ W^T, masked by the ReLU of layer l: dot products over W's contiguous rows.
      const below = deltas[l - 1]!;
      for (let i = 0; i < n; i++) {
        const zi = i * fout;
        for (let k = 0; k < fin; k++) {
          if (a[i * fin + k]! <= 0) {
            below[i * fin + k] = 0;
            continue;
          }
          const wk = w + k * fout;
          let s = 0;
          for (let j = 0; j < fout; j++) s += dz[zi + j]! * p[wk + j]!;
          below[i * fin + k] = s;
        }
      }
    }
  }

  private adam(): void {
    const { params: p, grads: g, m, v, lr, beta1, beta2, eps } = this;
    this.t++;
    const c1 = 1 - beta1 ** this.t;
    const c2 = 1 - beta2 ** this.t;
    const stepSize = lr / c1;
    for (let q = 0; q < p.length; q++) {
      const gq = g[q]!;
      const mq = beta1 * m[q]! + (1 - beta1) * gq;
      const vq = beta2 * v[q]! + (1 - beta2) * gq * gq;
      m[q] = mq;
      v[q] = vq;
      p[q] = p[q]! - (stepSize * mq) / (Math.sqrt(vq / c2) + eps);
    }
  }
}
