/**
 * Keeps keyboard focus inside a demo when the control that has it is disabled or removed (a setting locked while
 * training, a Stop button that disables itself, a Cancel button that goes away when the job ends). Browsers drop
 * focus to <body> then, and the demo's shortcuts (keydown on its root) stop working. After every render, if the
 * element last focused inside `rootRef` is now disabled or detached and focus sits on it or on <body>, focus moves
 * to the first usable element `fallbacks()` returns (the demo's Stop / Cancel / main button, or its status line).
 *   useFocusRescue(rootRef, () => [stopRef.current, playRef.current]);
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** True when `el` cannot keep focus: not in the document, disabled, or inside a disabled fieldset. */
export function lostFocusability(el: HTMLElement): boolean {
  if (!el.isConnected) return true;
  if ((el as HTMLButtonElement).disabled === true) return true;
  return el.closest('fieldset:disabled') !== null;
}

const usable = (el: HTMLElement | null | undefined): el is HTMLElement => el != null && el.isConnected && !lostFocusability(el);

export function useFocusRescue(rootRef: RefObject<HTMLElement | null>, fallbacks: () => readonly (HTMLElement | null | undefined)[]): void {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (root === null) return;
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof HTMLElement) last.current = event.target;
    };
    root.addEventListener('focusin', onFocusIn);
    return () => root.removeEventListener('focusin', onFocusIn);
  }, [rootRef]);
  // No dependency list: the check is two property reads, and any render may disable the focused control.
  useLayoutEffect(() => {
    const el = last.current;
    if (el === null || !lostFocusability(el)) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== el) return;
    last.current = null;
    fallbacks().find(usable)?.focus();
  });
}
