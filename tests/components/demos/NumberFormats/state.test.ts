import { describe, expect, it } from 'vitest';
import { encodeUrlValue, parseUrlState, urlKeys } from '../../../../components/demos/shared/url-state';
import { defaultState, NumberFormatsStateSchema } from '../../../../components/demos/NumberFormats/state';

const defaults = defaultState({ format: 'bf16', value: 257 });

describe('the number-format explorer state', () => {
  it('opens on the entry format, its number as text, saturation on', () => {
    expect(defaults).toMatchObject({ format: 'bf16', input: '257', saturate: true, tensorFormat: 'bf16', errorKind: 'relative' });
  });

  it('uses short URL keys', () => {
    expect(urlKeys(NumberFormatsStateSchema)).toEqual({ format: 'f', input: 'x', saturate: 'sat', std: 'std', outlier: 'out', seed: 'seed', tensorFormat: 'tf', errorKind: 'err' });
  });

  it('round-trips every field through the URL, an invalid draft number included', () => {
    const state = { format: 'fp8-e5m2', input: '1e-3x', saturate: false, std: 0.5, outlier: 100, seed: 42, tensorFormat: 'nvfp4', errorKind: 'absolute' } as const;
    const keys = urlKeys(NumberFormatsStateSchema);
    const params = new URLSearchParams(Object.entries(state).map(([k, v]) => [`nf.${keys[k as keyof typeof keys]}`, encodeUrlValue(v)]));
    expect(parseUrlState(NumberFormatsStateSchema, 'nf', params, defaults)).toEqual({ state, warnings: [] });
  });

  it.each([
    ['nf.f=fp6', 'format'],
    ['nf.std=0', 'std'],
    ['nf.out=1e9', 'outlier'],
    ['nf.tf=int2', 'tensorFormat'],
  ])('falls back to the default with a warning for %s', (query, field) => {
    const { state, warnings } = parseUrlState(NumberFormatsStateSchema, 'nf', new URLSearchParams(query), defaults);
    expect(state[field as keyof typeof state]).toEqual(defaults[field as keyof typeof defaults]);
    expect(warnings).toHaveLength(1);
  });
});
