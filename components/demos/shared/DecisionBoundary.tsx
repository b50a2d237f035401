/**
 * A decision-boundary heat map on a <canvas>: the probability of class 1 on a grid (blue = 1, orange = 0, pale near
 * 0.5), training points filled, validation points as rings. Colours come from the theme (canvas-colors.ts) and the
 * canvas redraws on theme change and resize. role="img" with a text summary.
 *   <DecisionBoundary title="..." grid={grid} values={field} train={points.train} validation={points.validation} />
 */
import { useEffect, useRef, useState } from 'react';
import type { GridSpec } from '../../../src/core/index';
import type { DatasetPoints } from '../../../src/core/worker/protocol';
import { parseColor, useCanvasColors } from './canvas-colors';

interface Props {
  title: string;
  grid: GridSpec;
  /** P(class 1) at index j * nx + i, or undefined before training (points only). */
  values: Float32Array | undefined;
  train: DatasetPoints;
  validation: DatasetPoints;
  summary?: string;
  testId?: string;
}

function draw(canvas: HTMLCanvasElement, p: Props, colors: NonNullable<ReturnType<typeof useCanvasColors>>): void {
  const cssSize = canvas.clientWidth || 300;
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const size = Math.round(cssSize * ratio);
  if (canvas.width !== size) canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const { grid } = p;
  const bg = parseColor(colors.background);
  const c0 = parseColor(colors.class0);
  const c1 = parseColor(colors.class1);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, size, size);
  if (p.values !== undefined && p.values.length === grid.nx * grid.ny) {
    const image = ctx.createImageData(grid.nx, grid.ny);
    for (let j = 0; j < grid.ny; j++) {
      for (let i = 0; i < grid.nx; i++) {
        const prob = p.values[j * grid.nx + i]!;
        const safe = Number.isFinite(prob) ? prob : 0.5;
        const c = safe >= 0.5 ? c1 : c0;
        const t = Math.min(1, Math.abs(safe - 0.5) * 2) * 0.6;
        const k = ((grid.ny - 1 - j) * grid.nx + i) * 4;
        for (let ch = 0; ch < 3; ch++) image.data[k + ch] = Math.round(bg[ch]! * (1 - t) + c[ch]! * t);
        image.data[k + 3] = 255;
      }
    }
    const off = document.createElement('canvas');
    off.width = grid.nx;
    off.height = grid.ny;
    off.getContext('2d')?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    // Cell centres sit on the grid points, so the image spans half a cell beyond the first and last sample.
    const cellX = size / (grid.nx - 1);
    const cellY = size / (grid.ny - 1);
    ctx.drawImage(off, -cellX / 2, -cellY / 2, size + cellX, size + cellY);
  }
  const sx = (x: number): number => ((x - grid.xMin) / (grid.xMax - grid.xMin)) * size;
  const sy = (y: number): number => size - ((y - grid.yMin) / (grid.yMax - grid.yMin)) * size;
  const r = Math.max(2.5, size / 110);
  const drawSet = (set: DatasetPoints, hollow: boolean): void => {
    for (let i = 0; i < set.n; i++) {
      const x = sx(set.x[2 * i]!);
      const y = sy(set.x[2 * i + 1]!);
      const color = set.y[i]! >= 0.5 ? colors.class1 : colors.class0;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      if (hollow) {
        ctx.lineWidth = Math.max(1.5, r / 2);
        ctx.strokeStyle = color;
        ctx.stroke();
      } else {
        ctx.fillStyle = color;
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = colors.foreground;
        ctx.stroke();
      }
    }
  };
  drawSet(p.validation, true);
  drawSet(p.train, false);
}

export function DecisionBoundary(props: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [host, setHost] = useState<HTMLCanvasElement | null>(null);
  const colors = useCanvasColors(host);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    setHost(canvas);
    if (canvas === null) return;
    const observer = new ResizeObserver(() => setWidth(canvas.clientWidth));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (canvasRef.current !== null && colors !== undefined) draw(canvasRef.current, props, colors);
  });

  const summary = props.summary ?? `${props.title}: ${props.train.n} training points (filled) and ${props.validation.n} validation points (rings)${props.values === undefined ? '; not trained yet.' : ', over the predicted probability of class 1 (blue) versus class 0 (orange).'}`;
  return (
    <div className="tp-boundary" data-testid={props.testId} data-width={width} data-drawn={props.values === undefined ? 'points' : 'field'}>
      <canvas ref={canvasRef} className="tp-canvas" role="img" aria-label={summary} />
    </div>
  );
}
