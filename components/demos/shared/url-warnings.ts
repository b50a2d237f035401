/**
 * The sentences url-state.ts shows for a URL it cannot fully use. Echoed text is shortened (a 10,000-character value
 * must not fill the demo) and many keys of one kind make one sentence, not one line each (200 unknown keys would
 * bury the demo). Pure.
 */

/** About how many characters of a URL key or value a warning repeats. */
export const ECHO_MAX = 60;
/** How many names a grouped warning lists before "and N more". */
const LIST_MAX = 5;

/** `text` if short, else its first characters, an ellipsis and the full length. Counts code points, so it never splits a character. */
export function shorten(text: string, max = ECHO_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}… (${chars.length.toLocaleString('en')} characters)`;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LIST_MAX).map((n) => shorten(n, 30));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** One sentence for the keys under the demo's prefix that no field reads (each key once), or none. */
export function unknownKeysWarning(keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  if (unique.length === 1) return [`URL key ${shorten(unique[0]!)} is not used by this demo and was ignored.`];
  return [`${unique.length} unknown settings ignored: ${listed(unique)}.`];
}

/** One sentence for the fields whose key appears more than once (key -> count); the first value is the one used. */
export function repeatedKeysWarning(counts: ReadonlyMap<string, number>): string[] {
  const repeated = [...counts].filter(([, n]) => n > 1);
  if (repeated.length === 0) return [];
  if (repeated.length === 1) return [`URL key ${repeated[0]![0]} is given ${repeated[0]![1]} times: the first value is used.`];
  return [`${repeated.length} URL keys are given more than once (${listed(repeated.map(([k, n]) => `${k} ${n} times`))}): the first value of each is used.`];
}
