/**
 * The compression lab's worker conversation: fetch the points, train the teacher (once per data set; the worker
 * keeps it under a handle), then one 'compress' request with that handle per variant the reader makes. Keeps the
 * list of variants for the table (newest first, max 8). A long variant (distillation) streams its progress and
 * can be cancelled ('stop'); the table then keeps its earlier rows and `notice` says how far it got.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompressionKind, CompressionResult, GridSpec, JobProgress, ParetoPoint } from '../../../src/core/index';
import { formatSweepSpecs, specKey } from '../../../src/core/plain';
import type { DatasetPoints, DatasetRequest } from '../../../src/core/worker/protocol';
import type { CoreWorker } from '../shared/use-core-worker';
import { gridAround } from '../shared/grid';
import { compressionSpec, TEACHER, type CompressionLabState } from './state';

export interface Variant {
  key: number;
  result: CompressionResult;
}

export interface Teacher {
  /** Where the worker keeps the trained teacher; every variant is compressed from it. */
  modelHandle: number;
  field: Float32Array | undefined;
  accuracy: number | undefined;
  epochs: number;
}

export interface Compression {
  teacherStatus: 'idle' | 'training' | 'ready' | 'error';
  teacherEpoch: number;
  teacher: Teacher | undefined;
  points: { train: DatasetPoints; validation: DatasetPoints } | undefined;
  grid: GridSpec | undefined;
  variants: Variant[];
  busy: boolean;
  /** The kind of the variant being made while busy (the progress bar is for distillation). */
  busyKind: CompressionKind | undefined;
  /** The running job's last progress report (undefined before the first one, and for quick variants). */
  progress: JobProgress | undefined;
  /** "Distillation cancelled after 300 of 2000 steps…" after a cancel, until the next run. */
  notice: string | undefined;
  error: string | undefined;
  run: () => void;
  cancel: () => void;
  clear: () => void;
  /** Points of the Pareto view: the sweep's and every model the reader made, one per settings key. */
  pareto: ParetoPoint[];
  paretoBusy: boolean;
  runPareto: () => void;
}

/** Adds or replaces points by key, keeping the first-seen order. */
export function mergePoints(old: readonly ParetoPoint[], added: readonly ParetoPoint[]): ParetoPoint[] {
  const byKey = new Map(old.map((p) => [p.key, p]));
  for (const p of added) byKey.set(p.key, p);
  return [...byKey.values()];
}

const KIND_NAMES: Record<CompressionKind, string> = {
  fp16: 'Rounding to float16', integer: 'Quantization', prune: 'Pruning fine-tune', distill: 'Distillation', block: 'Block quantization',
  float: 'Rounding to a float format', gptq: 'GPTQ', w8a8: 'W8A8 quantization', sparse24: '2:4 pruning fine-tune',
};

export function teacherDataset(ds: CompressionLabState['dataset']): DatasetRequest {
  return { name: ds, options: { n: TEACHER.points, noise: TEACHER.noise, seed: TEACHER.seed, validationFraction: 0.5 } };
}
export function teacherModel() {
  return { layerSizes: [2, ...TEACHER.hidden, 1], activation: 'tanh' as const, seed: TEACHER.seed };
}

export function useCompression(core: CoreWorker, s: CompressionLabState): Compression {
  const [teacherStatus, setTeacherStatus] = useState<Compression['teacherStatus']>('idle');
  const [teacherEpoch, setTeacherEpoch] = useState(0);
  const [teacher, setTeacher] = useState<Teacher | undefined>(undefined);
  const [points, setPoints] = useState<Compression['points']>(undefined);
  const [variants, setVariants] = useState<Variant[]>([]);
  const [busyKind, setBusyKind] = useState<CompressionKind | undefined>(undefined);
  const [progress, setProgress] = useState<JobProgress | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [pareto, setPareto] = useState<ParetoPoint[]>([]);
  const [paretoBusy, setParetoBusy] = useState(false);
  const nextKey = useRef(1);
  const cancelled = useRef(false);
  const busy = busyKind !== undefined;
  const grid = points === undefined ? undefined : gridAround([points.train, points.validation], 40);

  useEffect(() => {
    if (core.status !== 'ready') return;
    let alive = true;
    setTeacher(undefined);
    setVariants([]);
    setPareto([]);
    setPoints(undefined);
    setTeacherStatus('training');
    setTeacherEpoch(0);
    const dataset = teacherDataset(s.dataset);
    (async () => {
      const data = await core.request({ type: 'dataset', dataset });
      if (!alive) return;
      setPoints({ train: data.train, validation: data.validation });
      const g = gridAround([data.train, data.validation], 40);
      const done = await core.request(
        { type: 'train', model: teacherModel(), dataset, training: { optimizer: { name: 'adam', lr: TEACHER.lr }, epochs: TEACHER.epochs, seed: TEACHER.seed }, field: { grid: g, every: TEACHER.epochs } },
        // every 5th epoch: enough for a smooth progress bar without re-rendering the view 150 times
        (m) => alive && m.progress.epoch % 5 === 0 && setTeacherEpoch(m.progress.epoch),
      );
      if (!alive) return;
      const last = done.history[done.history.length - 1];
      setTeacher({ modelHandle: done.modelHandle, field: done.field, accuracy: last?.validationAccuracy, epochs: done.history.length });
      setTeacherEpoch(done.history.length);
      setTeacherStatus('ready');
    })().catch((e: unknown) => {
      if (!alive) return;
      setError(e instanceof Error ? e.message : String(e));
      setTeacherStatus('error');
    });
    return () => {
      alive = false;
      void core.request({ type: 'stop' }).catch(() => undefined);
    };
    // core.request is stable; status and data set drive the teacher
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [core.status, s.dataset]);

  const run = useCallback(() => {
    if (teacher === undefined || grid === undefined || busy) return;
    const { spec } = compressionSpec(s);
    setBusyKind(spec.kind);
    setProgress(undefined);
    setNotice(undefined);
    setError(undefined);
    cancelled.current = false;
    let last: JobProgress | undefined;
    core
      .request({ type: 'compress', modelHandle: teacher.modelHandle, spec, grid }, (m) => {
        last = { done: m.done, total: m.total, elapsedMs: m.elapsedMs, unit: m.unit };
        setProgress(last);
      })
      .then((reply) => {
        setVariants((v) => [{ key: nextKey.current++, result: reply.result }, ...v].slice(0, 8));
        const { variant } = reply.result;
        setPareto((old) => mergePoints(old, [{ key: specKey(spec), spec, label: variant.label, bitsPerWeight: variant.bitsPerWeight, raw: variant.size.raw, gzip: variant.size.compressed, accuracy: variant.accuracy }]));
      })
      .catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        if (!cancelled.current) return setError(message);
        const where = last === undefined ? 'before its first step' : `after ${last.done} of ${last.total} ${last.unit}s`;
        setNotice(`${KIND_NAMES[spec.kind]} cancelled ${where}; the table keeps the earlier results.`);
      })
      .finally(() => {
        setBusyKind(undefined);
        setProgress(undefined);
      });
  }, [core, teacher, grid, s, busy]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    void core.request({ type: 'stop' }).catch(() => undefined);
  }, [core]);

  const runPareto = useCallback(() => {
    if (teacher === undefined) return;
    const { spec } = compressionSpec(s);
    const specs = formatSweepSpecs({ groupSize: s.groupSize, outliers: s.outliers, fineTuneSteps: 100 });
    if (spec.kind !== 'distill' && !specs.some((x) => specKey(x) === specKey(spec))) specs.push(spec);
    setParetoBusy(true);
    setError(undefined);
    core
      .request({ type: 'compress-pareto', modelHandle: teacher.modelHandle, specs }, (m) => setPareto((old) => mergePoints(old, [m.point])))
      .then((reply) => setPareto((old) => mergePoints(old, reply.points)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setParetoBusy(false));
  }, [core, teacher, s]);

  const clear = useCallback(() => setVariants([]), []);
  return { teacherStatus, teacherEpoch, teacher, points, grid, variants, busy, busyKind, progress, notice, error, run, cancel, clear, pareto, paretoBusy, runPareto };
}
