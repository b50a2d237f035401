/**
 * URL codec for a list of layer widths, e.g. "16,16" -> [16, 16]; "" or "0" -> [] (no hidden layer). Each entry an
 * integer in [min, max], at most `maxLength` entries. The one reader of such lists: URL values (tp.h, cl.sh) and the
 * training playground's `hidden` prop; out-of-range values are refused with a message, never clamped.
 */
import { z } from 'zod/mini';
import { parseDecimal } from './url-state';

/** Decimal notation only (no 0x10, 0b1, Infinity), as every URL number; NaN fails the entry check with its message. */
function decimalOrNaN(text: string): number {
  const r = parseDecimal(text);
  return 'value' in r ? r.value : Number.NaN;
}

export function urlIntList(o: { min: number; max: number; maxLength: number }): z.ZodMiniType<number[], string> {
  const entry = z.number({ error: 'not whole numbers' }).check(z.int('not whole numbers'), z.gte(o.min, `each at least ${o.min}`), z.lte(o.max, `each at most ${o.max}`));
  return z.pipe(
    z.pipe(z.string(), z.transform((s: string) => (s.trim() === '' || s.trim() === '0' ? [] : s.split(',').map(decimalOrNaN)))),
    z.array(entry).check(z.maxLength(o.maxLength, `at most ${o.maxLength} layers`)),
  );
}
