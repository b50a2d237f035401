import { describe, expect, it } from 'vitest';
import { formatAxisPositions } from '../../../../components/demos/NumberFormats/format-axis';
import { HIST_W, histogramGeometry } from '../../../../components/demos/NumberFormats/histogram-geometry';
import { WEIGHT_COUNT } from '../../../../components/demos/NumberFormats/limits';
import { parseNumberInput } from '../../../../components/demos/NumberFormats/parse-number';
import { NumberFormatsStateSchema } from '../../../../components/demos/NumberFormats/state';
import { errorHistogram, formatError, generateWeights } from '../../../../components/demos/NumberFormats/weight-errors';
import { FLOAT_FORMATS } from '../../../../src/core/plain';
import { nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';

describe('error histogram geometry', () => {
  it('scales bars to the fullest bin and places ticks across the width', () => {
    const g = histogramGeometry({ kind: 'absolute', edges: [-1, 0, 1], counts: [1, 4] });
    expect(g.bars.map((b) => b.height)).toEqual([18.5, 74]);
    expect(g.ticks).toEqual([{ value: -1, x: 0 }, { value: 0, x: HIST_W / 2 }, { value: 1, x: HIST_W }]);
  });

  it('places ticks at finite positions for an empty or one-point range', () => {
    expect(nonFinite(histogramGeometry({ kind: 'absolute', edges: [0, 0], counts: [0] }))).toEqual([]);
    expect(nonFinite(histogramGeometry({ kind: 'relative', edges: [], counts: [] }))).toEqual([]);
  });

  it('never draws NaN or Infinity: 200 random valid states, extremes of every range included (axis and histogram)', () => {
    const states = sampleStates(NumberFormatsStateSchema, seededRng(18), 200);
    for (const [i, state] of states.entries()) {
      // As NumberFormatsView.tsx computes them.
      const parsed = parseNumberInput(state.input);
      const axis = formatAxisPositions(FLOAT_FORMATS[state.format], parsed.ok ? Math.abs(parsed.value) : undefined);
      const weights = generateWeights(WEIGHT_COUNT, state.std, state.outlier, state.seed);
      const shown = formatError(weights, state.tensorFormat);
      const histogram = errorHistogram(weights, shown.dequantized, state.errorKind);
      const problems = [...nonFinite(axis, 'axis'), ...nonFinite(histogramGeometry(histogram), 'histogram'), ...nonFinite(histogram.edges, 'edges')];
      expect(problems, `state ${i}: ${JSON.stringify(state)}`).toEqual([]);
    }
  });
});
