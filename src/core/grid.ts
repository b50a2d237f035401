/** A rectangular sampling grid shared by contour plots (functions.ts) and decision boundaries (model/). */
export interface GridSpec {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** Samples along x (>= 2). */
  nx: number;
  /** Samples along y (>= 2). */
  ny: number;
}

export function validateGrid(grid: GridSpec): void {
  for (const key of ['xMin', 'xMax', 'yMin', 'yMax'] as const) {
    if (!Number.isFinite(grid[key])) throw new Error(`${key} must be a finite number (got ${grid[key]}) in grid`);
  }
  for (const key of ['nx', 'ny'] as const) {
    if (!Number.isInteger(grid[key]) || grid[key] < 2) throw new Error(`${key} must be an integer >= 2 (got ${grid[key]}) in grid`);
  }
  if (!(grid.xMax > grid.xMin && grid.yMax > grid.yMin)) throw new Error('grid needs xMax > xMin and yMax > yMin');
}

/** Point (x_i, y_j); values are stored row-major with y outer: index j * nx + i. */
export function gridPoint(grid: GridSpec, i: number, j: number): [number, number] {
  return [grid.xMin + ((grid.xMax - grid.xMin) * i) / (grid.nx - 1), grid.yMin + ((grid.yMax - grid.yMin) * j) / (grid.ny - 1)];
}

/** All grid points as an interleaved [x0, y0, x1, y1, ...] Float32Array in value order. */
export function gridPoints(grid: GridSpec): Float32Array {
  validateGrid(grid);
  const out = new Float32Array(grid.nx * grid.ny * 2);
  for (let j = 0; j < grid.ny; j++) {
    for (let i = 0; i < grid.nx; i++) {
      const [x, y] = gridPoint(grid, i, j);
      out[2 * (j * grid.nx + i)] = x;
      out[2 * (j * grid.nx + i) + 1] = y;
    }
  }
  return out;
}
