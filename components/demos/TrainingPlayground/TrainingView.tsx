/**
 * The training playground: settings, a live decision boundary (or regression curve), loss and accuracy curves, an
 * epoch counter with a progress bar, playback, messages and the code panel. Training runs in the core worker.
 */
import { useRef } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { PlaybackControls } from '../shared/PlaybackControls';
import { useFocusRescue } from '../shared/use-focus-rescue';
import { useCoreWorker, type CoreWorker } from '../shared/use-core-worker';
import { usePrefersReducedMotion } from '../shared/use-reduced-motion';
import { useUrlState } from '../shared/use-url-state';
import { pytorchCode, tfjsCode } from './code';
import { Controls } from './Controls';
import { DecisionBoundary } from '../shared/DecisionBoundary';
import { readoutText } from './readout';
import { RegressionCurve } from './RegressionCurve';
import { TrainingSweep } from './TrainingSweep';
import type { TrainingPlaygroundProps } from './manifest';
import { URL_PREFIX } from './limits';
import { assessSettings, defaultState, trainingPoints, TrainingPlaygroundStateSchema } from './state';
import { useTraining, type Phase } from './use-training';

export function TrainingView({ props }: { props: TrainingPlaygroundProps }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // P on a setting starts training and locks the settings; Stop disables itself: focus goes to Stop, else to the
  // play button, else to the status line, so it stays inside the demo and P / N / R keep working.
  useFocusRescue(rootRef, () => [stopRef.current, rootRef.current?.querySelector<HTMLElement>('.tp-playback [aria-keyshortcuts="p"]'), statusRef.current]);
  const { state: defaults, notes } = defaultState(props);
  const { state: s, update, warnings, hydrated } = useUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, defaults);
  const core = useCoreWorker('training-playground');
  const reduced = usePrefersReducedMotion();
  const assessment = assessSettings(s);
  const t = useTraining(core, s, assessment, reduced);
  const last = t.history[t.history.length - 1];
  const active = t.phase === 'running' || t.phase === 'stepping' || t.phase === 'paused';
  // Between Train / Step and the first epoch the worker builds the model and warms up its kernels (seconds on a cold
  // backend): the bar has no value to show yet, so it is indeterminate and the status line says what is going on.
  const waiting = (t.phase === 'running' || t.phase === 'stepping') && last === undefined;
  const regression = s.dataset === 'regression';
  const nTrain = trainingPoints(s.points);

  const lossSeries: LineSeries[] = [
    { id: 'train', label: 'training loss', points: t.history.map((p) => [p.epoch, p.trainLoss] as const), color: 0 },
    { id: 'validation', label: 'validation loss', points: t.history.map((p) => [p.epoch, p.validationLoss] as const), color: 1, dashed: true },
  ];
  const accSeries: LineSeries[] = regression
    ? []
    : [
        { id: 'train-acc', label: 'training accuracy', points: t.history.flatMap((p) => (p.trainAccuracy === undefined ? [] : [[p.epoch, p.trainAccuracy] as const])), color: 0 },
        { id: 'validation-acc', label: 'validation accuracy', points: t.history.flatMap((p) => (p.validationAccuracy === undefined ? [] : [[p.epoch, p.validationAccuracy] as const])), color: 1, dashed: true },
      ];
  const percent = Math.round((100 * (last?.epoch ?? 0)) / s.epochs);
  const status = statusLine(t.phase, last?.epoch ?? 0, core.status);

  return (
    <div ref={rootRef} className="tp-root" data-testid="training-playground-view" data-phase={t.phase} data-epoch={last?.epoch ?? 0} data-train-loss={last?.trainLoss ?? ''} data-validation-loss={last?.validationLoss ?? ''} data-first-train-loss={t.history[0]?.trainLoss ?? ''}>
      <DemoMessage kind="warning" list={[...notes, ...warnings]} testId="tp-url-warnings" />
      {core.warning !== undefined && <DemoMessage kind="warning">{core.warning}</DemoMessage>}
      {core.status === 'error' && <DemoMessage kind="error">Could not start the training worker: {core.error}</DemoMessage>}
      {core.backend !== undefined && (
        <p className="gd-status" data-testid="tp-backend">
          Running on {core.backend.name}
          {core.backend.reasons.length > 0 ? ` (${core.backend.reasons.join('; ')})` : ''}.
        </p>
      )}
      {/* DOM order = reading and tab order: playback, figures, settings. Wide screens move playback to the top of the
          right column (grid areas in training-playground.css); narrow ones keep it above the plot. */}
      <div className="gd-layout tp-layout">
        <div className="tp-run">
          <div className="tp-playback">
            <PlaybackControls scopeRef={rootRef} playing={t.phase === 'running'} onPlay={t.play} onPause={t.pause} onStep={t.step} onReset={t.reset} rescueFocus={false} disabled={core.status !== 'ready' || !hydrated || assessment.blocking || t.points === undefined} playLabel={t.phase === 'paused' || (t.phase === 'stepping' && last !== undefined) ? 'Resume' : 'Train'} />
            <button type="button" ref={stopRef} className="gd-button tp-stop" onClick={t.stop} disabled={!active}>
              Stop
            </button>
            <small className="gd-hint tp-playback-hint">
              Step trains 1 epoch ({optimizerSteps(assessment.stepsPerEpoch)}). Keys inside the demo: P play/pause, N step, R reset.
            </small>
          </div>
          <DemoMessage kind="warning" list={assessment.messages} testId="tp-settings-messages" />
          {t.message !== undefined && (
            <DemoMessage kind="error" testId="tp-run-message">
              {t.message}
            </DemoMessage>
          )}
          {reduced && <p className="gd-hint">Reduced motion: the boundary is drawn when the run ends; use Step to go one epoch at a time.</p>}
        </div>
        <div className="gd-figures tp-figures">
          <div className="gd-panel">
            {t.points === undefined || t.grid === undefined ? (
              <p className="gd-loading">Loading the data…</p>
            ) : regression ? (
              <RegressionCurve grid={t.grid} values={t.field} train={t.points.train} validation={t.points.validation} />
            ) : (
              <DecisionBoundary title={`Decision boundary on ${s.dataset}`} grid={t.grid} values={t.field} train={t.points.train} validation={t.points.validation} testId="tp-boundary" />
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
            <p className="tp-epoch">
              Epoch <strong data-testid="tp-epoch">{last?.epoch ?? 0}</strong> of {s.epochs} · {optimizerSteps(last?.step ?? 0)} ({assessment.stepsPerEpoch} per epoch)
            </p>
            {/* No aria-valuenow while waiting: that is how ARIA marks a progress bar as indeterminate. */}
            <div className={`tp-bar${waiting ? ' tp-bar-indeterminate' : ''}`} role="progressbar" aria-label="Training progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={waiting ? undefined : percent} aria-valuetext={waiting ? undefined : `epoch ${last?.epoch ?? 0} of ${s.epochs}`} aria-busy={waiting}>
              <div className="tp-bar-fill" style={waiting ? undefined : { width: `${percent}%` }} />
            </div>
            {/* Polite: it changes at phase changes only (start, first epoch, pause, end), never once per epoch. */}
            <p className="gd-status tp-run-status" role="status" data-testid="tp-status" ref={statusRef} tabIndex={-1}>
              {status}
            </p>
            <p className="gd-readout" data-testid="tp-readout" aria-live="off">
              {readoutText(last, t.phase === 'diverged')}
            </p>
          </div>
          <LineChart title="Loss per epoch" xLabel="epoch" yLabel="loss" logY series={lossSeries} xDomain={[0, s.epochs]} testId="tp-loss-chart" />
          {!regression && <LineChart title="Accuracy per epoch" xLabel="epoch" yLabel="accuracy" series={accSeries} xDomain={[0, s.epochs]} yDomain={[0, 1]} height={200} testId="tp-accuracy-chart" />}
        </div>
        <Controls state={s} update={update} disabled={active} />
      </div>
      <TrainingSweep core={core} state={s} update={update} busy={active} />
      <CodePanel pytorch={pytorchCode(s, assessment.batchSize, nTrain)} tfjs={tfjsCode(s, assessment.batchSize, nTrain)} />
    </div>
  );
}

const optimizerSteps = (n: number): string => `${n} optimizer ${n === 1 ? 'step' : 'steps'}`;

/** The one-line run status (a polite live region): what the demo is doing now, in the words of its buttons. */
function statusLine(phase: Phase, epoch: number, worker: CoreWorker['status']): string {
  if (worker === 'idle' || worker === 'loading') return 'Starting the backend (TensorFlow.js in a worker)…';
  if (worker === 'error') return 'Training is unavailable.';
  switch (phase) {
    case 'idle':
      return 'Not trained yet.';
    case 'running':
      return epoch === 0 ? 'Starting training: building the model and running the first epoch…' : 'Training…';
    case 'stepping':
      return epoch === 0 ? 'Starting: building the model and training 1 epoch…' : 'Training 1 epoch…';
    case 'paused':
      return `Paused after epoch ${epoch}: Step trains 1 more epoch, Resume trains the rest.`;
    case 'done':
      return `Finished ${epoch} epochs.`;
    case 'stopped':
      return `Stopped after epoch ${epoch}. Train starts a new run.`;
    case 'diverged':
      return `Stopped after epoch ${epoch}: the loss diverged.`;
    case 'error':
      return 'Training failed.';
  }
}
