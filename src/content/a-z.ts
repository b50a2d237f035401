/** Anything with a title can be listed A-Z. */
export interface Titled {
  title: string;
}

export interface LetterGroup<T> {
  /** "A".."Z", or "#" for titles that start with a digit or symbol. */
  letter: string;
  items: T[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareTitles(a: Titled, b: Titled): number {
  return collator.compare(a.title, b.title);
}

/** Letter a title is filed under; accents are folded so "Élan" sits under E. */
export function letterOf(title: string): string {
  const first = title.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Groups items by first letter, letters in order with "#" first, items sorted by title within each. */
export function groupByLetter<T extends Titled>(items: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort(compareTitles)) {
    const letter = letterOf(item.title);
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, groupItems]) => ({ letter, items: groupItems }));
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
