/**
 * One validation step for optimizer hyper-parameters, run before any loop. Every message names the field, the value
 * and the optimizer, and says what would be valid: `lr must be a finite number > 0 (got -0.1) in optimizer "adam"`.
 */
type FieldRule =
  | { kind: 'positive' }
  | { kind: 'nonNegative' }
  /** A number in [0, 1) */
  | { kind: 'unit' }
  /** A pair of numbers, each in [0, 1) */
  | { kind: 'betas' }
  | { kind: 'boolean' }
  | { kind: 'positiveInteger' }
  | { kind: 'nonNegativeInteger' }
  /** A number > 0 or undefined (meaning "derive a default") */
  | { kind: 'optionalPositive' }
  /** An optimizer config object `{ name, ...hyper }`; the registry checks its contents. */
  | { kind: 'optimizerConfig' }
  /** A positive integer or undefined (meaning "derive a default") */
  | { kind: 'optionalPositiveInteger' }
  | { kind: 'oneOf'; values: readonly string[] }
  /** A finite number >= min (Adafactor's d >= 1) */
  | { kind: 'atLeast'; min: number }
  /** A finite number <= max (Adafactor's beta2Decay <= 0) */
  | { kind: 'atMost'; max: number }
  /** An integer in [min, max] (Muon's nsSteps) */
  | { kind: 'integerIn'; min: number; max: number }
  /** A tuple of `length` finite numbers (Muon's nsCoefficients) */
  | { kind: 'numbers'; length: number }
  /** A pair [eps1, eps2] of numbers >= 0 where eps1 may be null (the optimizer's default, PyTorch's None) */
  | { kind: 'epsPair' };

export interface OptimizerSpec<C> {
  /** PyTorch defaults, camelCase. */
  defaults: C;
  fields: { [K in keyof C]-?: FieldRule };
  /** Checks that involve several fields; return a message or undefined. */
  check?(config: C): string | undefined;
}

const describe = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? `[${value.map(describe).join(', ')}]` : String(value);

function fieldError(field: string, rule: FieldRule, value: unknown): string | undefined {
  const isNum = typeof value === 'number' && Number.isFinite(value);
  switch (rule.kind) {
    case 'positive':
      return isNum && value > 0 ? undefined : `${field} must be a finite number > 0 (got ${describe(value)})`;
    case 'nonNegative':
      return isNum && value >= 0 ? undefined : `${field} must be a finite number >= 0 (got ${describe(value)})`;
    case 'unit':
      return isNum && value >= 0 && value < 1 ? undefined : `${field} must be a finite number in [0, 1) (got ${describe(value)})`;
    case 'betas': {
      if (!Array.isArray(value) || value.length !== 2) return `${field} must be a pair [beta1, beta2] (got ${describe(value)})`;
      for (const [i, b] of value.entries()) {
        if (!(typeof b === 'number' && Number.isFinite(b) && b >= 0 && b < 1)) return `${field}[${i}] must be a finite number in [0, 1) (got ${describe(b)})`;
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${field} must be true or false (got ${describe(value)})`;
    case 'positiveInteger':
      return Number.isInteger(value) && (value as number) > 0 ? undefined : `${field} must be an integer >= 1 (got ${describe(value)})`;
    case 'nonNegativeInteger':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : `${field} must be an integer >= 0 (got ${describe(value)})`;
    case 'optionalPositive':
      return value === undefined || (isNum && value > 0) ? undefined : `${field} must be a finite number > 0 (got ${describe(value)})`;
    case 'optimizerConfig':
      return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
        ? undefined
        : `${field} must be an optimizer config { name, ...hyper-parameters } (got ${describe(value)})`;
    case 'optionalPositiveInteger':
      return value === undefined || (Number.isInteger(value) && (value as number) > 0) ? undefined : `${field} must be an integer >= 1 (got ${describe(value)})`;
    case 'oneOf':
      return typeof value === 'string' && rule.values.includes(value) ? undefined : `${field} must be one of ${rule.values.map((v) => `"${v}"`).join(', ')} (got ${describe(value)})`;
    case 'atLeast':
      return isNum && value >= rule.min ? undefined : `${field} must be a finite number >= ${rule.min} (got ${describe(value)})`;
    case 'atMost':
      return isNum && value <= rule.max ? undefined : `${field} must be a finite number <= ${rule.max} (got ${describe(value)})`;
    case 'integerIn':
      return Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max ? undefined : `${field} must be an integer in [${rule.min}, ${rule.max}] (got ${describe(value)})`;
    case 'numbers': {
      if (!Array.isArray(value) || value.length !== rule.length) return `${field} must be a list of ${rule.length} finite numbers (got ${describe(value)})`;
      const bad = value.findIndex((v) => !(typeof v === 'number' && Number.isFinite(v)));
      return bad < 0 ? undefined : `${field}[${bad}] must be a finite number (got ${describe(value[bad])})`;
    }
    case 'epsPair': {
      if (!Array.isArray(value) || value.length !== 2) return `${field} must be a pair [eps1, eps2] (got ${describe(value)})`;
      for (const [i, e] of value.entries()) {
        if (i === 0 && (e === null || e === undefined)) continue;
        if (!(typeof e === 'number' && Number.isFinite(e) && e >= 0)) return `${field}[${i}] must be a finite number >= 0${i === 0 ? ' or null (the default)' : ''} (got ${describe(e)})`;
      }
      return undefined;
    }
  }
}

/** Merges hyper-parameters over the defaults and validates them; throws an Error naming field and optimizer. */
export function resolveConfig<C extends object>(name: string, spec: OptimizerSpec<C>, hyper: Readonly<Record<string, unknown>>): C {
  const valid = Object.keys(spec.fields);
  for (const key of Object.keys(hyper)) {
    if (key === 'name') continue;
    if (!valid.includes(key)) throw new Error(`unknown hyper-parameter "${key}" in optimizer "${name}"; valid keys: ${valid.join(', ')}`);
  }
  const merged: Record<string, unknown> = { ...(spec.defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(hyper)) if (key !== 'name' && value !== undefined) merged[key] = value;
  for (const key of valid) {
    const message = fieldError(key, spec.fields[key as keyof C], merged[key]);
    if (message !== undefined) throw new Error(`${message} in optimizer "${name}"`);
  }
  const config = merged as C;
  const crossMessage = spec.check?.(config);
  if (crossMessage !== undefined) throw new Error(`${crossMessage} in optimizer "${name}"`);
  return config;
}
