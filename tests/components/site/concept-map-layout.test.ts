import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/content/categories';
import { conceptMapGeometry, labelBox, labelWidth, layoutConceptMap, overlapArea, placeLabels, settleLabels, type Box, type LabelSide } from '../../../components/site/concept-map-layout';
import { conceptMapSize, type ConceptMapScope } from '../../../components/site/concept-map-size';
import { readTermFiles } from '../../../src/content/read-terms';
import { buildTermGraph, edgesOf } from '../../../src/content/term-graph';
import { validateTerms } from '../../../src/content/validate-terms';

const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, group: i < 15 ? 'a' : 'b' }));
const edges = nodes.slice(1).map((n, i) => [nodes[i]!.id, n.id] as const);
const box = { width: 1000, height: 800, groups: ['a', 'b'] };

describe('concept map layout', () => {
  const placed = layoutConceptMap(nodes, edges, box);

  it('places every node inside the box', () => {
    expect(placed).toHaveLength(30);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1000);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(800);
    }
  });

  it('is deterministic, so builds are stable', () => {
    expect(layoutConceptMap(nodes, edges, box)).toEqual(placed);
  });

  it('keeps nodes of a group closer to each other than to the other group', () => {
    const centre = (g: string) => {
      const ps = placed.filter((p) => p.group === g);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const [a, b] = [centre('a'), centre('b')];
    const spread = Math.max(...placed.filter((p) => p.group === 'a').map((p) => Math.hypot(p.x - a.x, p.y - a.y)));
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(spread * 0.5);
  });

  it('does not stack nodes on top of each other', () => {
    let closest = Infinity;
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) closest = Math.min(closest, Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y));
    expect(closest).toBeGreaterThan(5);
  });
});

describe('concept map labels', () => {
  it('moves a label off a neighbour it would cover', () => {
    // Two dots side by side: both labels above would collide, so one moves.
    const sides = placeLabels([{ id: 'a', x: 200, y: 100, width: 120 }, { id: 'b', x: 260, y: 100, width: 120 }], { width: 600, height: 300 });
    const [a, b] = ['a', 'b'].map((id) => labelBox(id === 'a' ? 200 : 260, 100, 120, sides.get(id)!));
    expect(overlapArea(a!, b!)).toBe(0);
  });

  it('keeps a label inside the map when one side would leave it', () => {
    expect(placeLabels([{ id: 'top', x: 300, y: 5, width: 100 }], { width: 600, height: 300 }).get('top')).toBe('below');
  });

  it('uses a corner when all four sides would cover a dot', () => {
    // Dots just above, below, left and right of the centre one (with short labels of their own); only corners are free.
    const around = [[300, 150], [295, 128], [295, 172], [262, 150], [338, 150]].map(([x, y], i) => ({ id: `n${i}`, x: x!, y: y!, width: i === 0 ? 60 : 10 }));
    const sides = placeLabels(around, { width: 600, height: 300 });
    expect(sides.get('n0')).toMatch(/^(above|below)-(left|right)$/);
    const boxes = around.map((n) => labelBox(n.x, n.y, n.width, sides.get(n.id)!));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
  });

  it('moves dots apart a little where no side is free', () => {
    // Three long labels on dots 6 px apart in a map just wide enough for one: the middle label has no free side.
    const title = 'Sharpness-Aware Minimization';
    const start = [100, 106, 112].map((y, i) => ({ id: `n${i}`, group: 'g', title, x: 150, y }));
    const bounds = { width: labelWidth(title) + 100, height: 240 };
    expect(placeLabels(start.map((n) => ({ ...n, width: labelWidth(title) })), bounds).size).toBe(3);
    const settled = settleLabels(start, bounds);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(overlapArea(settled[i]!.label, settled[j]!.label)).toBe(0);
    // Each dot moves vertically by a label's height or so, and the three keep their order.
    settled.forEach((p, i) => {
      expect(p.x).toBe(150);
      expect(Math.abs(p.y - start[i]!.y)).toBeLessThan(30);
    });
    expect(settled[0]!.y).toBeLessThan(settled[1]!.y);
    expect(settled[1]!.y).toBeLessThan(settled[2]!.y);
    expect(start[1]!.y).toBe(106);
  });

  const root = resolve(import.meta.dirname, '../../..');
  const { terms } = validateTerms(readTermFiles(resolve(root, 'content/terms'), root));
  const graph = buildTermGraph(terms.filter((t) => !t.data.draft).map((t) => ({ slug: t.slug, title: t.data.title, related: t.data.related, category: t.data.category })));
  const edges = edgesOf(graph);
  const overlaps = (geometry: { label: Box }[]) => {
    let pairs = 0;
    for (let i = 0; i < geometry.length; i++) for (let j = i + 1; j < geometry.length; j++) if (overlapArea(geometry[i]!.label, geometry[j]!.label) > 0) pairs++;
    return pairs;
  };
  const map = (nodes: typeof graph.ordered, scope: ConceptMapScope) =>
    conceptMapGeometry(nodes.map((n) => ({ id: n.slug, group: n.category, title: n.title })), edges.filter(([a, b]) => nodes.some((n) => n.slug === a) && nodes.some((n) => n.slug === b)), {
      ...conceptMapSize(nodes.length, scope),
      groups: CATEGORIES.map((c) => c.id).filter((id) => nodes.some((n) => n.category === id)),
    });

  it('gives the full glossary map labels that do not overlap', () => {
    expect(overlaps(map(graph.ordered, 'full'))).toBe(0);
  });

  it('keeps overlaps rare on the term pages\' neighbourhood maps', () => {
    let total = 0;
    for (const entry of graph.ordered) {
      const related = entry.related.flatMap((slug) => graph.bySlug.get(slug) ?? []);
      total += overlaps(map([entry, ...related, ...(graph.referencedBy.get(entry.slug) ?? []).filter((n) => !related.includes(n))], 'neighbourhood'));
    }
    // Above-only labels overlapped 34 times across 68 maps; a few tight spots at most across all maps (now 133).
    expect(total).toBeLessThanOrEqual(3);
  });
});

describe('concept map at a larger glossary', () => {
  // A made-up glossary of 300 entries in 11 categories of uneven size, with real-length titles and mostly
  // within-category links: the map must stay clash-free as the glossary grows, not only at today's size.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const words = ['Adaptive', 'Gradient', 'Descent', 'Stochastic', 'Weight', 'Decay', 'Quantization', 'Learning', 'Rate', 'Warmup', 'Pruning', 'Momentum', 'Sharpness-Aware', 'Minimization'];
  const groups = Array.from({ length: 11 }, (_, i) => `g${i}`);
  const nodes = Array.from({ length: 300 }, (_, i) => ({
    id: `n${i}`,
    group: groups[Math.floor(random() * random() * groups.length)]!,
    title: Array.from({ length: 1 + Math.floor(random() * 3) }, () => words[Math.floor(random() * words.length)]).join(' '),
  }));
  const edges = nodes.flatMap((a) => Array.from({ length: 3 }, () => {
    const same = nodes.filter((b) => b.group === a.group && b !== a);
    const pool = random() < 0.75 && same.length > 0 ? same : nodes;
    return [a.id, pool[Math.floor(random() * pool.length)]!.id] as const;
  }).filter(([x, y]) => x !== y));

  it('has no label clashes on a full map of 300 entries', () => {
    const size = conceptMapSize(nodes.length, 'full');
    const geometry = conceptMapGeometry(nodes, edges, { ...size, groups: groups.filter((g) => nodes.some((n) => n.group === g)) });
    let clashes = 0;
    for (let i = 0; i < geometry.length; i++) for (let j = i + 1; j < geometry.length; j++) if (overlapArea(geometry[i]!.label, geometry[j]!.label) > 0) clashes++;
    expect(clashes).toBe(0);
    for (const p of geometry) {
      expect(p.label.x).toBeGreaterThanOrEqual(0);
      expect(p.label.x + p.label.width).toBeLessThanOrEqual(size.width);
      expect(p.label.y).toBeGreaterThanOrEqual(0);
      expect(p.label.y + p.label.height).toBeLessThanOrEqual(size.height);
    }
  });

  it('places labels exactly as a scan of every pair of nodes does (it only skips nodes out of reach)', () => {
    const size = conceptMapSize(nodes.length, 'full');
    const laid = layoutConceptMap(nodes, edges, { ...size, groups });
    const input = laid.map((p, i) => ({ id: p.id, x: p.x, y: p.y, width: labelWidth(nodes[i]!.title) }));
    // A crowded corner too, where many plates reach each other.
    const crowd = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, x: 40 + (i % 8) * 25, y: 40 + Math.floor(i / 8) * 22, width: 60 + (i % 5) * 20 }));
    for (const case_ of [input, crowd, [...input.slice(0, 100), ...crowd]]) {
      expect(placeLabels(case_, size)).toEqual(placeLabelsAllPairs(case_, size));
    }
  });
});

/** The label placement as written before it skipped far nodes: every candidate against every dot and plate. */
function placeLabelsAllPairs(nodes: readonly { id: string; x: number; y: number; width: number }[], bounds: { width: number; height: number }): Map<string, LabelSide> {
  const SIDES: LabelSide[] = ['above', 'below', 'right', 'left', 'above-right', 'above-left', 'below-right', 'below-left'];
  const CLASH = 200;
  const dots = nodes.map((m): Box => ({ x: m.x - 9, y: m.y - 9, width: 18, height: 18 }));
  const frame = { x: 0, y: 0, width: bounds.width, height: bounds.height };
  const crowding = (n: { x: number; y: number }) => nodes.filter((m) => Math.hypot(m.x - n.x, m.y - n.y) < 120).length;
  const order = nodes.map((n, i) => ({ n, i, crowd: crowding(n) })).sort((a, b) => b.crowd - a.crowd || a.n.id.localeCompare(b.n.id));
  const fixedCost = (i: number, side: LabelSide, box: Box) => {
    let cost = 4 * (box.width * box.height - overlapArea(box, frame)) + SIDES.indexOf(side) * 0.5;
    for (let j = 0; j < dots.length; j++) if (j !== i) { const a = overlapArea(box, dots[j]!); if (a > 0) cost += CLASH / 2 + 2 * a; }
    return cost;
  };
  const candidates = nodes.map((n, i) => SIDES.map((side) => { const box = labelBox(n.x, n.y, n.width, side); return { box, fixed: fixedCost(i, side, box) }; }));
  const chosen: (number | undefined)[] = nodes.map(() => undefined);
  const cheapest = (i: number) => {
    let best = 0;
    let bestCost = Infinity;
    candidates[i]!.forEach((c, k) => {
      let cost = c.fixed;
      for (let j = 0; j < nodes.length; j++) {
        const other = chosen[j];
        if (j === i || other === undefined) continue;
        const a = overlapArea(c.box, candidates[j]![other]!.box);
        if (a > 0) cost += CLASH + a;
      }
      if (cost < bestCost - 1e-9) [best, bestCost] = [k, cost];
    });
    return best;
  };
  for (const { i } of order) chosen[i] = cheapest(i);
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (const { i } of order) {
      const k = cheapest(i);
      if (k !== chosen[i]) [chosen[i], moved] = [k, true];
    }
    if (!moved) break;
  }
  return new Map(nodes.map((n, i) => [n.id, SIDES[chosen[i]!]!]));
}
