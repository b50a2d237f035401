/**
 * A small JSON Schema (draft 2020-12) validator for the keywords zod's toJSONSchema emits for /terms.json: type,
 * const, enum, pattern, minLength, minimum, maximum, minItems, items, properties, required,
 * additionalProperties: false, anyOf and format (uri, date, date-time). Returns one message per violation.
 */
type Schema = Record<string, unknown>;

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const matchesType = (v: unknown, t: string): boolean => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');

const FORMATS: Record<string, (s: string) => boolean> = {
  uri: (s) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s),
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)),
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
};

export function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  const known = new Set(['$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'pattern', 'minLength', 'minimum', 'maximum', 'minItems', 'items', 'properties', 'required', 'additionalProperties', 'anyOf', 'format']);
  for (const key of Object.keys(schema)) if (!known.has(key)) errors.push(`${at}: schema keyword "${key}" is not supported by this validator`);
  if (schema['anyOf']) {
    const options = schema['anyOf'] as Schema[];
    if (!options.some((s) => validate(s, value, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  }
  const type = schema['type'] as string | undefined;
  if (type && !matchesType(value, type)) return [...errors, `${at}: expected ${type}, got ${typeOf(value)}`];
  if ('const' in schema && value !== schema['const']) errors.push(`${at}: expected ${JSON.stringify(schema['const'])}`);
  if (schema['enum'] && !(schema['enum'] as unknown[]).includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not in enum`);
  if (typeof value === 'string') {
    if (schema['pattern'] && !new RegExp(schema['pattern'] as string).test(value)) errors.push(`${at}: does not match ${String(schema['pattern'])}`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${at}: shorter than ${schema['minLength']}`);
    const format = FORMATS[schema['format'] as string];
    if (schema['format'] && !format) errors.push(`${at}: unknown format ${String(schema['format'])}`);
    if (format && !format(value)) errors.push(`${at}: not a valid ${String(schema['format'])}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${at}: below ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${at}: above ${schema['maximum']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${at}: fewer than ${schema['minItems']} items`);
    if (schema['items']) value.forEach((v, i) => errors.push(...validate(schema['items'] as Schema, v, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in obj)) errors.push(`${at}: missing required "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...validate(props[key], v, `${at}.${key}`));
      else if (schema['additionalProperties'] === false) errors.push(`${at}: unexpected property "${key}"`);
    }
  }
  return errors;
}
