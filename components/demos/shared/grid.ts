/** The sampling grid around a data set's points (pure): padded extents, square cells for 2-D data. */
import type { GridSpec } from '../../../src/core/index';
import type { DatasetPoints } from '../../../src/core/worker/protocol';

export const GRID_SIZE = 48;

export function gridAround(sets: readonly DatasetPoints[], size = GRID_SIZE): GridSpec {
  const dim = sets[0]?.inputDim ?? 2;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const s of sets) {
    for (let i = 0; i < s.n; i++) {
      const x = s.x[i * dim]!;
      const y = dim === 2 ? s.x[i * dim + 1]! : s.y[i]!;
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  if (!(xMax > xMin)) [xMin, xMax] = [-1, 1];
  if (!(yMax > yMin)) [yMin, yMax] = [-1, 1];
  const padX = (xMax - xMin) * 0.08;
  const padY = (yMax - yMin) * 0.08;
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY, nx: size, ny: dim === 2 ? size : 2 };
}
