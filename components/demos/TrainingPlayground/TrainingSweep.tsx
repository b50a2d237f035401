/**
 * Learning rate x batch size on the toy MLP: 8 x 8 short trainings in the core worker ('sweep' verb), drawn as a
 * heat map of the final validation loss that fills in cell by cell. Selecting a cell sets the playground's lr and
 * batch size, so Train runs that setting (with the playground's own epochs and schedule). A sweep takes a minute or
 * more: the bar shows the share done and the time left, and Cancel stops it after the training in progress.
 */
import { memo, useRef, useState } from 'react';
import type { TrainingSweepCell } from '../../../src/core/index';
import { HeatMap } from '../../charts/HeatMap';
import { formatNumber } from '../../charts/scales';
import { timeLeft } from '../shared/JobProgress';
import type { CoreWorker } from '../shared/use-core-worker';
import type { TrainingPlaygroundState } from './state';
import { SWEEP_EPOCHS, sweepRequest } from './training-sweep';

interface Props {
  core: CoreWorker;
  state: TrainingPlaygroundState;
  update: (patch: Partial<TrainingPlaygroundState>) => void;
  /** A training run is active: the sweep waits (both would share the worker). */
  busy: boolean;
}

interface Sweep {
  key: string;
  lrs: readonly number[];
  batchSizes: readonly number[];
  cells: (TrainingSweepCell | undefined)[];
  done: number;
  running: boolean;
  error?: string;
  elapsedMs?: number;
  /** performance.now() at the start, for the time left. */
  started: number;
  cancelled?: boolean;
}

export const TrainingSweep = memo(function TrainingSweep({ core, state, update, busy }: Props) {
  const [sweep, setSweep] = useState<Sweep | undefined>(undefined);
  const latest = useRef(0);
  const cancelledId = useRef(0);
  const { lr: _lr, batchSize: _bs, epochs: _ep, schedule: _sch, ...fixed } = state;
  const key = JSON.stringify(fixed);
  const current = sweep?.key === key ? sweep : undefined;

  const run = (): void => {
    const request = sweepRequest(state);
    const id = ++latest.current;
    const total = request.lrs.length * request.batchSizes.length;
    setSweep({ key, lrs: request.lrs, batchSizes: request.batchSizes, cells: new Array<TrainingSweepCell | undefined>(total).fill(undefined), done: 0, running: true, started: performance.now() });
    core
      .request(request, (m) => {
        if (id !== latest.current) return;
        setSweep((s) => {
          if (s === undefined) return s;
          const cells = s.cells.slice();
          cells[m.index] = m.cell;
          return { ...s, cells, done: s.done + 1 };
        });
      })
      .then((reply) => {
        if (id === latest.current) setSweep((s) => (s === undefined ? s : { ...s, running: false, elapsedMs: reply.elapsedMs, cancelled: cancelledId.current === id }));
      })
      .catch((e: unknown) => {
        if (id === latest.current) setSweep((s) => (s === undefined ? s : { ...s, running: false, error: e instanceof Error ? e.message : String(e) }));
      });
  };

  const cancel = (): void => {
    cancelledId.current = latest.current;
    void core.request({ type: 'stop' }).catch(() => undefined);
  };
  const blocked = core.status !== 'ready' || busy || current?.running === true;
  const nx = current?.lrs.length ?? 0;
  const value = (c: TrainingSweepCell | undefined): number | null | undefined => (c === undefined ? undefined : c.stopReason === 'diverged' ? null : c.validationLoss);
  const describe = (c: TrainingSweepCell | undefined): string =>
    c === undefined ? 'not run yet' : c.stopReason === 'diverged' ? 'diverged' : `validation loss ${formatNumber(c.validationLoss)}${c.validationAccuracy === undefined ? '' : `, accuracy ${Math.round(100 * c.validationAccuracy)}%`}`;
  const total = current === undefined ? 1 : current.cells.length;
  const selI = current?.lrs.indexOf(state.lr) ?? -1;
  const selJ = current?.batchSizes.indexOf(state.batchSize) ?? -1;

  return (
    <section className="gd-panel" aria-label="Sweep of learning rate and batch size" data-testid="tp-sweep">
      <p className="gd-panel-title">
        <strong>Sweep: learning rate × batch size</strong>
      </p>
      {/* aria-disabled, not disabled: pressing it keeps focus on it while the sweep runs (and P / N / R working). */}
      <button type="button" className="gd-button" onClick={() => !blocked && run()} aria-disabled={blocked}>
        Run sweep (8 × 8 short runs of {SWEEP_EPOCHS} epochs)
      </button>
      {/* Only once a sweep exists: before that the training bar is the demo's one progress bar. */}
      {current !== undefined && <progress className="gd-sweep-progress" aria-label="Sweep progress" max={1} value={current.done / total} data-testid="tp-sweep-progress" />}
      {current?.running === true && (
        <div className="gd-job">
          <span className="gd-hint gd-job-text" data-testid="tp-sweep-left">
            {Math.floor((100 * current.done) / total)}%{leftText(current, total)}
          </span>
          <button type="button" className="gd-button gd-button-small" onClick={cancel} data-testid="tp-sweep-cancel">
            Cancel
          </button>
        </div>
      )}
      <p className="gd-status" aria-live="polite" data-testid="tp-sweep-status">
        {current === undefined
          ? 'Same data, model, optimizer and seed in every cell; each trains at a constant lr. Settings changed since the last sweep (or none yet): run the sweep.'
          : current.error !== undefined
            ? `The sweep failed: ${current.error}`
            : current.running
              ? `Training ${current.done} of ${total}…`
              : current.cancelled === true
                ? `Sweep cancelled after ${current.done} of ${total} trainings; the heat map keeps them.`
              : `${total} trainings done in ${formatNumber((current.elapsedMs ?? 0) / 1000)} s. Select a cell to set its lr and batch size, then Train.`}
      </p>
      {current !== undefined && (
        <HeatMap
          title="Final validation loss by learning rate and batch size"
          xLabel="learning rate (log)"
          yLabel="batch size"
          xTicks={current.lrs.map(formatNumber)}
          yTicks={current.batchSizes.map(String)}
          values={current.cells.map(value)}
          logScale
          legend={['lower loss', 'higher loss']}
          noneLabel="diverged"
          cellLabel={(i, j) => `lr ${formatNumber(current.lrs[i]!)}, batch size ${current.batchSizes[j]}: ${describe(current.cells[j * nx + i])}`}
          selected={selI >= 0 && selJ >= 0 ? [selI, selJ] : undefined}
          onSelect={(i, j) => update({ lr: current.lrs[i]!, batchSize: current.batchSizes[j]! })}
          testId="tp-heatmap"
        />
      )}
    </section>
  );
});

/** " · about 40 s left" from the trainings done so far (empty before the first). */
function leftText(sweep: Sweep, total: number): string {
  const left = timeLeft({ done: sweep.done, total, elapsedMs: performance.now() - sweep.started, unit: 'training' });
  return left === undefined ? '' : ` · ${left}`;
}
