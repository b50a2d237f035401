/**
 * A contour plot of f on a grid with optimizer paths on top:
 *   <ContourPlot title="Rosenbrock" grid={grid} values={evaluateGrid(fn, grid)} start={[x, y]}
 *     onStartChange={setStart} trajectories={[{ id: 'adam', label: 'Adam', points, color: 0 }]} minima={fn.minima} />
 * Contours: d3-contour at log-spaced levels (contour-geometry.ts). The start point is set by clicking the plot,
 * dragging the marker, or focusing the marker and pressing arrow keys (Shift = bigger steps). role="img" label plus a
 * visually-hidden summary of the paths for screen readers.
 */
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { contourOverlay, contourPaths, logLevels, type GridShape } from './contour-geometry';
import { CHART_COLORS, seriesColor } from './palette';
import { useElementWidth } from './use-element-width';
import { formatNumber } from './scales';
import { svgTabIndex } from './svg-tab-index';

export interface Trajectory {
  id: string;
  label: string;
  points: readonly (readonly [number, number])[];
  color: number;
  /** Draw an X at the last point (the run stopped on a non-finite value). */
  diverged?: boolean;
}

interface Props {
  title: string;
  grid: GridShape;
  values: ArrayLike<number>;
  levels?: number;
  trajectories: readonly Trajectory[];
  start: readonly [number, number];
  onStartChange?: (point: [number, number]) => void;
  minima?: readonly (readonly [number, number])[];
  summary?: string;
  testId?: string;
}

const MAX_SIZE = 400;
/** Dots mark each iterate of short paths only; beyond this many they would cost more than they show. */
const MAX_DOTS = 150;

export function ContourPlot({ title, grid, values, levels = 16, trajectories, start, onStartChange, minima = [], summary, testId }: Props) {
  const clipId = useId();
  const hintId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [boxRef, measured] = useElementWidth<HTMLDivElement>(MAX_SIZE);
  const SIZE = Math.max(260, Math.min(MAX_SIZE, measured));
  const dragging = useRef(false);
  const overlay = contourOverlay(grid, SIZE, trajectories, start, minima);
  const { left, right, top, bottom, sx, sy } = overlay;
  const paths = useMemo(
    () => contourPaths(values, grid, logLevels(values, levels), (x, y) => [sx(x), sy(y)]),
    // sx/sy depend only on grid
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, grid.xMin, grid.xMax, grid.yMin, grid.yMax, grid.nx, grid.ny, levels, SIZE],
  );
  // The same element objects every render: React skips the 16 contour paths while a path animates on top.
  const contourLayer = useMemo(() => paths.map((p) => <path key={p.level} className="gd-contour-path" d={p.d} fillRule="evenodd" />), [paths]);
  const clamp = (p: [number, number]): [number, number] => [Math.min(grid.xMax, Math.max(grid.xMin, p[0])), Math.min(grid.yMax, Math.max(grid.yMin, p[1]))];

  const toData = (event: PointerEvent<SVGElement>): [number, number] | undefined => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (svg === null || ctm === null || ctm === undefined) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const x = grid.xMin + ((p.x - left) / (right - left)) * (grid.xMax - grid.xMin);
    const y = grid.yMin + ((bottom - p.y) / (bottom - top)) * (grid.yMax - grid.yMin);
    return clamp([Number(x.toPrecision(4)), Number(y.toPrecision(4))]);
  };

  const onPointerDown = (event: PointerEvent<SVGElement>): void => {
    if (onStartChange === undefined) return;
    const p = toData(event);
    if (p === undefined) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    onStartChange(p);
  };
  const onPointerMove = (event: PointerEvent<SVGElement>): void => {
    if (!dragging.current || onStartChange === undefined) return;
    const p = toData(event);
    if (p !== undefined) onStartChange(p);
  };
  const onPointerUp = (): void => {
    dragging.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>): void => {
    if (onStartChange === undefined) return;
    const frac = event.shiftKey ? 0.1 : 0.02;
    const ddx = (grid.xMax - grid.xMin) * frac;
    const ddy = (grid.yMax - grid.yMin) * frac;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-ddx, 0], ArrowRight: [ddx, 0], ArrowUp: [0, ddy], ArrowDown: [0, -ddy] };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    onStartChange(clamp([Number((start[0] + move[0]).toPrecision(4)), Number((start[1] + move[1]).toPrecision(4))]));
  };

  const startText = `(${formatNumber(start[0])}, ${formatNumber(start[1])})`;
  const generated = `${title}. Start point ${startText}. ${trajectories
    .map((t) => {
      const last = t.points[t.points.length - 1];
      return last === undefined ? `${t.label}: no path.` : `${t.label}: ${t.points.length - 1} steps, now at (${formatNumber(last[0])}, ${formatNumber(last[1])})${t.diverged === true ? ', diverged' : ''}.`;
    })
    .join(' ')}`;

  return (
    <div className="gd-contour" data-testid={testId} ref={boxRef}>
      {/* Two stacked SVGs: the static contours below, the moving paths on their own compositing layer above,
          so animating a path never repaints the contour fills. */}
      <div className="gd-contour-stack">
        <svg className="gd-chart" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`Contour lines of ${title}`}>
          <defs>
            <clipPath id={`${clipId}-bg`}>
              <rect x={left} y={top} width={right - left} height={bottom - top} />
            </clipPath>
          </defs>
          <rect x={left} y={top} width={right - left} height={bottom - top} fill={CHART_COLORS.background} />
          <g clipPath={`url(#${clipId}-bg)`}>{contourLayer}</g>
          <g className="gd-axis" aria-hidden="true">
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
            <line x1={left} x2={left} y1={top} y2={bottom} />
            {overlay.xTicks.map((t) => (
              <g key={`x${t.value}`} transform={`translate(${t.at},${bottom})`}>
                <line y2={4} />
                <text y={15} textAnchor="middle">{formatNumber(t.value)}</text>
              </g>
            ))}
            {overlay.yTicks.map((t) => (
              <g key={`y${t.value}`} transform={`translate(${left},${t.at})`}>
                <line x2={-4} />
                <text x={-7} dy="0.32em" textAnchor="end">{formatNumber(t.value)}</text>
              </g>
            ))}
            <text className="gd-axis-label" x={right} y={SIZE - 3} textAnchor="end">x</text>
            <text className="gd-axis-label" x={6} y={top + 10}>y</text>
          </g>
        </svg>
        <svg ref={svgRef} className="gd-chart gd-contour-overlay" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={title}>
          <defs>
            <clipPath id={clipId}>
              <rect x={left} y={top} width={right - left} height={bottom - top} />
            </clipPath>
          </defs>
          <rect
            className={onStartChange === undefined ? undefined : 'gd-plot-hit'}
            x={left}
            y={top}
            width={right - left}
            height={bottom - top}
            fill="transparent"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          />
          <g clipPath={`url(#${clipId})`} pointerEvents="none" aria-hidden="true">
            {overlay.minima.map(([mx, my]) => (
              <path key={`${mx},${my}`} d={`M${mx - 5},${my}h10M${mx},${my - 5}v10`} stroke={CHART_COLORS.text} strokeWidth={1.5} />
            ))}
            {trajectories.map((t, k) => {
              const pts = overlay.trajectories[k]!.points;
              const last = pts[pts.length - 1];
              return (
                <g key={t.id} data-trajectory={t.id} stroke={seriesColor(t.color)} fill={seriesColor(t.color)}>
                  <polyline points={pts.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" strokeWidth={2} strokeLinejoin="round" />
                  {pts.length <= MAX_DOTS && pts.map(([x, y], i) => <circle key={i} cx={x} cy={y} r={1.6} stroke="none" />)}
                  {last !== undefined &&
                    (t.diverged === true ? (
                      <path d={`M${last[0] - 6},${last[1] - 6}l12,12M${last[0] + 6},${last[1] - 6}l-12,12`} stroke={CHART_COLORS.danger} strokeWidth={3} />
                    ) : (
                      <circle cx={last[0]} cy={last[1]} r={4.5} stroke={CHART_COLORS.background} strokeWidth={1.5} />
                    ))}
                </g>
              );
            })}
          </g>
          <g
            className="gd-start-marker"
            transform={`translate(${overlay.start[0]},${overlay.start[1]})`}
            {...svgTabIndex(onStartChange === undefined ? undefined : 0)}
            role={onStartChange === undefined ? 'img' : 'button'}
            aria-label={`Start point ${startText}`}
            aria-describedby={onStartChange === undefined ? undefined : hintId}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          >
            <circle className="gd-start-ring" r={9} fill={CHART_COLORS.background} fillOpacity={0.6} stroke={CHART_COLORS.text} strokeWidth={2} />
            <circle r={3} fill={CHART_COLORS.text} />
          </g>
        </svg>
      </div>
      {onStartChange !== undefined && (
        <p id={hintId} className="gd-hint">
          Click the plot or drag the ringed marker to move the start point; or focus the marker (Tab) and use the arrow keys (Shift for bigger steps).
        </p>
      )}
      <p className="gd-visually-hidden">{summary ?? generated}</p>
    </div>
  );
}
