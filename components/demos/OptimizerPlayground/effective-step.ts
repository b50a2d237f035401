/**
 * The effective step of a run: how far each coordinate actually moved per iteration, |x_{k+1,i} - x_{k,i}|, next
 * to the learning rate it was scheduled. For SGD that is lr·|g_i|; an adaptive method rescales each coordinate by
 * its own gradient history (Adam: lr·|m̂_i|/(√v̂_i + eps), so about lr while the gradient is steady and far less
 * once it flips; Lion: exactly lr). Pure.
 */
export type Coordinate = 0 | 1;

/** [k, |x_{k+1} - x_k|] for k = 0 .. n-2 along one coordinate; zero moves are dropped (a log axis cannot show them). */
export function effectiveSteps(points: readonly (readonly [number, number])[], coordinate: Coordinate): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const d = Math.abs(points[k + 1]![coordinate] - points[k]![coordinate]);
    if (d > 0 && Number.isFinite(d)) out.push([k, d]);
  }
  return out;
}
