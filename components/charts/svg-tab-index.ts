/**
 * `{...svgTabIndex(0)}` on an SVG element that takes keyboard focus. The islands run on Preact (preact/compat), which
 * writes an SVG element's props as attributes with their case kept: `tabIndex` becomes a `tabIndex="0"` attribute,
 * which SVG (case-sensitive, unlike HTML) ignores, so the element could not be focused. The lowercase name is the
 * attribute browsers read; the return type keeps the JSX prop types happy.
 */
export function svgTabIndex(index: number | undefined): { tabIndex?: number } {
  return (index === undefined ? {} : { tabindex: index }) as { tabIndex?: number };
}
