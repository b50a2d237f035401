/**
 * `const [ref, width] = useElementWidth<HTMLDivElement>(fallback)`: the element's CSS width, kept current with a
 * ResizeObserver. Charts size their viewBox to it so axis text stays readable from 320 px up (a fixed viewBox
 * would shrink 11 px labels to 6 px on a phone).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useElementWidth<E extends HTMLElement>(fallback: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
