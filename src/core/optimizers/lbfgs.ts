/**
 * L-BFGS transcribed from torch/optim/lbfgs.py (itself from minFunc): one `step` = one `.step(closure)`, which may
 * run up to maxIter inner iterations and maxEval evaluations. Two-loop recursion over the last historySize (s, y)
 * pairs, H0 = y's / y'y; the first iteration ever uses t = min(1, 1/||g||_1) * lr. Optional strong-Wolfe line search
 * with cubic interpolation (c1 = 1e-4, c2 = 0.9, at most 25 evaluations), as PyTorch's `_strong_wolfe`.
 */
import { axpy, dot, maxAbs, sumAbs, type HostProblem, type HostRule } from './host-rule';
import type { OptimizerSpec } from './validate-config';

export interface LbfgsConfig {
  /** Step length (fixed step) or first trial step (line search). Default 1. */
  lr: number;
  /** Inner iterations per step. Default 20. */
  maxIter: number;
  /** Evaluations per step; undefined means floor(1.25 * maxIter). */
  maxEval: number | undefined;
  /** Stop when max |g| <= this. Default 1e-7. */
  toleranceGrad: number;
  /** Stop on smaller changes of loss or parameters. Default 1e-9. */
  toleranceChange: number;
  /** Number of (s, y) pairs kept. Default 100. */
  historySize: number;
  /** 'none' (fixed step, PyTorch line_search_fn=None) or 'strong_wolfe'. Default 'none'. */
  lineSearch: 'none' | 'strong_wolfe';
}

export const lbfgsSpec: OptimizerSpec<LbfgsConfig> = {
  defaults: { lr: 1, maxIter: 20, maxEval: undefined, toleranceGrad: 1e-7, toleranceChange: 1e-9, historySize: 100, lineSearch: 'none' },
  fields: {
    lr: { kind: 'positive' },
    maxIter: { kind: 'positiveInteger' },
    maxEval: { kind: 'optionalPositiveInteger' },
    toleranceGrad: { kind: 'nonNegative' },
    toleranceChange: { kind: 'nonNegative' },
    historySize: { kind: 'positiveInteger' },
    lineSearch: { kind: 'oneOf', values: ['none', 'strong_wolfe'] },
  },
};

type Evaluate = (t: number) => { loss: number; grad: Float64Array };

function cubicInterpolate(x1: number, f1: number, g1: number, x2: number, f2: number, g2: number, bounds?: [number, number]): number {
  const [lo, hi] = bounds ?? (x1 <= x2 ? [x1, x2] : [x2, x1]);
  const d1 = g1 + g2 - (3 * (f1 - f2)) / (x1 - x2);
  const d2Square = d1 * d1 - g1 * g2;
  if (d2Square >= 0) {
    const d2 = Math.sqrt(d2Square);
    const minPos = x1 <= x2 ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2)) : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
    return Math.min(Math.max(minPos, lo), hi);
  }
  return (lo + hi) / 2;
}

interface LineSearchResult {
  loss: number;
  grad: Float64Array;
  t: number;
  evaluations: number;
}

/** PyTorch `_strong_wolfe`, transcribed. */
function strongWolfe(evaluate: Evaluate, d: Float64Array, t0: number, f: number, g: Float64Array, gtd: number, toleranceChange: number): LineSearchResult {
  const c1 = 1e-4;
  const c2 = 0.9;
  const maxLs = 25;
  const dNorm = maxAbs(d);
  let t = t0;
  let { loss: fNew, grad: gNew } = evaluate(t);
  let evaluations = 1;
  let gtdNew = dot(gNew, d);
  let tPrev = 0;
  let fPrev = f;
  let gPrev = g;
  let gtdPrev = gtd;
  let done = false;
  let lsIter = 0;
  let bracket: number[] = [];
  let bracketF: number[] = [];
  let bracketG: Float64Array[] = [];
  let bracketGtd: number[] = [];
  while (lsIter < maxLs) {
    const armijoFails = fNew > f + c1 * t * gtd || (lsIter > 1 && fNew >= fPrev);
    if (!armijoFails && Math.abs(gtdNew) <= -c2 * gtd) {
      bracket = [t];
      bracketF = [fNew];
      bracketG = [gNew];
      done = true;
      break;
    }
    if (armijoFails || gtdNew >= 0) {
      bracket = [tPrev, t];
      bracketF = [fPrev, fNew];
      bracketG = [gPrev, gNew];
      bracketGtd = [gtdPrev, gtdNew];
      break;
    }
    const minStep = t + 0.01 * (t - tPrev);
    const maxStep = t * 10;
    const tmp = t;
    t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, [minStep, maxStep]);
    tPrev = tmp;
    fPrev = fNew;
    gPrev = gNew;
    gtdPrev = gtdNew;
    ({ loss: fNew, grad: gNew } = evaluate(t));
    evaluations++;
    gtdNew = dot(gNew, d);
    lsIter++;
  }
  if (lsIter === maxLs) {
    bracket = [0, t];
    bracketF = [f, fNew];
    bracketG = [g, gNew];
    bracketGtd = [gtd, gtdNew];
  }
  let insufficientProgress = false;
  let [low, high] = bracketF[0]! <= bracketF[bracketF.length - 1]! ? [0, 1] : [1, 0];
  while (!done && lsIter < maxLs) {
    if (Math.abs(bracket[1]! - bracket[0]!) * dNorm < toleranceChange) break;
    t = cubicInterpolate(bracket[0]!, bracketF[0]!, bracketGtd[0]!, bracket[1]!, bracketF[1]!, bracketGtd[1]!);
    const bMax = Math.max(bracket[0]!, bracket[1]!);
    const bMin = Math.min(bracket[0]!, bracket[1]!);
    const eps = 0.1 * (bMax - bMin);
    if (Math.min(bMax - t, t - bMin) < eps) {
      if (insufficientProgress || t >= bMax || t <= bMin) {
        t = Math.abs(t - bMax) < Math.abs(t - bMin) ? bMax - eps : bMin + eps;
        insufficientProgress = false;
      } else {
        insufficientProgress = true;
      }
    } else {
      insufficientProgress = false;
    }
    ({ loss: fNew, grad: gNew } = evaluate(t));
    evaluations++;
    gtdNew = dot(gNew, d);
    lsIter++;
    if (fNew > f + c1 * t * gtd || fNew >= bracketF[low]!) {
      bracket[high] = t;
      bracketF[high] = fNew;
      bracketG[high] = gNew;
      bracketGtd[high] = gtdNew;
      [low, high] = bracketF[0]! <= bracketF[1]! ? [0, 1] : [1, 0];
    } else {
      if (Math.abs(gtdNew) <= -c2 * gtd) {
        done = true;
      } else if (gtdNew * (bracket[high]! - bracket[low]!) >= 0) {
        bracket[high] = bracket[low]!;
        bracketF[high] = bracketF[low]!;
        bracketG[high] = bracketG[low]!;
        bracketGtd[high] = bracketGtd[low]!;
      }
      bracket[low] = t;
      bracketF[low] = fNew;
      bracketG[low] = gNew;
      bracketGtd[low] = gtdNew;
    }
  }
  return { loss: bracketF[low]!, grad: bracketG[low]!, t: bracket[low]!, evaluations };
}

export function createLbfgs(config: LbfgsConfig): HostRule {
  const maxEval = config.maxEval ?? Math.floor(config.maxIter * 1.25);
  // State carried between steps, as PyTorch keeps it in self.state.
  let iterations = 0;
  let d: Float64Array = new Float64Array(0);
  let t = 0;
  let oldDirs: Float64Array[] = [];
  let oldSteps: Float64Array[] = [];
  let ro: number[] = [];
  let hDiag = 1;
  let prevGrad: Float64Array | undefined;

  return {
    step(x0: Float64Array, problem: HostProblem, lr: number) {
      let x: Float64Array = x0;
      const first = problem.evaluate(x);
      const origLoss = first.loss;
      let loss = first.loss;
      let grad: Float64Array = first.grad;
      let currentEvals = 1;
      if (maxAbs(grad) <= config.toleranceGrad) return { x, loss: origLoss };
      let nIter = 0;
      while (nIter < config.maxIter) {
        nIter++;
        iterations++;
        if (iterations === 1) {
          d = grad.map((v) => -v);
          oldDirs = [];
          oldSteps = [];
          ro = [];
          hDiag = 1;
        } else {
          const y = axpy(grad, -1, prevGrad!);
          const s = d.map((v) => v * t);
          const ys = dot(y, s);
          if (ys > 1e-10) {
            if (oldDirs.length === config.historySize) {
              oldDirs.shift();
              oldSteps.shift();
              ro.shift();
            }
            oldDirs.push(y);
            oldSteps.push(s);
            ro.push(1 / ys);
            hDiag = ys / dot(y, y);
          }
          const al: number[] = new Array<number>(oldDirs.length).fill(0);
          let q: Float64Array = grad.map((v) => -v);
          for (let i = oldDirs.length - 1; i >= 0; i--) {
            al[i] = dot(oldSteps[i]!, q) * ro[i]!;
            q = axpy(q, -al[i]!, oldDirs[i]!);
          }
          let r: Float64Array = q.map((v) => v * hDiag);
          for (let i = 0; i < oldDirs.length; i++) {
            const be = dot(oldDirs[i]!, r) * ro[i]!;
            r = axpy(r, al[i]! - be, oldSteps[i]!);
          }
          d = r;
        }
        prevGrad = grad;
        const prevLoss = loss;
        t = iterations === 1 ? Math.min(1, 1 / sumAbs(grad)) * lr : lr;
        const gtd = dot(grad, d);
        if (gtd > -config.toleranceChange) break;
        let lsEvals = 0;
        let optimal = false;
        if (config.lineSearch === 'strong_wolfe') {
          const base = x;
          const direction = d;
          const result = strongWolfe((step) => problem.evaluate(axpy(base, step, direction)), d, t, loss, grad, gtd, config.toleranceChange);
          loss = result.loss;
          grad = result.grad;
          t = result.t;
          lsEvals = result.evaluations;
          x = axpy(x, t, d);
          optimal = maxAbs(grad) <= config.toleranceGrad;
        } else {
          x = axpy(x, t, d);
          if (nIter !== config.maxIter) {
            ({ loss, grad } = problem.evaluate(x));
            optimal = maxAbs(grad) <= config.toleranceGrad;
            lsEvals = 1;
          }
        }
        currentEvals += lsEvals;
        if (nIter === config.maxIter || currentEvals >= maxEval || optimal) break;
        if (maxAbs(d) * Math.abs(t) <= config.toleranceChange) break;
        if (Math.abs(loss - prevLoss) < config.toleranceChange) break;
      }
      return { x, loss: origLoss };
    },
  };
}
