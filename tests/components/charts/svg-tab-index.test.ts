import { describe, expect, it } from 'vitest';
import { svgTabIndex } from '../../../components/charts/svg-tab-index';

describe('svgTabIndex', () => {
  it('gives the lowercase attribute SVG reads, and nothing for an element that takes no focus', () => {
    expect(svgTabIndex(0)).toEqual({ tabindex: 0 });
    expect(svgTabIndex(-1)).toEqual({ tabindex: -1 });
    expect(svgTabIndex(undefined)).toEqual({});
  });
});
