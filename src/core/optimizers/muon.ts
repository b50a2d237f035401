/**
 * Muon, PyTorch form (torch/optim/_muon.py, `_single_tensor_muon`), for 2-D parameters only:
 *   B <- lerp(B, g, 1 - mu)                     (B <- mu*B + (1-mu)*g)
 *   U <- nesterov ? lerp(g, B, mu) : B          (g + mu*(B - g))
 *   O <- NS(U): X <- U/max(||U||_F, eps) (on U^T when U is tall), then nsSteps times
 *        A <- X X^T;  X <- a*X + (b*A + c*A A) X
 *   p <- p*(1 - lr*wd);  p <- p - lr*adjust(shape)*O
 *   adjust: 'original' (PyTorch's default, adjust_lr_fn=None) sqrt(max(1, rows/cols));
 *           'match_rms_adamw' 0.2*sqrt(max(rows, cols)) (Moonshot: reuse AdamW's lr and weight decay).
 * PyTorch runs the Newton-Schulz iteration in bfloat16; this runs it in the working precision (float64 on plain
 * arrays, float32 on tensors), which is what the reference vectors assume.
 */
import type { BoundRule, FirstOrderRule, ParamShape } from './first-order-rule';
import type { MatrixOps } from './matrix-ops';
import type { UpdateRule } from './update-rule';
import type { OptimizerSpec } from './validate-config';

export const MUON_ADJUST_LR_FNS = ['original', 'match_rms_adamw'] as const;
export type MuonAdjustLrFn = (typeof MUON_ADJUST_LR_FNS)[number];

export interface MuonConfig {
  /** Learning rate. PyTorch default 1e-3. */
  lr: number;
  /** Decoupled weight decay p <- p*(1 - lr*wd). Default 0.1. */
  weightDecay: number;
  /** Momentum mu of the buffer (an exponential average of gradients). Default 0.95. */
  momentum: number;
  /** Orthogonalize the Nesterov look-ahead lerp(g, B, mu) instead of B. Default true. */
  nesterov: boolean;
  /** (a, b, c) of the quintic Newton-Schulz polynomial. Default (3.4445, -4.775, 2.0315), Keller Jordan's. */
  nsCoefficients: [number, number, number];
  /** Floor of the Frobenius norm that normalizes the update before Newton-Schulz. Default 1e-7. */
  eps: number;
  /** Newton-Schulz iterations, 0-99 (PyTorch refuses 100 or more). Default 5. */
  nsSteps: number;
  /** How the lr scales with the matrix shape: 'original' (default; PyTorch's None) or 'match_rms_adamw'. */
  adjustLrFn: MuonAdjustLrFn;
}

export const muonSpec: OptimizerSpec<MuonConfig> = {
  defaults: { lr: 1e-3, weightDecay: 0.1, momentum: 0.95, nesterov: true, nsCoefficients: [3.4445, -4.775, 2.0315], eps: 1e-7, nsSteps: 5, adjustLrFn: 'original' },
  fields: {
    lr: { kind: 'positive' },
    weightDecay: { kind: 'nonNegative' },
    momentum: { kind: 'nonNegative' },
    nesterov: { kind: 'boolean' },
    nsCoefficients: { kind: 'numbers', length: 3 },
    eps: { kind: 'positive' },
    nsSteps: { kind: 'integerIn', min: 0, max: 99 },
    adjustLrFn: { kind: 'oneOf', values: MUON_ADJUST_LR_FNS },
  },
};

/** The update rule as a reader sees it; ids shared with momentum SGD where the step is the same idea. */
export const muonUpdateRule: UpdateRule = {
  title: 'Muon',
  lines: [
    { id: 'gradient', tex: 'g_t = \\nabla_\\theta f(\\theta_{t-1})' },
    { id: 'momentum', tex: 'B_t = \\mu B_{t-1} + (1 - \\mu)\\, g_t' },
    { id: 'nesterov', tex: '\\tilde B_t = (1 - \\mu)\\, g_t + \\mu B_t' },
    { id: 'orthogonalize', tex: 'O_t = \\mathrm{NS}_5\\big(\\tilde B_t / \\max(\\lVert \\tilde B_t \\rVert_F, \\epsilon)\\big) \\approx U V^\\top' },
    { id: 'weight-decay', tex: '\\theta_{t-1} \\leftarrow (1 - \\eta \\lambda)\\, \\theta_{t-1}' },
    { id: 'update', tex: '\\theta_t = \\theta_{t-1} - \\eta \\sqrt{\\max(1, A/B)}\\; O_t' },
  ],
};

/** Muon's learning-rate factor for a rows x cols parameter (PyTorch's _adjust_lr). */
export function muonLrFactor(adjustLrFn: MuonAdjustLrFn, rows: number, cols: number): number {
  return adjustLrFn === 'match_rms_adamw' ? 0.2 * Math.sqrt(Math.max(rows, cols)) : Math.sqrt(Math.max(1, rows / cols));
}

/** The 2-D shape Muon needs, or PyTorch's refusal (it checks every parameter when the optimizer is built). */
function matrixShape(shape: ParamShape): [number, number] {
  if (shape.length !== 2) {
    throw new Error(`Muon only supports 2D parameters (2-D matrices) whereas we found a parameter of shape [${shape.join(', ')}] in optimizer "muon"; give it a matrix (e.g. optimize() with x0: number[][]) and use AdamW for vectors`);
  }
  return [shape[0], shape[1]];
}

/** The quintic Newton-Schulz iteration towards the nearest semi-orthogonal matrix (PyTorch's _zeropower_via_newtonschulz). */
export function newtonSchulz<V, S>(ops: MatrixOps<V, S>, g: V, rows: number, cols: number, config: Pick<MuonConfig, 'nsCoefficients' | 'nsSteps' | 'eps'>): V {
  const [a, b, c] = config.nsCoefficients;
  // Work on the wide orientation so the Gram matrix X X^T is the smaller one.
  const tall = rows > cols;
  const [r, k] = tall ? [cols, rows] : [rows, cols];
  let x = tall ? ops.transpose(g, rows, cols) : g;
  // Dividing by the Frobenius norm bounds the spectral norm by 1, inside the iteration's basin.
  x = ops.divBy(x, ops.maxScalar(ops.norm(x), config.eps));
  for (let i = 0; i < config.nsSteps; i++) {
    const gram = ops.matMul(x, ops.transpose(x, r, k), r, k, r);
    const gramUpdate = ops.add(ops.scale(gram, b), ops.scale(ops.matMul(gram, gram, r, r, r), c));
    x = ops.add(ops.scale(x, a), ops.matMul(gramUpdate, x, r, r, k));
  }
  return tall ? ops.transpose(x, r, k) : x;
}

interface MuonState<V> {
  /** The momentum buffer B. */
  buffer: V;
}

export const muonRule: FirstOrderRule<MuonConfig> = {
  bind<V, S>(ops: MatrixOps<V, S>, config: MuonConfig): BoundRule<V, S, MuonState<V>> {
    return {
      scalars: [],
      init(params, shape) {
        matrixShape(shape);
        return { buffer: ops.filled(params, 0) };
      },
      update({ params, grad, state, lr, momentum, shape }) {
        const [rows, cols] = matrixShape(shape);
        const mu = momentum ?? config.momentum;
        const buffer = ops.add(state.buffer, ops.scale(ops.sub(grad, state.buffer), 1 - mu));
        const direction = config.nesterov ? ops.add(grad, ops.scale(ops.sub(buffer, grad), mu)) : buffer;
        const ortho = newtonSchulz(ops, direction, rows, cols, config);
        const decayed = config.weightDecay !== 0 ? ops.scale(params, 1 - lr * config.weightDecay) : params;
        const next = ops.sub(decayed, ops.scale(ortho, lr * muonLrFactor(config.adjustLrFn, rows, cols)));
        return { params: next, state: { buffer } };
      },
    };
  },
};
