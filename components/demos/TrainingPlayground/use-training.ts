/**
 * Runs training in the core worker and exposes what the view draws: epoch history, the latest decision-boundary
 * field, the data points, and play / pause / step / stop / reset. Progress messages are buffered and applied once
 * per animation frame, so a fast run never re-renders more than the screen can show.
 *
 * Step = exactly one epoch. The worker's run loop only checks its pause flag between epochs, and it yields to the
 * event loop with setTimeout(0) after each one; pausing when the epoch message reaches the page is therefore too late
 * (the worker has usually started the next epoch by then, which is why the first Step used to show epoch 2). Instead
 * each Step sends its 'pause' together with the 'train' or 'resume' that starts the epoch: the worker runs that epoch
 * synchronously (the first one inside the 'train' task, later ones in the microtask after 'resume') and handles the
 * queued 'pause' before its next epoch. The 'pause' ack comes after that epoch's message (one port, in order), so an
 * ack without a new epoch means the pair missed (the resume landed while the loop was still yielding): send again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpochProgress, GridSpec } from '../../../src/core/index';
import type { DatasetPoints, WorkerResponse } from '../../../src/core/worker/messages';
import type { CoreWorker } from '../shared/use-core-worker';
import { askWorker } from './ask-worker';
import { gridAround } from '../shared/grid';
import { optimizerConfig, scheduleFor } from './options';
import { divergenceMessage, isDiverged, VALIDATION_FRACTION, type Assessment, type TrainingPlaygroundState } from './state';

/** 'stepping': a Step is training its one epoch (the main button must not read Pause, the run stops by itself). */
export type Phase = 'idle' | 'running' | 'stepping' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error';

const ignore = (): undefined => undefined;
/** Sends of a pair that bring no epoch before a Step gives up (the run ended or was stopped meanwhile). */
const MAX_MISSES = 4;

export interface Training {
  phase: Phase;
  history: EpochProgress[];
  field: Float32Array | undefined;
  grid: GridSpec | undefined;
  points: { train: DatasetPoints; validation: DatasetPoints } | undefined;
  message: string | undefined;
  play: () => void;
  pause: () => void;
  step: () => void;
  stop: () => void;
  reset: () => void;
}

export function datasetRequest(s: TrainingPlaygroundState) {
  return { name: s.dataset === 'regression' ? ('sine' as const) : s.dataset, options: { n: s.points, noise: s.noise, seed: s.seed, validationFraction: VALIDATION_FRACTION } };
}

export function modelSpec(s: TrainingPlaygroundState, inputs: number) {
  return { layerSizes: [inputs, ...s.hidden, 1], activation: s.activation, task: s.dataset === 'regression' ? ('regression' as const) : ('binary' as const), seed: s.seed };
}

export function useTraining(core: CoreWorker, s: TrainingPlaygroundState, a: Assessment, reduced: boolean): Training {
  const [phase, setPhaseState] = useState<Phase>('idle');
  const [history, setHistory] = useState<EpochProgress[]>([]);
  const [field, setField] = useState<Float32Array | undefined>(undefined);
  const [points, setPoints] = useState<Training['points']>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const buffer = useRef<{ history: EpochProgress[]; field: Float32Array | undefined; frame: number | undefined }>({ history: [], field: undefined, frame: undefined });
  const runId = useRef(0);
  // The phase as of the last transition, not the last render: the step pump and worker callbacks read it between renders.
  const phaseRef = useRef<Phase>('idle');
  /** Steps asked for and not yet trained. */
  const pendingSteps = useRef(0);
  const pumping = useRef(false);
  /** Resolves when the worker has handled the latest 'pause', i.e. no epoch from before it is still on its way. */
  const settled = useRef<Promise<unknown>>(Promise.resolve());

  const setPhase = useCallback((p: Phase) => {
    phaseRef.current = p;
    setPhaseState(p);
  }, []);

  const dataKey = JSON.stringify(datasetRequest(s));
  const settingsKey = JSON.stringify(s);
  const grid = points === undefined ? undefined : gridAround([points.train, points.validation]);

  useEffect(() => {
    if (core.status !== 'ready') return;
    let alive = true;
    askWorker(core, { type: 'dataset', dataset: datasetRequest(s) }, 'dataset-points')
      .then((reply) => alive && setPoints({ train: reply.train, validation: reply.validation }))
      .catch((e: unknown) => alive && setMessage(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
    // dataKey stands for the data fields of s
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [core.status, dataKey]);

  const flush = useCallback(() => {
    const b = buffer.current;
    // Also called directly (end of a Step or a run): drop the frame that would redo it.
    if (b.frame !== undefined) cancelAnimationFrame(b.frame);
    b.frame = undefined;
    setHistory([...b.history]);
    if (b.field !== undefined) setField(b.field);
  }, []);

  const schedule = useCallback(() => {
    if (buffer.current.frame === undefined) buffer.current.frame = requestAnimationFrame(flush);
  }, [flush]);

  const clear = useCallback(() => {
    runId.current++;
    pendingSteps.current = 0;
    const b = buffer.current;
    if (b.frame !== undefined) cancelAnimationFrame(b.frame);
    buffer.current = { history: [], field: undefined, frame: undefined };
    setHistory([]);
    setField(undefined);
    setMessage(undefined);
  }, []);

  /**
   * Trains the pending steps one epoch at a time (see the header). `first` sends the request that starts the first
   * epoch instead of a 'resume' (the 'train' of a run started by Step). Ends in 'paused' unless the run ended, was
   * stopped, reset or switched to Train meanwhile.
   */
  const pump = useCallback(
    async (mine: number, first?: () => void) => {
      if (pumping.current) return;
      pumping.current = true;
      let start = first;
      let misses = 0;
      try {
        while (mine === runId.current && phaseRef.current === 'stepping' && pendingSteps.current > 0) {
          // Count epochs only once the previous pause has landed, so a late epoch of a paused run is not taken for ours.
          if (start === undefined) await settled.current;
          if (mine !== runId.current || phaseRef.current !== 'stepping') break;
          const before = buffer.current.history.length;
          if (start !== undefined) start();
          else void core.request({ type: 'resume' }).catch(ignore);
          start = undefined;
          const ack = core.request({ type: 'pause' }).catch(ignore);
          settled.current = ack;
          await ack;
          if (buffer.current.history.length > before) {
            pendingSteps.current--;
            misses = 0;
          } else if (++misses >= MAX_MISSES) break;
        }
      } finally {
        pumping.current = false;
      }
      if (mine === runId.current && phaseRef.current === 'stepping') {
        pendingSteps.current = 0;
        flush();
        setPhase('paused');
      }
    },
    [core, flush, setPhase],
  );

  const start = useCallback(
    (stepOnly: boolean) => {
      if (grid === undefined || a.blocking) return;
      clear();
      const mine = runId.current;
      let diverged: EpochProgress | undefined;
      setPhase(stepOnly ? 'stepping' : 'running');
      const onProgress = (m: WorkerResponse): void => {
        if (mine !== runId.current || m.type !== 'epoch') return;
        buffer.current.history.push(m.progress);
        if (diverged === undefined && isDiverged(m.progress.trainLoss)) {
          diverged = m.progress;
          void core.request({ type: 'stop' }).catch(ignore);
        }
        if (m.field !== undefined && !reduced) buffer.current.field = m.field;
        schedule();
      };
      const totalSteps = s.epochs * a.stepsPerEpoch;
      const launch = (): void => {
        core
          .request(
            {
              type: 'train',
              model: modelSpec(s, s.dataset === 'regression' ? 1 : 2),
              dataset: datasetRequest(s),
              training: { optimizer: optimizerConfig(s.optimizer, s.lr, s.momentum), schedule: scheduleFor(s.schedule, totalSteps), epochs: s.epochs, batchSize: a.batchSize, l2: s.l2, seed: s.seed },
              field: { grid, every: Math.max(1, Math.round(s.epochs / 40)) },
            },
            onProgress,
          )
          .then((done) => {
            if (mine !== runId.current) return;
            buffer.current.history = done.history;
            if (done.field !== undefined) buffer.current.field = done.field;
            flush();
            const last = diverged ?? done.history[done.history.length - 1];
            if ((done.stopReason === 'diverged' || diverged !== undefined) && last !== undefined) {
              setMessage(divergenceMessage(last.epoch, last.trainLoss));
              setPhase('diverged');
            } else setPhase(done.stopReason === 'stopped' ? 'stopped' : 'done');
          })
          .catch((e: unknown) => {
            if (mine !== runId.current) return;
            setMessage(e instanceof Error ? e.message : String(e));
            setPhase('error');
          });
      };
      if (stepOnly) {
        pendingSteps.current = 1;
        void pump(mine, launch);
      } else launch();
    },
    // settingsKey stands for s
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [core, settingsKey, grid?.xMin, grid?.xMax, grid?.yMin, grid?.yMax, a.batchSize, a.stepsPerEpoch, a.blocking, reduced, clear, flush, schedule, pump, setPhase],
  );

  // New settings invalidate the run on screen.
  useEffect(() => {
    const p = phaseRef.current;
    if (p === 'running' || p === 'stepping' || p === 'paused') void core.request({ type: 'stop' }).catch(ignore);
    clear();
    setPhase('idle');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);

  const play = useCallback(() => {
    const p = phaseRef.current;
    if (p === 'paused' || p === 'stepping') {
      // From a Step in flight too: its pause is already queued, and this resume follows it, so the run just goes on.
      pendingSteps.current = 0;
      void core.request({ type: 'resume' }).catch(ignore);
      setPhase('running');
    } else if (p !== 'running') start(false);
  }, [core, start, setPhase]);
  const pause = useCallback(() => {
    if (phaseRef.current !== 'running') return;
    settled.current = core.request({ type: 'pause' }).catch(ignore);
    setPhase('paused');
  }, [core, setPhase]);
  const step = useCallback(() => {
    const p = phaseRef.current;
    if (p === 'paused' || p === 'stepping') {
      // Pressed again while a Step is training: queued, so two quick presses still give exactly two epochs.
      pendingSteps.current++;
      setPhase('stepping');
      void pump(runId.current);
    } else if (p !== 'running') start(true);
  }, [start, pump, setPhase]);
  const stop = useCallback(() => {
    const p = phaseRef.current;
    if (p === 'running' || p === 'stepping' || p === 'paused') void core.request({ type: 'stop' }).catch(ignore);
  }, [core]);
  const reset = useCallback(() => {
    const p = phaseRef.current;
    if (p === 'running' || p === 'stepping' || p === 'paused') void core.request({ type: 'stop' }).catch(ignore);
    clear();
    setPhase('idle');
  }, [core, clear, setPhase]);

  useEffect(() => () => {
    const f = buffer.current.frame;
    if (f !== undefined) cancelAnimationFrame(f);
  }, []);

  return { phase, history, field, grid, points, message, play, pause, step, stop, reset };
}
