/**
 * URL codec for a list of layer widths, e.g. "16,16" -> [16, 16]; "" or "0" -> [] (no hidden layer). Each entry an
 * integer in [min, max], at most `maxLength` entries. The one reader of such lists: URL values (tp.h, cl.sh) and the
 * training playground's `hidden` prop; out-of-range values are refused with a message, never clamped.
 */
import { z } from 'zod';

export function urlIntList(o: { min: number; max: number; maxLength: number }): z.ZodType<number[], string> {
  return z
    .string()
    .transform((s) => (s.trim() === '' || s.trim() === '0' ? [] : s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)))))
    .pipe(
      z
        .array(z.number({ error: 'not whole numbers' }).int('not whole numbers').min(o.min, `each at least ${o.min}`).max(o.max, `each at most ${o.max}`))
        .max(o.maxLength, `at most ${o.maxLength} layers`),
    );
}
