/**
 * The ONE place demo state is read from and written to the page URL.
 *
 * How to use:
 *   const Schema = z.object({ fn: urlEnum(['rosenbrock', 'booth']), momentum: urlField('m', urlNumber({ min: 0, max: 1 })) });
 *   const { state, warnings } = parseUrlState(Schema, 'op', new URLSearchParams(location.search), defaults);
 *   writeUrlState(Schema, 'op', state);                    // history.replaceState, other keys untouched
 * Code reads full names (`state.momentum`); the URL keeps short keys (`op.m`), declared once per field with
 * `urlField(key, codec)` (a field without one uses its name). Short keys keep shared links short and keep old links
 * working. Keys are namespaced (`op.fn`, `op.m`) so several demos share one query string. Every field schema takes the raw
 * query string and returns the typed value (build them with the url* helpers below). A missing key takes its default;
 * an invalid one takes its default AND adds a warning for the demo to show, so a URL never turns into NaN.
 * parse/serialize are pure (Node-testable); only writeUrlState and readUrlParams touch `window`.
 */
import { z } from 'zod';

// Zod 4 compiles object parsers with `new Function` when it may; probing for that is itself reported as a
// violation under our CSP (script-src without 'unsafe-eval'). Every demo's state module imports this file, so
// this runs before any parse: interpreted parsing is plenty fast for a handful of URL parameters.
z.config({ jitless: true });

/** A field codec: raw query string -> typed value. */
export type UrlField = z.ZodType<unknown, string>;
export type UrlShape = Record<string, UrlField>;

export interface UrlStateResult<T> {
  state: T;
  /** One sentence per ignored URL value, e.g. `URL value op.lr=abc is not valid (...): using 0.01 instead.` */
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
export function urlKeys<S extends UrlShape>(schema: z.ZodObject<S>): Record<keyof S & string, string> {
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

/** A finite number, optionally bounded; `integer` rejects fractions. */
export function urlNumber(o: { min?: number; max?: number; integer?: boolean } = {}): z.ZodType<number, string> {
  // zod 4 numbers reject NaN and +-Infinity by themselves (message kept: other demos' tests pin it).
  let n = z.number({ error: 'not a number' });
  if (o.integer === true) n = n.int('not a whole number');
  if (o.min !== undefined) n = n.min(o.min, `below the minimum ${o.min}`);
  if (o.max !== undefined) n = n.max(o.max, `above the maximum ${o.max}`);
  return z.string().trim().min(1, 'empty').transform(Number).pipe(n);
}

/** One of a fixed list of names. */
export function urlEnum<T extends string>(values: readonly T[]): z.ZodType<T, string> {
  return z.string().pipe(z.enum(values as [T, ...T[]], { error: `not one of ${values.join(', ')}` }));
}

/** A comma list of names (duplicates dropped), between 1 and `max` items. */
export function urlEnumList<T extends string>(values: readonly T[], max: number): z.ZodType<T[], string> {
  return z
    .string()
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(values as [T, ...T[]], { error: `use names from ${values.join(', ')}` })).min(1, 'empty list').max(max, `at most ${max} names`));
}

/** A fixed-length comma list of finite numbers, e.g. a start point "x,y". */
export function urlNumberTuple(length: number): z.ZodType<number[], string> {
  return z
    .string()
    .transform((s) => s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x))))
    .pipe(z.array(z.number({ error: 'not finite numbers' })).length(length, `needs ${length} numbers`));
}

/** "1"/"true" or "0"/"false". */
export function urlBoolean(): z.ZodType<boolean, string> {
  return z.enum(['1', '0', 'true', 'false'], { error: 'not 1 or 0' }).transform((s) => s === '1' || s === 'true');
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
 * (naming the URL key, as the reader sees it), unknown keys under the prefix -> a warning. Pure.
 */
export function parseUrlState<S extends UrlShape>(
  schema: z.ZodObject<S>,
  prefix: string,
  params: URLSearchParams,
  defaults: { [K in keyof S]: z.output<S[K]> },
): UrlStateResult<{ [K in keyof S]: z.output<S[K]> }> {
  const state = { ...defaults };
  const warnings: string[] = [];
  const shape = schema.shape;
  const keys = urlKeys(schema);
  for (const name of Object.keys(shape) as (keyof S & string)[]) {
    const key = `${prefix}.${keys[name]}`;
    const raw = params.get(key);
    if (raw === null) continue;
    const result = shape[name]!.safeParse(raw);
    if (result.success) state[name] = result.data as z.output<S[typeof name]>;
    else warnings.push(`URL value ${key}=${raw} is not valid (${result.error.issues[0]?.message ?? 'invalid'}): using ${describeDefault(defaults[name])} instead.`);
  }
  const known = new Set(Object.values<string>(keys));
  for (const key of params.keys()) {
    if (key.startsWith(`${prefix}.`) && !known.has(key.slice(prefix.length + 1))) warnings.push(`URL key ${key} is not used by this demo and was ignored.`);
  }
  return { state, warnings };
}

/** The field names whose URL keys are present in `params` (e.g. to fill fields that depend on them). Pure. */
export function presentFields<S extends UrlShape>(schema: z.ZodObject<S>, prefix: string, params: URLSearchParams): Set<keyof S & string> {
  const keys = urlKeys(schema);
  return new Set((Object.keys(keys) as (keyof S & string)[]).filter((name) => params.has(`${prefix}.${keys[name]}`)));
}

/** The namespaced key/value pairs for a state, under each field's URL key (every field, so the URL says exactly what is shown). Pure. */
export function serializeUrlState<S extends UrlShape>(schema: z.ZodObject<S>, prefix: string, state: { [K in keyof S]: z.output<S[K]> }): [string, string][] {
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
export function writeUrlState<S extends UrlShape>(schema: z.ZodObject<S>, prefix: string, state: { [K in keyof S]: z.output<S[K]> }): void {
  if (typeof window === 'undefined') return;
  const params = mergeUrlParams(new URLSearchParams(window.location.search), prefix, serializeUrlState(schema, prefix, state));
  const query = params.toString().replace(/%2C/g, ',');
  const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}
