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

/** Room one node takes in the simulation under the forces below (collide 30, charge -140): measured, not derived. */
const SIM_AREA_PER_NODE = 7000;
/** Margins of the drawing for labels: they are wider than tall, so more room at the sides. */
const [MARGIN_X, MARGIN_Y] = [110, 40];

/**
 * Lays out the related-terms graph with d3-force at build time, so the concept map ships as static SVG.
 * Each group (category) is pulled toward its own anchor on an ellipse, which keeps categories together, and a soft
 * frame of the drawing's shape holds the whole graph: without it the graph settles into a roundish blob whatever the
 * drawing's shape, and a tall drawing would squeeze it sideways, where labels are widest.
 * Deterministic: d3 starts nodes on a phyllotaxis spiral and we fix the random source, so builds are stable.
 */
export function layoutConceptMap(
  nodes: readonly MapNodeInput[],
  edges: readonly (readonly [string, string])[],
  options: { width: number; height: number; groups: readonly string[]; ticks?: number },
): PlacedNode[] {
  const { width, height, groups, ticks = 400 } = options;
  const [innerW, innerH] = [Math.max(1, width - 2 * MARGIN_X), Math.max(1, height - 2 * MARGIN_Y)];
  // The frame in simulation units: the drawing's aspect ratio, and the area the nodes naturally take.
  const halfW = Math.sqrt(nodes.length * SIM_AREA_PER_NODE * (innerW / innerH)) / 2;
  const halfH = (halfW * innerH) / innerW;
  const anchor = new Map(groups.map((g, i) => {
    const angle = (2 * Math.PI * i) / groups.length - Math.PI / 2;
    return [g, { x: Math.cos(angle) * halfW * 0.6, y: Math.sin(angle) * halfH * 0.6 }];
  }));
  const sim: SimNode[] = nodes.map((n) => ({ ...n }));
  const frame = (alpha: number) => {
    for (const n of sim) {
      const [x, y] = [n.x ?? 0, n.y ?? 0];
      if (Math.abs(x) > halfW) n.vx = (n.vx ?? 0) - (x - Math.sign(x) * halfW) * alpha;
      if (Math.abs(y) > halfH) n.vy = (n.vy ?? 0) - (y - Math.sign(y) * halfH) * alpha;
    }
  };
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const simulation = forceSimulation(sim)
    .randomSource(random)
    .force('link', forceLink<SimNode, { source: string; target: string }>(edges.map(([source, target]) => ({ source, target }))).id((d) => d.id).distance(40).strength(0.15))
    .force('charge', forceManyBody().strength(-140))
    .force('collide', forceCollide(30))
    .force('x', forceX<SimNode>((d) => anchor.get(d.group)?.x ?? 0).strength(0.12))
    .force('y', forceY<SimNode>((d) => anchor.get(d.group)?.y ?? 0).strength(0.12))
    .force('frame', frame)
    .stop();
  simulation.tick(ticks);

  // Fit into the drawing, inside the label margins.
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = innerW / Math.max(1, maxX - minX);
  const sy = innerH / Math.max(1, maxY - minY);
  return sim.map((n) => ({ id: n.id, group: n.group, x: MARGIN_X + ((n.x ?? 0) - minX) * sx, y: MARGIN_Y + ((n.y ?? 0) - minY) * sy }));
}

/** Where a node's label sits relative to its dot: the four sides, then the four corners. */
export type LabelSide = 'above' | 'below' | 'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';
/** In order of preference: a label centred over or under its dot reads best, a corner placement least well. */
const SIDES: readonly LabelSide[] = ['above', 'below', 'right', 'left', 'above-right', 'above-left', 'below-right', 'below-left'];

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
/** A corner label starts this far right (or ends this far left) of the dot's centre, and clears the dot diagonally. */
const CORNER_OFFSET = 8;

/** The plate a label of `width` occupies on `side` of a dot at (x, y). */
export function labelBox(x: number, y: number, width: number, side: LabelSide): Box {
  const above = y - DOT_CLEARANCE - LABEL_HEIGHT;
  const below = y + DOT_CLEARANCE;
  switch (side) {
    case 'above':
      return { x: x - width / 2, y: above, width, height: LABEL_HEIGHT };
    case 'below':
      return { x: x - width / 2, y: below, width, height: LABEL_HEIGHT };
    case 'right':
      return { x: x + DOT_CLEARANCE + 2, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    case 'left':
      return { x: x - DOT_CLEARANCE - 2 - width, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    case 'above-right':
      return { x: x + CORNER_OFFSET, y: above, width, height: LABEL_HEIGHT };
    case 'above-left':
      return { x: x - CORNER_OFFSET - width, y: above, width, height: LABEL_HEIGHT };
    case 'below-right':
      return { x: x + CORNER_OFFSET, y: below, width, height: LABEL_HEIGHT };
    case 'below-left':
      return { x: x - CORNER_OFFSET - width, y: below, width, height: LABEL_HEIGHT };
  }
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function boundingBox(a: Box, b: Box): Box {
  const [x, y] = [Math.min(a.x, b.x), Math.min(a.y, b.y)];
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** A clash costs this much on top of its area, so two slight overlaps weigh more than one larger one: we count clashes. */
const CLASH = 200;
/** Repair passes after the greedy placement; each only ever lowers the total cost, and few are needed in practice. */
const PASSES = 6;

/**
 * Chooses a side for every label so plates overlap each other, other dots and the map's edge as little as possible.
 * Greedy first, in order of crowding (nodes with the most neighbours nearby first, as they have the fewest free sides),
 * then a few repair passes that move each label to its cheapest side given all the others. Deterministic, like the
 * layout. Ties keep the reading-friendly order of SIDES.
 */
export function placeLabels(nodes: readonly { id: string; x: number; y: number; width: number }[], bounds: { width: number; height: number }): Map<string, LabelSide> {
  const dots = nodes.map((m): Box => ({ x: m.x - 9, y: m.y - 9, width: 18, height: 18 }));
  const frame = { x: 0, y: 0, width: bounds.width, height: bounds.height };
  const crowding = (n: { x: number; y: number }) => nodes.filter((m) => Math.hypot(m.x - n.x, m.y - n.y) < 120).length;
  const order = nodes.map((n, i) => ({ n, i, crowd: crowding(n) })).sort((a, b) => b.crowd - a.crowd || a.n.id.localeCompare(b.n.id));
  const boxes = nodes.map((n) => SIDES.map((side) => labelBox(n.x, n.y, n.width, side)));
  // The costs below sum overlaps with other dots and plates; only those within reach of a node's eight plates can
  // overlap them. Visiting just those, in index order as a scan of all would, adds the same terms in the same order
  // (same result) in time that grows with the crowding, not with the map: a 1,000-entry map took 19 s, quadratic.
  const reach = boxes.map((b) => b.reduce(boundingBox));
  const near = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const nearDots = reach.map((r, i) => dots.flatMap((d, j) => (j !== i && near(r, d) ? [j] : [])));
  const nearLabels = reach.map((r, i) => reach.flatMap((q, j) => (j !== i && near(r, q) ? [j] : [])));
  // A candidate's cost without other labels: leaving the map, covering other dots, and a slight dislike of corners.
  const fixedCost = (i: number, side: LabelSide, box: Box) => {
    let cost = 4 * (box.width * box.height - overlapArea(box, frame)) + SIDES.indexOf(side) * 0.5;
    for (const j of nearDots[i]!) { const a = overlapArea(box, dots[j]!); if (a > 0) cost += CLASH / 2 + 2 * a; }
    return cost;
  };
  const candidates = boxes.map((b, i) => SIDES.map((side, k) => ({ side, box: b[k]!, fixed: fixedCost(i, side, b[k]!) })));
  const chosen: (number | undefined)[] = nodes.map(() => undefined);
  const cheapest = (i: number) => {
    let best = 0;
    let bestCost = Infinity;
    candidates[i]!.forEach((c, k) => {
      let cost = c.fixed;
      for (const j of nearLabels[i]!) {
        const other = chosen[j];
        if (other === undefined) continue;
        const a = overlapArea(c.box, candidates[j]![other]!.box);
        if (a > 0) cost += CLASH + a;
      }
      if (cost < bestCost - 1e-9) [best, bestCost] = [k, cost];
    });
    return best;
  };
  for (const { i } of order) chosen[i] = cheapest(i);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const { i } of order) {
      const k = cheapest(i);
      if (k !== chosen[i]) [chosen[i], moved] = [k, true];
    }
    if (!moved) break;
  }
  return new Map(nodes.map((n, i) => [n.id, SIDES[chosen[i]!]!]));
}

export interface MapNodeGeometry extends PlacedNode {
  title: string;
  label: Box;
}

/** Rounds of nudging dots apart where labels still clash; each moves a dot by at most a label's height. */
const NUDGE_ROUNDS = 8;

/**
 * Places the labels of dots already laid out, and loosens the spots where that alone cannot avoid a clash.
 * The force layout knows nothing of label widths, so two long labels can still clash where no side is free; then the
 * two dots move apart vertically by just the overlap (a label is 16 px tall, so a few pixels) and labels are placed
 * again, for a few rounds. The map's shape is kept; only tight spots loosen. Returns moved copies, in input order.
 */
export function settleLabels<T extends PlacedNode & { title: string }>(nodes: readonly T[], bounds: { width: number; height: number }): (T & { label: Box })[] {
  const placed = nodes.map((n) => ({ node: n, id: n.id, x: n.x, y: n.y, width: labelWidth(n.title) }));
  // Dots stay far enough from the top and bottom edges for a label above or below them to fit.
  const [top, bottom] = [DOT_CLEARANCE + LABEL_HEIGHT, bounds.height - DOT_CLEARANCE - LABEL_HEIGHT];
  for (let round = 0; ; round++) {
    const sides = placeLabels(placed, bounds);
    const labels = placed.map((p) => labelBox(p.x, p.y, p.width, sides.get(p.id) ?? 'above'));
    let clashes = 0;
    for (let i = 0; i < labels.length && round < NUDGE_ROUNDS; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        if (overlapArea(a, b) === 0) continue;
        clashes++;
        const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        // The dot whose label is higher moves up, the other down (by name order when level), each by half the overlap.
        const [up, down] = a.y < b.y || (a.y === b.y && placed[i]!.id < placed[j]!.id) ? [placed[i]!, placed[j]!] : [placed[j]!, placed[i]!];
        up.y = Math.max(top, up.y - overlap / 2 - 1);
        down.y = Math.min(bottom, down.y + overlap / 2 + 1);
      }
    }
    if (clashes === 0) return placed.map((p, i) => ({ ...p.node, x: p.x, y: p.y, label: labels[i]! }));
  }
}

/** Everything the concept map draws: each node's dot position and its label plate, laid out and de-overlapped. */
export function conceptMapGeometry(
  nodes: readonly { id: string; group: string; title: string }[],
  edges: readonly (readonly [string, string])[],
  options: { width: number; height: number; groups: readonly string[] },
): MapNodeGeometry[] {
  const title = new Map(nodes.map((n) => [n.id, n.title]));
  return settleLabels(layoutConceptMap(nodes, edges, options).map((p) => ({ ...p, title: title.get(p.id) ?? p.id })), options);
}
