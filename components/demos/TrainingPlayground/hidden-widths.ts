/**
 * Reads the "Custom widths" text field: `parseWidths('16, 8')` -> { widths: [16, 8] }, or an error sentence that names
 * the bad values and the allowed range (shown next to the field), never a silent clamp. Pure; tested in
 * tests/components/demos/TrainingPlayground/hidden-widths.test.ts.
 */
import { MAX_LAYERS, MAX_WIDTH } from './limits';

export type WidthsResult = { widths: number[]; error?: undefined } | { widths?: undefined; error: string };

const quote = (v: string): string => `“${v}”`;

/** Joins quoted values as English: “a”, “a” and “b”, “a”, “b” and “c”. */
function listOf(values: string[]): string {
  const q = values.map(quote);
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]!}`;
}

export function parseWidths(text: string): WidthsResult {
  // Empty entries are skipped, so "16,,8" and a trailing comma are fine; an empty field means no hidden layer.
  const parts = text.split(',').map((x) => x.trim()).filter((x) => x !== '');
  const bad = parts.filter((x) => !/^\d+$/.test(x) || Number(x) < 1 || Number(x) > MAX_WIDTH);
  if (bad.length > 0) {
    const verb = bad.length === 1 ? 'is not a whole number' : 'are not whole numbers';
    return { error: `${listOf(bad)} ${verb} from 1 to ${MAX_WIDTH}: each layer needs 1 to ${MAX_WIDTH} units.` };
  }
  if (parts.length > MAX_LAYERS) return { error: `${parts.length} layers is too many: use at most ${MAX_LAYERS} hidden layers.` };
  return { widths: parts.map(Number) };
}
