/**
 * VectorOps plus the few matrix and reduction ops that shape-aware rules need (Muon's Newton-Schulz iteration,
 * Adafactor's row and column statistics; VectorOps.norm is the Frobenius norm they use). Matrices are row-major; a
 * rule passes their shape explicitly because a plain Float64Array does not carry one (tensors do, and reshape to it).
 * The reductions return a scalar handle `S`, so the tensor path keeps them on the device: no read-back per step.
 */
import type { VectorOps } from './vector-ops';

export interface MatrixOps<V, S> extends VectorOps<V, S> {
  /** a (rows x inner) @ b (inner x cols): a rows x cols matrix. */
  matMul(a: V, b: V, rows: number, inner: number, cols: number): V;
  /** The transpose of a rows x cols matrix (a cols x rows matrix). */
  transpose(a: V, rows: number, cols: number): V;
  /** The mean of each row of a rows x cols matrix: `rows` values. */
  rowMeans(a: V, rows: number, cols: number): V;
  /** The mean of each column of a rows x cols matrix: `cols` values. */
  colMeans(a: V, rows: number, cols: number): V;
  /** u v^T: a u.length x v.length matrix. */
  outer(u: V, v: V): V;
  /** sqrt(mean(a^2)) */
  rms(a: V): S;
  mean(a: V): S;
  /** max(s, floor) of a computed scalar. */
  maxScalar(s: S, floor: number): S;
  /** a / s for a computed scalar s (VectorOps.divScalar divides two scalars). */
  divBy(a: V, s: S): V;
}
