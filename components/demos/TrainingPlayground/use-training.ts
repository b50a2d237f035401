/**
 * Runs training in the core worker and exposes what the view draws: epoch history, the latest decision-boundary
 * field, the data points, and play / pause / step / stop / reset. Progress messages are buffered and applied once
 * per animation frame, so a fast run never re-renders more than the screen can show.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpochProgress, GridSpec } from '../../../src/core/index';
import type { DatasetPoints, WorkerResponse } from '../../../src/core/worker/messages';
import type { CoreWorker } from '../shared/use-core-worker';
import { askWorker } from './ask-worker';
import { gridAround } from './grid';
import { optimizerConfig, scheduleFor } from './options';
import { divergenceMessage, isDiverged, VALIDATION_FRACTION, type Assessment, type TrainingPlaygroundState } from './state';

export type Phase = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'diverged' | 'error';

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
  return { name: s.ds === 'regression' ? ('sine' as const) : s.ds, options: { n: s.n, noise: s.noise, seed: s.seed, validationFraction: VALIDATION_FRACTION } };
}

export function modelSpec(s: TrainingPlaygroundState, inputs: number) {
  return { layerSizes: [inputs, ...s.h, 1], activation: s.act, task: s.ds === 'regression' ? ('regression' as const) : ('binary' as const), seed: s.seed };
}

export function useTraining(core: CoreWorker, s: TrainingPlaygroundState, a: Assessment, reduced: boolean): Training {
  const [phase, setPhase] = useState<Phase>('idle');
  const [history, setHistory] = useState<EpochProgress[]>([]);
  const [field, setField] = useState<Float32Array | undefined>(undefined);
  const [points, setPoints] = useState<Training['points']>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const buffer = useRef<{ history: EpochProgress[]; field: Float32Array | undefined; frame: number | undefined }>({ history: [], field: undefined, frame: undefined });
  const runId = useRef(0);
  const stepAfter = useRef(false);
  const phaseRef = useRef<Phase>('idle');
  phaseRef.current = phase;

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
    b.frame = undefined;
    setHistory([...b.history]);
    if (b.field !== undefined) setField(b.field);
  }, []);

  const schedule = useCallback(() => {
    if (buffer.current.frame === undefined) buffer.current.frame = requestAnimationFrame(flush);
  }, [flush]);

  const clear = useCallback(() => {
    runId.current++;
    const b = buffer.current;
    if (b.frame !== undefined) cancelAnimationFrame(b.frame);
    buffer.current = { history: [], field: undefined, frame: undefined };
    setHistory([]);
    setField(undefined);
    setMessage(undefined);
  }, []);

  const start = useCallback(
    (pauseAfterFirst: boolean) => {
      if (grid === undefined || a.blocking) return;
      clear();
      const mine = runId.current;
      stepAfter.current = pauseAfterFirst;
      let diverged: EpochProgress | undefined;
      setPhase('running');
      const onProgress = (m: WorkerResponse): void => {
        if (mine !== runId.current || m.type !== 'epoch') return;
        buffer.current.history.push(m.progress);
        if (diverged === undefined && isDiverged(m.progress.trainLoss)) {
          diverged = m.progress;
          void core.request({ type: 'stop' }).catch(() => undefined);
        }
        if (m.field !== undefined && !reduced) buffer.current.field = m.field;
        if (stepAfter.current) {
          stepAfter.current = false;
          void core.request({ type: 'pause' });
          setPhase('paused');
        }
        schedule();
      };
      const totalSteps = s.ep * a.stepsPerEpoch;
      core
        .request(
          {
            type: 'train',
            model: modelSpec(s, s.ds === 'regression' ? 1 : 2),
            dataset: datasetRequest(s),
            training: { optimizer: optimizerConfig(s.opt, s.lr, s.m), schedule: scheduleFor(s.sch, totalSteps), epochs: s.ep, batchSize: a.batchSize, l2: s.l2, seed: s.seed },
            field: { grid, every: Math.max(1, Math.round(s.ep / 40)) },
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
    },
    // settingsKey stands for s
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [core, settingsKey, grid?.xMin, grid?.xMax, grid?.yMin, grid?.yMax, a.batchSize, a.stepsPerEpoch, a.blocking, reduced, clear, flush, schedule],
  );

  // New settings invalidate the run on screen.
  useEffect(() => {
    if (phaseRef.current === 'running' || phaseRef.current === 'paused') void core.request({ type: 'stop' }).catch(() => undefined);
    clear();
    setPhase('idle');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);

  const play = useCallback(() => {
    if (phaseRef.current === 'paused') {
      void core.request({ type: 'resume' });
      setPhase('running');
    } else if (phaseRef.current !== 'running') start(false);
  }, [core, start]);
  const pause = useCallback(() => {
    if (phaseRef.current !== 'running') return;
    void core.request({ type: 'pause' });
    setPhase('paused');
  }, [core]);
  const step = useCallback(() => {
    if (phaseRef.current === 'paused') {
      stepAfter.current = true;
      void core.request({ type: 'resume' });
      setPhase('running');
    } else if (phaseRef.current !== 'running') start(true);
  }, [core, start]);
  const stop = useCallback(() => {
    if (phaseRef.current === 'running' || phaseRef.current === 'paused') void core.request({ type: 'stop' });
  }, [core]);
  const reset = useCallback(() => {
    if (phaseRef.current === 'running' || phaseRef.current === 'paused') void core.request({ type: 'stop' }).catch(() => undefined);
    clear();
    setPhase('idle');
  }, [core, clear]);

  useEffect(() => () => {
    const f = buffer.current.frame;
    if (f !== undefined) cancelAnimationFrame(f);
  }, []);

  return { phase, history, field, grid, points, message, play, pause, step, stop, reset };
}
