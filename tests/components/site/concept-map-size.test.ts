import { describe, expect, it } from 'vitest';
import { AREA_PER_NODE, conceptMapSize } from '../../../components/site/concept-map-size';

describe('concept map size', () => {
  it('keeps the width fixed, so a map is drawn at the same scale whatever it holds', () => {
    expect(conceptMapSize(10, 'full').width).toBe(1200);
    expect(conceptMapSize(500, 'full').width).toBe(1200);
    expect(conceptMapSize(5, 'neighbourhood').width).toBe(720);
    expect(conceptMapSize(60, 'neighbourhood').width).toBe(720);
  });

  it('grows the height so the room per node stays about constant', () => {
    for (const n of [133, 200, 400]) {
      const { width, height } = conceptMapSize(n, 'full');
      expect((width * height) / n).toBeGreaterThanOrEqual(AREA_PER_NODE);
      expect((width * height) / n).toBeLessThan(AREA_PER_NODE * 1.01);
    }
    const { width, height } = conceptMapSize(39, 'neighbourhood');
    expect((width * height) / 39).toBeGreaterThanOrEqual(AREA_PER_NODE);
  });

  it('gives small maps a minimum height instead of a thin strip', () => {
    expect(conceptMapSize(0, 'full').height).toBe(600);
    expect(conceptMapSize(8, 'neighbourhood').height).toBe(420);
  });

  it('names the fix when the node count is not a count', () => {
    expect(() => conceptMapSize(-1, 'full')).toThrow(/nodeCount is -1; it must be a whole number of nodes, 0 or more/);
    expect(() => conceptMapSize(2.5, 'neighbourhood')).toThrow(/whole number/);
  });
});
