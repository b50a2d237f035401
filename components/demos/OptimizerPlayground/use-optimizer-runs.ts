/**
 * Runs every selected optimizer in the core worker (plain float64 path, `plain: true`) whenever the settings change,
 * debounced, dropping stale replies. Returns one RunView per optimizer id plus a busy flag and any error.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlainTestFunction } from '../../../src/core/index';
import type { CoreWorker } from '../shared/use-core-worker';
import { assessRun, standingStill, type RunView } from './assess';
import { OPTIMIZER_MENU, usesLr, type PlaygroundOptimizer } from '../shared/optimizer-menu';
import type { OptimizerPlaygroundState } from './state';

export interface Runs {
  views: Partial<Record<PlaygroundOptimizer, RunView>>;
  /** Identifies the settings the views belong to (changes with every new result set). */
  key: string;
  busy: boolean;
  error: string | undefined;
  /** Milliseconds from request to the last reply, for the status line. */
  elapsedMs: number | undefined;
}

const DEBOUNCE_MS = 120;

export function useOptimizerRuns(core: CoreWorker, state: OptimizerPlaygroundState, fn: PlainTestFunction): Runs {
  const [runs, setRuns] = useState<Runs>({ views: {}, key: '', busy: false, error: undefined, elapsedMs: undefined });
  const generation = useRef(0);
  const settingsKey = JSON.stringify(state);

  useEffect(() => {
    if (core.status !== 'ready') return;
    const mine = ++generation.current;
    setRuns((r) => ({ ...r, busy: true }));
    const timer = setTimeout(() => {
      const hyper = { lr: state.lr, momentum: state.momentum, beta1: state.beta1, beta2: state.beta2, weightDecay: state.weightDecay };
      const x0: [number, number] = [state.x0[0]!, state.x0[1]!];
      const started = performance.now();
      const jobs = state.optimizers.map(async (id): Promise<[PlaygroundOptimizer, RunView]> => {
        const label = OPTIMIZER_MENU[id].label;
        if (usesLr(id) && state.lr === 0) return [id, standingStill(x0, fn.f(x0[0], x0[1]))];
        const reply = await core.request({ type: 'optimize', optimizer: OPTIMIZER_MENU[id].config(hyper), testFunction: state.testFunction, x0, steps: state.steps, plain: true });
        return [id, assessRun(label, reply.result, fn.view)];
      });
      Promise.all(jobs)
        .then((pairs) => {
          if (mine !== generation.current) return;
          setRuns({ views: Object.fromEntries(pairs), key: `${settingsKey}#${mine}`, busy: false, error: undefined, elapsedMs: performance.now() - started });
        })
        .catch((e: unknown) => {
          if (mine !== generation.current) return;
          setRuns((r) => ({ ...r, busy: false, error: e instanceof Error ? e.message : String(e) }));
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // settingsKey stands for every field of state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [core.status, settingsKey, fn]);

  return runs;
}
