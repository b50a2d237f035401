/**
 * URL codec for a list of layer widths, e.g. "16,16" -> [16, 16]; "" or "0" -> [] (no hidden layer). Each entry an
 * integer in [min, max], at most `maxLength` entries. The one reader of such lists: URL values (tp.h, cl.sh) and the
 * training playground's `hidden` prop; out-of-range values are refused with a message, never clamped.
 */
import { z } from 'zod/mini';

export function urlIntList(o: { min: number; max: number; maxLength: number }): z.ZodMiniType<number[], string> {
  const entry = z.number({ error: 'not whole numbers' }).check(z.int('not whole numbers'), z.gte(o.min, `each at least ${o.min}`), z.lte(o.max, `each at most ${o.max}`));
  return z.pipe(
    z.pipe(z.string(), z.transform((s: string) => (s.trim() === '' || s.trim() === '0' ? [] : s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)))))),
    z.array(entry).check(z.maxLength(o.maxLength, `at most ${o.maxLength} layers`)),
  );
}
