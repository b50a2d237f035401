/**
 * Argument checks shared by the compression core. Every message names the argument, the rule, the value
 * received and the function, e.g. `bits must be an integer from 2 to 16 (got 1) in quantize()`.
 */

export function fail(name: string, rule: string, got: unknown, where: string): never {
  throw new Error(`${name} must be ${rule} (got ${describe(got)}) in ${where}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  return String(value);
}

export function checkInteger(value: unknown, name: string, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `an integer from ${min} to ${max}`, value, where);
  }
  return value;
}

export function checkOneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value, where);
  }
  return value as T;
}

/** Sparsity follows tfmot's `_validate_sparsity`: 1 would leave nothing to keep, so it is excluded. */
export function checkSparsity(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1) {
    fail(name, 'a number in [0, 1)', value, where);
  }
  return value;
}

export function checkPositive(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(name, 'a finite number > 0', value, where);
  }
  return value;
}

export function checkUnitInterval(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    fail(name, 'a number in [0, 1]', value, where);
  }
  return value;
}

/** Quantization parameters would silently become NaN, so non-finite inputs are rejected with their position. */
export function checkFiniteValues(values: ArrayLike<number>, name: string, where: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw new Error(`${name} must contain only finite numbers (got ${v} at index ${i}) in ${where}`);
    }
  }
}

/** Checks a shape and that it matches the number of values; returns the element count. */
export function checkShape(shape: readonly number[], length: number, where: string): number {
  let size = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) fail('shape', 'a list of non-negative integers', [...shape], where);
    size *= d;
  }
  if (size !== length) {
    throw new Error(`shape [${shape.join(', ')}] holds ${size} values but ${length} were given in ${where}`);
  }
  return size;
}
