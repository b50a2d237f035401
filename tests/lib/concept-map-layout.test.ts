import { describe, expect, it } from 'vitest';
import { layoutConceptMap } from '../../src/lib/concept-map-layout';

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
