/**
 * The training playground: settings, a live decision boundary (or regression curve), loss and accuracy curves, an
 * epoch counter with a progress bar, playback, messages and the code panel. Training runs in the core worker.
 */
import { useRef } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { formatNumber } from '../../charts/scales';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { PlaybackControls } from '../shared/PlaybackControls';
import { useCoreWorker } from '../shared/use-core-worker';
import { usePrefersReducedMotion } from '../shared/use-reduced-motion';
import { useUrlState } from '../shared/use-url-state';
import { pytorchCode, tfjsCode } from './code';
import { Controls } from './Controls';
import { DecisionBoundary } from './DecisionBoundary';
import { RegressionCurve } from './RegressionCurve';
import { assessSettings, defaultState, parseTrainingPlaygroundProps, trainingPoints, TrainingPlaygroundStateSchema, URL_PREFIX, type TrainingPlaygroundProps } from './state';
import { useTraining } from './use-training';

export function TrainingView({ raw }: { raw: TrainingPlaygroundProps }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const props = parseTrainingPlaygroundProps(raw);
  const { state: defaults, notes } = defaultState(props);
  const { state: s, update, warnings, hydrated } = useUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, defaults);
  const core = useCoreWorker('training-playground');
  const reduced = usePrefersReducedMotion();
  const assessment = assessSettings(s);
  const t = useTraining(core, s, assessment, reduced);
  const last = t.history[t.history.length - 1];
  const active = t.phase === 'running' || t.phase === 'paused';
  const regression = s.ds === 'regression';
  const nTrain = trainingPoints(s.n);

  const lossSeries: LineSeries[] = [
    { id: 'train', label: 'training loss', points: t.history.map((p) => [p.epoch, p.trainLoss] as const), color: 0 },
    { id: 'validation', label: 'validation (test) loss', points: t.history.map((p) => [p.epoch, p.validationLoss] as const), color: 1, dashed: true },
  ];
  const accSeries: LineSeries[] = regression
    ? []
    : [
        { id: 'train-acc', label: 'training accuracy', points: t.history.flatMap((p) => (p.trainAccuracy === undefined ? [] : [[p.epoch, p.trainAccuracy] as const])), color: 0 },
        { id: 'validation-acc', label: 'validation accuracy', points: t.history.flatMap((p) => (p.validationAccuracy === undefined ? [] : [[p.epoch, p.validationAccuracy] as const])), color: 1, dashed: true },
      ];
  const percent = Math.round((100 * (last?.epoch ?? 0)) / s.ep);

  return (
    <div ref={rootRef} className="tp-root" data-testid="training-playground-view" data-phase={t.phase} data-epoch={last?.epoch ?? 0} data-train-loss={last?.trainLoss ?? ''} data-validation-loss={last?.validationLoss ?? ''} data-first-train-loss={t.history[0]?.trainLoss ?? ''}>
      <DemoMessage kind="warning" list={[...notes, ...warnings]} testId="tp-url-warnings" />
      {core.warning !== undefined && <DemoMessage kind="warning">{core.warning}</DemoMessage>}
      {core.status === 'loading' && <p className="gd-loading">Starting TensorFlow.js in a worker…</p>}
      {core.status === 'error' && <DemoMessage kind="error">Could not start the training worker: {core.error}</DemoMessage>}
      {core.backend !== undefined && (
        <p className="gd-status" data-testid="tp-backend">
          Running on {core.backend.name}
          {core.backend.reasons.length > 0 ? ` (${core.backend.reasons.join('; ')})` : ''}.
        </p>
      )}
      <div className="gd-layout">
        <div className="gd-figures">
          <div className="gd-panel">
            {t.points === undefined || t.grid === undefined ? (
              <p className="gd-loading">Loading the data…</p>
            ) : regression ? (
              <RegressionCurve grid={t.grid} values={t.field} train={t.points.train} validation={t.points.validation} />
            ) : (
              <DecisionBoundary title={`Decision boundary on ${s.ds}`} grid={t.grid} values={t.field} train={t.points.train} validation={t.points.validation} testId="tp-boundary" />
            )}
            {!regression && (
              <ul className="gd-legend-list tp-legend">
                <li><span className="tp-dot tp-dot-1" aria-hidden="true" /> class 1 (blue area: P(class 1) &gt; 0.5)</li>
                <li><span className="tp-dot tp-dot-0" aria-hidden="true" /> class 0</li>
                <li><span className="tp-dot tp-dot-ring" aria-hidden="true" /> ring = validation point (not trained on)</li>
              </ul>
            )}
          </div>
          <div className="tp-progress">
            <label className="tp-epoch" htmlFor="tp-progress-bar">
              Epoch <strong data-testid="tp-epoch">{last?.epoch ?? 0}</strong> of {s.ep} · step {last?.step ?? 0} ({assessment.stepsPerEpoch} per epoch)
            </label>
            <div id="tp-progress-bar" className="tp-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label="Training progress">
              <div className="tp-bar-fill" style={{ width: `${percent}%` }} />
            </div>
            <p className="gd-readout" data-testid="tp-readout" aria-live="off">
              {last === undefined
                ? 'Not trained yet.'
                : `training loss ${formatNumber(last.trainLoss)}, validation loss ${formatNumber(last.validationLoss)}${last.validationAccuracy === undefined ? '' : `, accuracy ${Math.round(100 * (last.trainAccuracy ?? 0))}% train / ${Math.round(100 * last.validationAccuracy)}% validation`}, lr ${formatNumber(last.lr)}`}
            </p>
          </div>
          <LineChart title="Loss per epoch" xLabel="epoch" yLabel="loss" logY series={lossSeries} xDomain={[0, s.ep]} testId="tp-loss-chart" />
          {!regression && <LineChart title="Accuracy per epoch" xLabel="epoch" yLabel="accuracy" series={accSeries} xDomain={[0, s.ep]} yDomain={[0, 1]} height={200} testId="tp-accuracy-chart" />}
        </div>
        <div className="gd-controls">
          <PlaybackControls scopeRef={rootRef} playing={t.phase === 'running'} onPlay={t.play} onPause={t.pause} onStep={t.step} onReset={t.reset} disabled={core.status !== 'ready' || !hydrated || assessment.blocking || t.points === undefined} playLabel={t.phase === 'paused' ? 'Resume' : 'Train'} />
          <button type="button" className="gd-button tp-stop" onClick={t.stop} disabled={!active}>
            Stop
          </button>
          <DemoMessage kind="warning" list={assessment.messages} testId="tp-settings-messages" />
          {t.message !== undefined && (
            <DemoMessage kind="error" testId="tp-run-message">
              {t.message}
            </DemoMessage>
          )}
          {t.phase === 'done' && last !== undefined && <p className="gd-status">Finished {last.epoch} epochs.</p>}
          {t.phase === 'stopped' && <p className="gd-status">Stopped. Train starts a new run.</p>}
          {reduced && <p className="gd-hint">Reduced motion: the boundary is drawn when the run ends; use Step to go one epoch at a time.</p>}
          <Controls state={s} update={update} disabled={active} />
        </div>
      </div>
      <CodePanel pytorch={pytorchCode(s, assessment.batchSize, nTrain)} tfjs={tfjsCode(s, assessment.batchSize, nTrain)} />
    </div>
  );
}
