/**
 * Runs training in the core worker and exposes what the view draws: epoch history, the latest decision-boundary
 * field, the data points, the phase and play / pause / step / stop / reset. The conversation itself lives in
 * training-controller.ts (phases in training-phase.ts); this hook fetches the points, builds the request from the
 * settings, and resets the run when the settings change.
 */
import { useEffect, useMemo, useState } from 'react';
import type { EpochProgress, GridSpec } from '../../../src/core/index';
import type { DatasetPoints } from '../../../src/core/worker/protocol';
import type { CoreWorker } from '../shared/use-core-worker';
import { gridAround } from '../shared/grid';
import type { Assessment, TrainingPlaygroundState } from './state';
import { EMPTY_SNAPSHOT, TrainingController, type TrainingSnapshot } from './training-controller';
import type { Phase, UserAction } from './training-phase';
import { datasetRequest, trainRequest } from './training-request';

export type { Phase } from './training-phase';

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

export function useTraining(core: CoreWorker, s: TrainingPlaygroundState, a: Assessment, reduced: boolean): Training {
  const [snapshot, setSnapshot] = useState<TrainingSnapshot>(EMPTY_SNAPSHOT);
  const [points, setPoints] = useState<Training['points']>(undefined);
  const [pointsError, setPointsError] = useState<string | undefined>(undefined);
  const controller = useMemo(() => new TrainingController(core.request, setSnapshot), [core.request]);
  const dataKey = JSON.stringify(datasetRequest(s));
  const settingsKey = JSON.stringify(s);
  const grid = points === undefined ? undefined : gridAround([points.train, points.validation]);

  useEffect(() => {
    if (core.status !== 'ready') return;
    let alive = true;
    core
      .request({ type: 'dataset', dataset: datasetRequest(s) })
      .then((reply) => {
        if (!alive) return;
        setPoints({ train: reply.train, validation: reply.validation });
        setPointsError(undefined);
      })
      .catch((e: unknown) => alive && setPointsError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
    // dataKey stands for the data fields of s
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [core.status, dataKey]);

  // New settings invalidate the run on screen.
  useEffect(() => controller.act('reset', undefined), [controller, settingsKey]);
  useEffect(() => () => controller.dispose(), [controller]);

  const act = (action: UserAction) => (): void => {
    const body = grid === undefined || a.blocking ? undefined : trainRequest(s, a, grid);
    controller.act(action, body, { streamFields: !reduced });
  };
  return { ...snapshot, message: snapshot.message ?? pointsError, grid, points, play: act('play'), pause: act('pause'), step: act('step'), stop: act('stop'), reset: act('reset') };
}
