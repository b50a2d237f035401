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
    .force('collide', forceCollide(22))
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
