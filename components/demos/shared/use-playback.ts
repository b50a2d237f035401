/**
 * Step-through playback of a finished run: `const pb = usePlayback(totalSteps, resetKey)`; draw steps 0..pb.shown.
 * A new `resetKey` (new results) shows the full run. play() animates from the start (or from where it paused),
 * advancing one stride per animation frame (about two seconds per run); with prefers-reduced-motion it jumps to the end.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePrefersReducedMotion } from './use-reduced-motion';

export interface Playback {
  shown: number;
  playing: boolean;
  canAdvance: boolean;
  play: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
}

export function usePlayback(total: number, resetKey: string): Playback {
  const reduced = usePrefersReducedMotion();
  const [shown, setShown] = useState(total);
  const [playing, setPlaying] = useState(false);
  const frame = useRef<number | undefined>(undefined);

  useEffect(() => {
    setShown(total);
    setPlaying(false);
  }, [resetKey, total]);

  useEffect(() => {
    if (!playing) return;
    const stride = Math.max(1, Math.ceil(total / 120));
    const tick = (): void => {
      setShown((s) => {
        const next = Math.min(total, s + stride);
        if (next >= total) setPlaying(false);
        return next;
      });
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    };
  }, [playing, total]);

  const play = useCallback(() => {
    if (reduced) {
      setShown(total);
      return;
    }
    setShown((s) => (s >= total ? 0 : s));
    setPlaying(true);
  }, [reduced, total]);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(() => setShown((s) => Math.min(total, s + 1)), [total]);
  const reset = useCallback(() => {
    setPlaying(false);
    setShown(0);
  }, []);

  return { shown, playing, canAdvance: shown < total, play, pause, step, reset };
}
