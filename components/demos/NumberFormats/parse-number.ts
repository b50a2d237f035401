/**
 * The explorer's text input, read as a number: decimal and exponent forms ("0.1", "1e-3", "-448"), "inf" / "infinity"
 * / "nan" in any case and with a sign. Anything else is an error message naming what is accepted, so the view never
 * draws NaN from a typo (NaN is only ever shown when the reader asked for it). Pure.
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const INFINITY = /^([+-]?)(inf|infinity)$/i;

export function parseNumberInput(text: string): ParsedNumber {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Type a number, for example 0.1, 1e-3, -448, inf or nan.' };
  if (/^[+-]?nan$/i.test(t)) return { ok: true, value: Number.NaN };
  const inf = INFINITY.exec(t);
  if (inf !== null) return { ok: true, value: inf[1] === '-' ? -Infinity : Infinity };
  if (!DECIMAL.test(t)) return { ok: false, message: `“${t}” is not a number: use digits with an optional sign, point and exponent (0.1, 1e-3, -448), or inf or nan.` };
  // Number("1e999") is Infinity: a finite-looking text beyond double range is said to be so, not silently made inf.
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, message: `${t} is beyond the float64 range (about 1.8e308); type inf for infinity.` };
  return { ok: true, value };
}
