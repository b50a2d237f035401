/**
 * Keeps keyboard focus inside a demo when the control that has it is disabled or removed (a setting locked while
 * training, a Stop button that disables itself, a Cancel button that goes away when the job ends). Browsers drop
 * focus to <body> then, and the demo's shortcuts (keydown on its root) stop working. After each change inside
 * `rootRef` (a node removed, a `disabled` set), if the element last focused there is now disabled or detached and
 * focus sits on it or on <body>, focus moves to the first usable element `fallbacks()` returns (the demo's Stop /
 * Cancel / main button, or its status line).
 *   useFocusRescue(rootRef, () => [stopRef.current, playRef.current]);
 * A rescue around parts that rescue focus themselves defers its check, so the part's own rescue, which knows the
 * better target, acts first: a view-wide one (PlaybackControls) by `{ defer: 'microtask' }`, the frame around the
 * whole demo (LazyDemo) by `{ defer: 'task' }`.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** True when `el` cannot keep focus: not in the document, disabled, or inside a disabled fieldset. */
export function lostFocusability(el: HTMLElement): boolean {
  if (!el.isConnected) return true;
  if ((el as HTMLButtonElement).disabled === true) return true;
  return el.closest('fieldset:disabled') !== null;
}

const usable = (el: HTMLElement | null | undefined): el is HTMLElement => el != null && el.isConnected && !lostFocusability(el);

export function useFocusRescue(rootRef: RefObject<HTMLElement | null>, fallbacks: () => readonly (HTMLElement | null | undefined)[], options: { defer?: 'microtask' | 'task' } = {}): void {
  const defer = options.defer;
  const pick = useRef(fallbacks);
  useEffect(() => {
    pick.current = fallbacks;
  });
  useEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    let last: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof HTMLElement) last = event.target;
    };
    // A mutation observer, not a render effect: the control may sit in a memoised child that renders on its own.
    const check = (): void => {
      if (last === null || !lostFocusability(last)) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body && active !== last) return;
      last = null;
      pick.current().find(usable)?.focus();
    };
    const observer = new MutationObserver(defer === 'task' ? () => setTimeout(check, 0) : defer === 'microtask' ? () => queueMicrotask(check) : check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    root.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [rootRef, defer]);
}
