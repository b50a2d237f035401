import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface MapNodeInput {
  id: string;
  group: string;
}

export interface PlacedNode extends MapNodeInput {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum, MapNodeInput {}

/**
 * Lays out the related-terms graph with d3-force at build time, so the concept map ships as static SVG.
 * Each group (category) is pulled toward its own anchor on a circle, which keeps categories together.
 * Deterministic: d3 starts nodes on a phyllotaxis spiral and we fix the random source, so builds are stable.
 */
export function layoutConceptMap(
  nodes: readonly MapNodeInput[],
  edges: readonly (readonly [string, string])[],
  options: { width: number; height: number; groups: readonly string[]; ticks?: number },
): PlacedNode[] {
  const { width, height, groups, ticks = 400 } = options;
  const anchor = new Map(groups.map((g, i) => {
    const angle = (2 * Math.PI * i) / groups.length - Math.PI / 2;
    return [g, { x: Math.cos(angle) * width * 0.3, y: Math.sin(angle) * height * 0.3 }];
  }));
  const sim: SimNode[] = nodes.map((n) => ({ ...n }));
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const simulation = forceSimulation(sim)
    .randomSource(random)
    .force('link', forceLink<SimNode, { source: string; target: string }>(edges.map(([source, target]) => ({ source, target }))).id((d) => d.id).distance(40).strength(0.15))
    .force('charge', forceManyBody().strength(-140))
    .force('collide', forceCollide(30))
    .force('x', forceX<SimNode>((d) => anchor.get(d.group)?.x ?? 0).strength(0.12))
    .force('y', forceY<SimNode>((d) => anchor.get(d.group)?.y ?? 0).strength(0.12))
    .stop();
  simulation.tick(ticks);

  // Fit into the box with a margin for labels.
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels are centred on their node and wider than tall, so leave more room at the sides.
  const [mx, my] = [110, 40];
  const sx = (width - 2 * mx) / Math.max(1, maxX - minX);
  const sy = (height - 2 * my) / Math.max(1, maxY - minY);
  return sim.map((n) => ({ id: n.id, group: n.group, x: mx + ((n.x ?? 0) - minX) * sx, y: my + ((n.y ?? 0) - minY) * sy }));
}

/** Where a node's label sits relative to its dot. */
export type LabelSide = 'above' | 'below' | 'right' | 'left';
const SIDES: readonly LabelSide[] = ['above', 'below', 'right', 'left'];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Label metrics of the map's 12 px system font: an estimate, generous enough that real text stays inside its plate. */
export const LABEL_HEIGHT = 16;
export const labelWidth = (title: string): number => title.length * 6.6 + 8;
const DOT_CLEARANCE = 10;

/** The plate a label of `width` occupies on `side` of a dot at (x, y). */
export function labelBox(x: number, y: number, width: number, side: LabelSide): Box {
  switch (side) {
    case 'above':
      return { x: x - width / 2, y: y - DOT_CLEARANCE - LABEL_HEIGHT, width, height: LABEL_HEIGHT };
    case 'below':
      return { x: x - width / 2, y: y + DOT_CLEARANCE, width, height: LABEL_HEIGHT };
    case 'right':
      return { x: x + DOT_CLEARANCE + 2, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    case 'left':
      return { x: x - DOT_CLEARANCE - 2 - width, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
  }
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Chooses a side for every label so plates overlap each other, other dots and the map's edge as little as possible.
 * Greedy, in order of crowding (nodes with the most neighbours nearby first, as they have the fewest free sides);
 * deterministic, like the layout. Ties keep the reading-friendly order above, below, right, left.
 */
export function placeLabels(nodes: readonly { id: string; x: number; y: number; width: number }[], bounds: { width: number; height: number }): Map<string, LabelSide> {
  const dot = (n: { x: number; y: number }): Box => ({ x: n.x - 9, y: n.y - 9, width: 18, height: 18 });
  const crowding = (n: { x: number; y: number }) => nodes.filter((m) => Math.hypot(m.x - n.x, m.y - n.y) < 120).length;
  const order = [...nodes].sort((a, b) => crowding(b) - crowding(a) || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  for (const n of order) {
    let best: { side: LabelSide; cost: number; box: Box } | undefined;
    for (const side of SIDES) {
      const box = labelBox(n.x, n.y, n.width, side);
      const outside = box.width * box.height - overlapArea(box, { x: 0, y: 0, width: bounds.width, height: bounds.height });
      let cost = 4 * outside;
      for (const other of placed) cost += overlapArea(box, other);
      for (const m of nodes) if (m.id !== n.id) cost += 2 * overlapArea(box, dot(m));
      if (best === undefined || cost < best.cost - 1e-9) best = { side, cost, box };
    }
    sides.set(n.id, best!.side);
    placed.push(best!.box);
  }
  return sides;
}

export interface MapNodeGeometry extends PlacedNode {
  title: string;
  label: Box;
}

/** Everything the concept map draws: each node's dot position and its label plate, laid out and de-overlapped. */
export function conceptMapGeometry(
  nodes: readonly { id: string; group: string; title: string }[],
  edges: readonly (readonly [string, string])[],
  options: { width: number; height: number; groups: readonly string[] },
): MapNodeGeometry[] {
  const title = new Map(nodes.map((n) => [n.id, n.title]));
  const placed = layoutConceptMap(nodes, edges, options).map((p) => ({ ...p, title: title.get(p.id) ?? p.id }));
  const sides = placeLabels(placed.map((p) => ({ id: p.id, x: p.x, y: p.y, width: labelWidth(p.title) })), options);
  return placed.map((p) => ({ ...p, label: labelBox(p.x, p.y, labelWidth(p.title), sides.get(p.id) ?? 'above') }));
}
