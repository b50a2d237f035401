/**
 * The start point of `optimize` and `optimizePlain`: a vector (x0: number[]) or a matrix (x0: number[][], a list of
 * rows, for matrix methods such as Muon). Both run loops work on flat row-major values plus a shape; this module
 * flattens a start and gives the recorded path back its shape.
 */
import type { ParamShape } from './optimizers/first-order-rule';
import type { OptimizeResult, OptimizeRunOptions } from './optimize-run';

/** A matrix start: rows of equal length. */
export type MatrixStart = readonly (readonly number[])[];

/** The run options with a matrix start (x0 as a list of rows). */
export type MatrixRunOptions = Omit<OptimizeRunOptions, 'x0'> & {
  /** The start matrix as rows of equal length, e.g. [[0.5, -1], [1.5, 0.25]]. */
  x0: MatrixStart;
};

export interface FlatStart {
  /** Row-major values. */
  values: number[];
  shape: ParamShape;
}

/** True when x0 is a list of rows (any entry is an array), not a vector. */
export function isMatrixStart(x0: ArrayLike<number> | MatrixStart): x0 is MatrixStart {
  return Array.isArray(x0) && x0.some((row: unknown) => Array.isArray(row));
}

/**
 * Flattens x0. A vector passes through unchecked (checkRunOptions checks it, with its own messages); a matrix is
 * checked here: at least one row, every row an array of the same non-zero length, every entry finite.
 */
export function flattenStart(x0: ArrayLike<number> | MatrixStart): FlatStart {
  if (!isMatrixStart(x0)) return { values: Array.from(x0), shape: [x0.length] };
  const cols = x0[0]?.length ?? 0;
  const values: number[] = [];
  for (const [i, row] of x0.entries()) {
    if (!Array.isArray(row)) throw new Error(`x0[${i}] must be a row (an array of numbers) like x0[0] (got ${String(row)}) in optimize`);
    if (cols < 1) throw new Error('x0[0] must hold at least one number (a matrix start is a list of non-empty rows) in optimize');
    if (row.length !== cols) throw new Error(`x0's rows must all hold the same number of values (row 0 has ${cols}, row ${i} has ${row.length}) in optimize`);
    for (const [j, v] of row.entries()) {
      if (!Number.isFinite(v)) throw new Error(`x0[${i}][${j}] must be a finite number (got ${String(v)}) in optimize`);
      values.push(v);
    }
  }
  return { values, shape: [x0.length, cols] };
}

/** Row-major values as a list of rows. */
export function toRows(values: readonly number[], cols: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < values.length; start += cols) rows.push(values.slice(start, start + cols));
  return rows;
}

/** A recorded flat path with every point as a matrix (params[k] is the matrix after step k). */
export function matrixResult(result: OptimizeResult, shape: ParamShape): OptimizeResult<number[][]> {
  const cols = shape[1] ?? shape[0];
  return { ...result, params: result.params.map((p) => toRows(p, cols)) };
}
