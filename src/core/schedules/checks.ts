/** The field checks every schedule's validation shares: errors name the field, the range and the schedule. */

export type Range = 'positive' | 'nonNegative' | 'unit' | 'belowOne';

const RANGE_TEXT: Record<Range, string> = { positive: '> 0', nonNegative: '>= 0', unit: 'in [0, 1]', belowOne: 'in [0, 1)' };

function inRange(value: number, range: Range): boolean {
  if (range === 'positive') return value > 0;
  if (range === 'nonNegative') return value >= 0;
  if (range === 'unit') return value >= 0 && value <= 1;
  return value >= 0 && value < 1;
}

export function requireNumber(desc: string, field: string, value: number | undefined, range: Range, integer = false): void {
  if (value === undefined || typeof value !== 'number' || !Number.isFinite(value) || !inRange(value, range) || (integer && !Number.isInteger(value))) {
    throw new Error(`${field} must be a finite ${integer ? 'integer' : 'number'} ${RANGE_TEXT[range]} (got ${String(value)}) in schedule "${desc}"`);
  }
}

/** Like requireNumber, for an optional field: undefined means "the default". */
export function optionalNumber(desc: string, field: string, value: number | undefined, range: Range, integer = false): void {
  if (value !== undefined) requireNumber(desc, field, value, range, integer);
}

export function requireOneOf(desc: string, field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new Error(`${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got "${String(value)}") in schedule "${desc}"`);
  }
}
