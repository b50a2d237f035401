/**
 * Play / pause / step / reset for a demo:
 *   <PlaybackControls scopeRef={rootRef} playing={p} onPlay={..} onPause={..} onStep={..} onReset={..} />
 * Native labelled buttons, plus keyboard shortcuts P (play/pause), N (step) and R (reset) that work only while focus
 * is inside `scopeRef` (the demo's root), never page-wide, and never while typing in a text or number field.
 * At the end of a run (canAdvance false) the play button reads "Replay" and calls onPlay, which should start over
 * (usePlayback's play does). When the focused control is disabled (Step while playing or at the end), focus moves
 * to the play / pause button (useFocusRescue), so the keys keep working; a demo with its own rescue passes
 * rescueFocus={false}.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useFocusRescue } from './use-focus-rescue';

interface Props {
  scopeRef: RefObject<HTMLElement | null>;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** False at the end of a run: Step is disabled and Play reads "Replay". */
  canAdvance?: boolean;
  disabled?: boolean;
  playLabel?: string;
  /** Default true: move focus to the play / pause button when the focused control inside scopeRef is disabled. */
  rescueFocus?: boolean;
}

const NO_SCOPE: RefObject<HTMLElement | null> = { current: null };

const TYPING = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password']);

/** True when a key press should be left to the focused control. Pure apart from reading the element. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TYPING.has(target.type);
}

export function PlaybackControls({ scopeRef, playing, onPlay, onPause, onStep, onReset, canAdvance = true, disabled = false, playLabel = 'Play', rescueFocus = true }: Props) {
  const groupRef = useRef<HTMLDivElement>(null);
  // Deferred: a panel inside the scope with its own rescue (the playground's sweep) picks its own target first.
  useFocusRescue(rescueFocus ? scopeRef : NO_SCOPE, () => [groupRef.current?.querySelector<HTMLElement>('[aria-keyshortcuts="p"]')], { defer: 'microtask' });
  useEffect(() => {
    const root = scopeRef.current;
    if (root === null || disabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'p') (playing ? onPause : onPlay)();
      else if (key === 'n' && canAdvance && !playing) onStep();
      else if (key === 'r') onReset();
      else return;
      event.preventDefault();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [scopeRef, playing, onPlay, onPause, onStep, onReset, canAdvance, disabled]);

  return (
    <div className="gd-playback" role="group" aria-label="Playback" ref={groupRef}>
      {playing ? (
        <button type="button" className="gd-button gd-button-primary" onClick={onPause} disabled={disabled} aria-keyshortcuts="p">
          Pause
        </button>
      ) : (
        <button type="button" className="gd-button gd-button-primary" onClick={onPlay} disabled={disabled} aria-keyshortcuts="p">
          {canAdvance ? playLabel : 'Replay'}
        </button>
      )}
      <button type="button" className="gd-button" onClick={onStep} disabled={disabled || playing || !canAdvance} aria-keyshortcuts="n">
        Step
      </button>
      <button type="button" className="gd-button" onClick={onReset} disabled={disabled} aria-keyshortcuts="r">
        Reset
      </button>
      <small className="gd-hint">Keys inside the demo: P play/pause, N step, R reset.</small>
    </div>
  );
}
