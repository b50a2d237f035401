/**
 * Random valid states of a demo's URL schema for property tests: each field's codec is read (its range, integer
 * flag, names, list lengths) and a value drawn, half the time at an extreme of its range. Every sample is written
 * with encodeUrlValue and read back through the codec, so it is exactly a state the schema accepts. Not a test.
 */
import { z } from 'zod/mini';
import { encodeUrlValue, type UrlSchema, type UrlShape, type UrlState } from '../../../../components/demos/shared/url-state';
import { pick, type Rng } from '../../charts/finite-geometry';

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  out?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
}
interface Schema {
  _zod: { def: Def };
}

function checks(s: Schema): Record<string, unknown>[] {
  return (s._zod.def.checks ?? []).map((c) => c._zod.def);
}

function numberRange(s: Schema): { min: number; max: number; integer: boolean } {
  const cs = checks(s);
  const min = cs.find((c) => c['check'] === 'greater_than')?.['value'];
  const max = cs.find((c) => c['check'] === 'less_than')?.['value'];
  return { min: typeof min === 'number' ? min : -1e6, max: typeof max === 'number' ? max : 1e6, integer: cs.some((c) => c['check'] === 'number_format') };
}

function sampleNumber(rng: Rng, s: Schema): number {
  const { min, max, integer } = numberRange(s);
  const r = rng();
  let v: number;
  if (r < 0.25) v = min;
  else if (r < 0.5) v = max;
  else if (r < 0.6 && min <= 0 && max >= 0) v = 0;
  else if (r < 0.8 && min > 0) v = min * (max / min) ** rng(); // log-uniform: small rates as often as large ones
  else v = min + (max - min) * rng();
  return integer ? Math.min(max, Math.max(min, Math.round(v))) : v;
}

function lengthChecks(s: Schema): { min: number; max: number } {
  const cs = checks(s);
  const exact = cs.find((c) => c['check'] === 'length_equals')?.['length'];
  if (typeof exact === 'number') return { min: exact, max: exact };
  const lo = cs.find((c) => c['check'] === 'min_length')?.['minimum'];
  const hi = cs.find((c) => c['check'] === 'max_length')?.['maximum'];
  return { min: typeof lo === 'number' ? lo : 0, max: typeof hi === 'number' ? hi : 4 };
}

/** Typed text for free-text fields (the number-format explorer's input): ordinary, extreme and invalid drafts. */
const TEXTS = ['0', '0.1', '-1', '1e-3', '65504', '1e39', '-1e-45', '3.4028235e38', 'inf', '-inf', 'nan', 'abc', '', '1e999', '0x10', '-0'];

function sampleValue(rng: Rng, codec: Schema): unknown {
  const out = codec._zod.def.out ?? codec;
  const def = out._zod.def;
  if (def.type === 'number') return sampleNumber(rng, out);
  if (def.type === 'enum') return pick(rng, Object.values(def.entries ?? {}));
  if (def.type === 'string') return pick(rng, TEXTS);
  if (def.type === 'pipe') return rng() < 0.5; // urlBoolean: enum piped into a transform
  if (def.type === 'array') {
    const { min, max } = lengthChecks(out);
    const n = rng() < 0.3 ? max : rng() < 0.3 ? min : min + Math.floor(rng() * (max - min + 1));
    const element = def.element!;
    if (element._zod.def.type === 'enum') {
      const names = Object.values(element._zod.def.entries ?? {});
      return [...names].sort(() => rng() - 0.5).slice(0, Math.max(min, Math.min(n, names.length)));
    }
    return Array.from({ length: n }, () => sampleNumber(rng, element));
  }
  throw new Error(`url-state-samples: no sampler for a ${def.type} codec`);
}

/** `count` valid states, each field at an extreme of its range about half the time. */
export function sampleStates<S extends UrlShape>(schema: UrlSchema<S>, rng: Rng, count: number): UrlState<S>[] {
  return Array.from({ length: count }, () => {
    const state = {} as Record<string, unknown>;
    for (const [name, codec] of Object.entries(schema.shape)) {
      const raw = encodeUrlValue(sampleValue(rng, codec as unknown as Schema));
      const parsed = z.safeParse(codec, raw);
      if (!parsed.success) throw new Error(`url-state-samples: ${name}=${raw} was generated but the codec refuses it (${parsed.error.issues[0]?.message})`);
      state[name] = parsed.data;
    }
    return state as UrlState<S>;
  });
}
