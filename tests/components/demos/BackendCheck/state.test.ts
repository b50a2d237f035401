import { describe, expect, it } from 'vitest';
import { pytorchCode, tfjsCode } from '../../../../components/demos/BackendCheck/code';
import { URL_PREFIX } from '../../../../components/demos/BackendCheck/limits';
import { BackendCheckStateSchema, DEFAULT_STATE } from '../../../../components/demos/BackendCheck/state';
import { parseUrlState } from '../../../../components/demos/shared/url-state';

describe('backend check state', () => {
  it.each([
    ['bc.sec=3', 3, []],
    ['bc.sec=60', 2, ['URL value bc.sec=60 is not valid (above the maximum 5): using the default 2 instead.']],
  ])('reads %s', (query, seconds, warnings) => {
    expect(parseUrlState(BackendCheckStateSchema, URL_PREFIX, new URLSearchParams(query), DEFAULT_STATE)).toEqual({ state: { seconds }, warnings });
  });

  it('times the benchmark for the chosen seconds in both code samples', () => {
    expect(tfjsCode(1.5)).toContain('performance.now() - t0 < 1500');
    expect(pytorchCode(1.5)).toContain('time.perf_counter() - t0 < 1.5');
  });
});
