import { describe, expect, it } from 'vitest';
import { flattenStart, isMatrixStart, matrixResult, toRows } from '../../src/core/optimize-start';

describe('optimize start points', () => {
  it('passes a vector through with its length as the shape', () => {
    expect(flattenStart([1, -2])).toEqual({ values: [1, -2], shape: [2] });
    expect(flattenStart(Float64Array.from([3]))).toEqual({ values: [3], shape: [1] });
    expect(isMatrixStart([1, 2])).toBe(false);
  });

  it('flattens a matrix row-major with its [rows, cols] shape', () => {
    expect(flattenStart([[1, 2, 3], [4, 5, 6]])).toEqual({ values: [1, 2, 3, 4, 5, 6], shape: [2, 3] });
    expect(isMatrixStart([[1]])).toBe(true);
  });

  it.each([
    [[[1, 2], 3], 'x0[1] must be a row (an array of numbers) like x0[0] (got 3) in optimize'],
    [[[1], [2, 3]], "x0's rows must all hold the same number of values (row 0 has 1, row 1 has 2) in optimize"],
    [[[1, Infinity]], 'x0[0][1] must be a finite number (got Infinity) in optimize'],
  ])('rejects %o', (x0, message) => {
    expect(() => flattenStart(x0 as number[][])).toThrow(message);
  });

  it('gives a recorded flat path back its rows', () => {
    expect(toRows([1, 2, 3, 4, 5, 6], 3)).toEqual([[1, 2, 3], [4, 5, 6]]);
    const flat = { params: [[1, 2, 3, 4]], losses: [0.5], diverged: undefined };
    expect(matrixResult(flat, [2, 2])).toEqual({ params: [[[1, 2], [3, 4]]], losses: [0.5], diverged: undefined });
  });
});
