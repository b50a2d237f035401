/** Which concept map: the whole glossary (/map/) or one entry's neighbourhood (on its term page). */
export type ConceptMapScope = 'full' | 'neighbourhood';

/**
 * Drawing widths, fixed so a map is drawn at the same scale whatever it holds: the full map fills the page's
 * 72rem column, a neighbourhood the text column; on phones both stop shrinking at 3/4 scale and scroll sideways.
 */
const WIDTH: Record<ConceptMapScope, number> = { full: 1200, neighbourhood: 720 };
/** Small maps keep a familiar shape instead of becoming a thin strip. */
const MIN_HEIGHT: Record<ConceptMapScope, number> = { full: 600, neighbourhood: 420 };
/**
 * Room per node, in square SVG units (px at full scale): with labels placed on any of eight sides this leaves the
 * map at 133 entries, and synthetic glossaries up to 400, free of label clashes with few labels over dots.
 */
export const AREA_PER_NODE = 12_000;

/**
 * The drawing's size for a map of `nodeCount` nodes: fixed width, height grown so the room per node stays constant,
 * so a growing glossary gets a taller map rather than a denser one. Rounded to 10 for tidy, stable numbers.
 */
export function conceptMapSize(nodeCount: number, scope: ConceptMapScope): { width: number; height: number } {
  if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new Error(`conceptMapSize: nodeCount is ${nodeCount}; it must be a whole number of nodes, 0 or more`);
  const width = WIDTH[scope];
  return { width, height: Math.max(MIN_HEIGHT[scope], Math.ceil((nodeCount * AREA_PER_NODE) / width / 10) * 10) };
}
