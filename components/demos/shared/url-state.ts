/**
 * The ONE place demo state is read from and written to the page URL.
 *
 * How to use:
 *   const Schema = urlObject({ fn: urlEnum(['rosenbrock', 'booth']), momentum: urlField('m', urlNumber({ min: 0, max: 1 })) });
 *   const { state, warnings } = parseUrlState(Schema, 'op', new URLSearchParams(location.search), defaults);
 *   writeUrlState(Schema, 'op', state);                    // history.replaceState, other keys untouched
 * Code reads full names (`state.momentum`); the URL keeps short keys (`op.m`), declared once per field with
 * `urlField(key, codec)` (a field without one uses its name). Short keys keep shared links short and keep old links
 * working. Keys are namespaced (`op.fn`, `op.m`) so several demos share one query string. Every field schema takes the raw
 * query string and returns the typed value (build them with the url* helpers below). A missing key takes its default;
 * an invalid one takes its default AND adds a warning for the demo to show, so a URL never turns into NaN.
 * parse/serialize are pure (Node-testable); only writeUrlState and readUrlParams touch `window`.
 */
import { z } from 'zod/mini';
import { repeatedKeysWarning, shorten, unknownKeysWarning } from './url-warnings';

// zod/mini, not zod: the same parser core (so the same checks, order and messages), but functions instead of methods,
// so a page ships only the few checks it uses (about 6 KB gzip instead of about 25 KB). Manifests (build time only)
// wrap these codecs with full zod's z._default / z.optional.
// Zod 4 compiles object parsers with `new Function` when it may; probing for that is itself reported as a
// violation under our CSP (script-src without 'unsafe-eval'). Every demo's state module imports this file, so
// this runs before any parse: interpreted parsing is plenty fast for a handful of URL parameters.
z.config({ jitless: true });

/** A field codec: raw query string -> typed value. */
export type UrlField = z.ZodMiniType<unknown, string>;
export type UrlShape = Record<string, UrlField>;
/** A demo's state schema: `urlObject({...})` (any zod object with such a shape works). */
export interface UrlSchema<S extends UrlShape> {
  shape: S;
}
/** The state a schema describes: field name -> the codec's output. */
export type UrlState<S extends UrlShape> = { [K in keyof S]: z.output<S[K]> };

/** A demo's state schema from its field codecs: `urlObject({ lr: urlNumber(...), ... })`. */
export function urlObject<S extends UrlShape>(shape: S): z.ZodMiniObject<S> {
  return z.object(shape);
}

export interface UrlStateResult<T> {
  state: T;
  /** One sentence per ignored URL value, e.g. `URL value op.lr=abc is not valid (...): using 0.01 instead.`, then
   *  one for repeated keys and one for unknown keys. */
  warnings: string[];
}

const URL_KEYS = new WeakMap<UrlField, string>();

/** Gives a field a URL key other than its name: `momentum: urlField('m', urlNumber(...))` reads and writes `op.m`. */
export function urlField<T extends UrlField>(key: string, codec: T): T {
  const known = URL_KEYS.get(codec);
  if (known !== undefined && known !== key) throw new Error(`urlField('${key}'): codec already keyed '${known}'; make one codec per field`);
  URL_KEYS.set(codec, key);
  return codec;
}

/** Field name -> URL key (without the prefix) for every field of a schema; throws if two fields share a key. */
export function urlKeys<S extends UrlShape>(schema: UrlSchema<S>): Record<keyof S & string, string> {
  const keys = {} as Record<keyof S & string, string>;
  const owners = new Map<string, string>();
  for (const name of Object.keys(schema.shape) as (keyof S & string)[]) {
    const key = URL_KEYS.get(schema.shape[name]!) ?? name;
    const other = owners.get(key);
    if (other !== undefined) throw new Error(`URL key '${key}' is used by '${other}' and '${name}'; rename one with urlField`);
    owners.set(key, name);
    keys[name] = key;
  }
  return keys;
}

/**
 * Decimal notation only: digits with an optional sign, point and exponent ("0.01", "-2", ".5", "1e-3", "3E+2").
 * Number() would also take "0x10", "0b1", "0o7", "Infinity" and "" (as 0); a shared link should mean what it says,
 * so those are refused. The exponent stays: learning rates are written 1e-3. A result that overflows ("1e999") is
 * refused too, so no codec ever yields a non-finite number.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a decimal string means, or undefined with the reason (pure; also used for each item of a tuple). */
export function parseDecimal(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (t === '') return { error: 'empty' };
  if (!DECIMAL.test(t)) return { error: /^[+-]?(?:0[xXbBoO]|Infinity)/.test(t) ? 'not a decimal number (0x, 0b, 0o and Infinity are not accepted)' : 'not a number' };
  const value = Number(t);
  return Number.isFinite(value) ? { value } : { error: 'too large to be a finite number' };
}

function decimal(each = false) {
  return z.transform((s: string, ctx) => {
    const parts = each ? s.split(',') : [s];
    const out: number[] = [];
    for (const part of parts) {
      const r = parseDecimal(part);
      if ('error' in r) {
        ctx.issues.push({ code: 'custom', message: each ? `"${shorten(part.trim(), 20)}" is ${r.error}` : r.error, input: s });
        return z.NEVER;
      }
      out.push(r.value);
    }
    return out;
  });
}

function rangeChecks(o: { min?: number; max?: number; integer?: boolean }, what = ''): z.core.$ZodCheck<number>[] {
  const checks: z.core.$ZodCheck<number>[] = [];
  if (o.integer === true) checks.push(z.int(`not a whole number${what}`));
  if (o.min !== undefined) checks.push(z.gte(o.min, `below the minimum ${o.min}${what}`));
  if (o.max !== undefined) checks.push(z.lte(o.max, `above the maximum ${o.max}${what}`));
  return checks;
}

/** A finite decimal number, optionally bounded; `integer` rejects fractions. */
export function urlNumber(o: { min?: number; max?: number; integer?: boolean } = {}): z.ZodMiniType<number, string> {
  // Checks run in this order (decimal, whole, minimum, maximum), so the first failing one names the problem.
  const checks = rangeChecks(o);
  const n = z.number({ error: 'not a number' });
  return z.pipe(z.pipe(z.string(), z.pipe(decimal(), z.transform((xs: number[]) => xs[0]!))), checks.length === 0 ? n : n.check(...checks));
}

/** One of a fixed list of names. */
export function urlEnum<T extends string>(values: readonly T[]): z.ZodMiniType<T, string> {
  return z.pipe(z.string(), z.enum(values as [T, ...T[]], { error: `not one of ${values.join(', ')}` }));
}

/** A comma list of names (duplicates dropped), between 1 and `max` items. */
export function urlEnumList<T extends string>(values: readonly T[], max: number): z.ZodMiniType<T[], string> {
  return z.pipe(
    z.pipe(z.string(), z.transform((s: string) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])),
    z.array(z.enum(values as [T, ...T[]], { error: `use names from ${values.join(', ')}` })).check(z.minLength(1, 'empty list'), z.maxLength(max, `at most ${max} names`)),
  );
}

/** A fixed-length comma list of finite decimal numbers, each in [min, max], e.g. a start point "x,y". */
export function urlNumberTuple(length: number, range: { min: number; max: number }): z.ZodMiniType<number[], string> {
  return z.pipe(
    z.pipe(z.string(), decimal(true)),
    z.array(z.number().check(...rangeChecks(range, ' in a coordinate'))).check(z.length(length, `needs ${length} numbers`)),
  );
}

/** Free text kept as typed (e.g. a number being typed, with its own parser in the view), at most `maxLength` characters. */
export function urlText(maxLength: number): z.ZodMiniType<string, string> {
  return z.string().check(z.maxLength(maxLength, `longer than ${maxLength} characters`));
}

/** "1"/"true" or "0"/"false". */
export function urlBoolean(): z.ZodMiniType<boolean, string> {
  const flags = z.pipe(z.enum(['1', '0', 'true', 'false'], { error: 'not 1 or 0' }), z.transform((s: '1' | '0' | 'true' | 'false') => s === '1' || s === 'true'));
  // The leading string step only types the input as a string (every URL value is one); it never fails on one.
  return z.pipe(z.string(), flags);
}

/** The string written for a value: numbers in their shortest round-trip form, lists comma-joined, booleans 1/0. */
export function encodeUrlValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.map(encodeUrlValue).join(',');
  return String(value);
}

function describeDefault(value: unknown): string {
  const text = encodeUrlValue(value);
  return text === '' ? 'the default' : `the default ${text}`;
}

/**
 * Reads each field's key `${prefix}.${urlKey}` from `params`; missing -> default, invalid -> default plus a warning
 * (naming the URL key, as the reader sees it, the value shortened), a repeated key -> its first value plus a
 * warning, unknown keys under the prefix -> one grouped warning. Keys are matched in a Map, never as object
 * properties, so `op.__proto__` or `op.constructor` are unknown keys like any other. Pure.
 */
export function parseUrlState<S extends UrlShape>(schema: UrlSchema<S>, prefix: string, params: URLSearchParams, defaults: UrlState<S>): UrlStateResult<UrlState<S>> {
  const state = { ...defaults };
  const warnings: string[] = [];
  const shape = schema.shape;
  const keys = urlKeys(schema);
  const counts = new Map<string, number>();
  for (const name of Object.keys(shape) as (keyof S & string)[]) {
    const key = `${prefix}.${keys[name]}`;
    const all = params.getAll(key);
    if (all.length === 0) continue;
    counts.set(key, all.length);
    const raw = all[0]!;
    const result = z.safeParse(shape[name]!, raw);
    if (result.success) state[name] = result.data as UrlState<S>[typeof name];
    else warnings.push(`URL value ${key}=${shorten(raw)} is not valid (${result.error.issues[0]?.message ?? 'invalid'}): using ${describeDefault(defaults[name])} instead.`);
  }
  const known = new Map(Object.values<string>(keys).map((k) => [`${prefix}.${k}`, true]));
  const unknown = [...params.keys()].filter((key) => key.startsWith(`${prefix}.`) && !known.has(key));
  return { state, warnings: [...warnings, ...repeatedKeysWarning(counts), ...unknownKeysWarning(unknown)] };
}

/** The field names whose URL keys are present in `params` (e.g. to fill fields that depend on them). Pure. */
export function presentFields<S extends UrlShape>(schema: UrlSchema<S>, prefix: string, params: URLSearchParams): Set<keyof S & string> {
  const keys = urlKeys(schema);
  return new Set((Object.keys(keys) as (keyof S & string)[]).filter((name) => params.has(`${prefix}.${keys[name]}`)));
}

/** The namespaced key/value pairs for a state, under each field's URL key (every field, so the URL says exactly what is shown). Pure. */
export function serializeUrlState<S extends UrlShape>(schema: UrlSchema<S>, prefix: string, state: UrlState<S>): [string, string][] {
  const keys = urlKeys(schema);
  return (Object.keys(keys) as (keyof S & string)[]).map((name) => [`${prefix}.${keys[name]}`, encodeUrlValue(state[name])]);
}

/** Replaces every `${prefix}.*` key of `params` by `entries`, keeping other keys (e.g. ?backend=). Pure. */
export function mergeUrlParams(params: URLSearchParams, prefix: string, entries: [string, string][]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(`${prefix}.`)) next.append(key, value);
  for (const [key, value] of entries) next.set(key, value);
  return next;
}

/** The current page's query (empty during server rendering). */
export function readUrlParams(): URLSearchParams {
  return typeof window === 'undefined' ? new URLSearchParams() : new URLSearchParams(window.location.search);
}

/** Writes a demo's state into the address bar without a navigation or a history entry. */
export function writeUrlState<S extends UrlShape>(schema: UrlSchema<S>, prefix: string, state: UrlState<S>): void {
  if (typeof window === 'undefined') return;
  const params = mergeUrlParams(new URLSearchParams(window.location.search), prefix, serializeUrlState(schema, prefix, state));
  const query = params.toString().replace(/%2C/g, ',');
  const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}
