/**
 * The line-by-line comparison the update-rule diff shows (update-rule.ts defines the lines). Lines are matched by
 * id, not by position: Lion updates its moment after the step, Adam before, and both are still "the first moment".
 * Rows follow the variant's order; a parent line the variant drops is placed after the parent line it followed.
 */
import type { UpdateRule } from './update-rule';

export type DiffStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface UpdateRuleDiffRow {
  id: string;
  status: DiffStatus;
  /** The parent's tex; undefined for an added line. */
  from: string | undefined;
  /** The variant's tex; undefined for a removed line. */
  to: string | undefined;
}

/** Compares a variant's rule with its parent's; throws when a rule repeats a line id (the match would be ambiguous). */
export function diffUpdateRules(parent: UpdateRule, variant: UpdateRule): UpdateRuleDiffRow[] {
  for (const rule of [parent, variant]) {
    const seen = new Set<string>();
    for (const { id } of rule.lines) {
      if (seen.has(id)) throw new Error(`update rule "${rule.title}" has the line id "${id}" twice; ids must be unique within a rule`);
      seen.add(id);
    }
  }
  const parentTex = new Map(parent.lines.map((l) => [l.id, l.tex]));
  const variantIds = new Set(variant.lines.map((l) => l.id));
  const rows: UpdateRuleDiffRow[] = variant.lines.map(({ id, tex }) => {
    const from = parentTex.get(id);
    const status: DiffStatus = from === undefined ? 'added' : from === tex ? 'unchanged' : 'changed';
    return { id, status, from, to: tex };
  });
  // Insert each removed parent line after the row of the nearest earlier parent line the variant kept (or first).
  let anchor = -1;
  let inserted = 0;
  for (const { id, tex } of parent.lines) {
    if (variantIds.has(id)) {
      anchor = rows.findIndex((r) => r.id === id && r.status !== 'removed');
      inserted = 0;
      continue;
    }
    rows.splice(anchor + 1 + inserted, 0, { id, status: 'removed', from: tex, to: undefined });
    inserted++;
  }
  return rows;
}
