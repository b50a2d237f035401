/**
 * The compression lab: a trained teacher, then quantize / prune / distill variants side by side with the original
 * (decision boundaries, kernel histograms, a size and accuracy table, and what exactly was measured).
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { CodePanel } from '../shared/CodePanel';
import { DemoMessage } from '../shared/DemoMessage';
import { JobProgress } from '../shared/JobProgress';
import { useFocusRescue } from '../shared/use-focus-rescue';
import { useCoreWorker } from '../shared/use-core-worker';
import { useUrlState } from '../shared/use-url-state';
import { DecisionBoundary } from '../shared/DecisionBoundary';
import '../shared/training-parts.css';
import { pytorchCode, tfjsCode } from './code';
import { Controls } from './Controls';
import { ParetoView } from './ParetoView';
import { ResultsTable } from './ResultsTable';
import { specKey } from '../../../src/core/plain';
import type { CompressionLabProps } from './manifest';
import type { CompressionMode } from './limits';
import { COMPRESSION_MODES, URL_PREFIX } from './limits';
import { ACTION_LABELS, CompressionLabStateSchema, compressionSpec, defaultState, TEACHER } from './state';
import { useCompression, type Compression } from './use-compression';
import { WeightHistogram } from './WeightHistogram';

const MODE_LABELS: Record<CompressionMode, string> = { quantize: 'Quantize', prune: 'Prune', distill: 'Distill' };
const BUSY_LABELS: Record<CompressionMode, string> = { quantize: 'Quantizing…', prune: 'Pruning…', distill: 'Distilling…' };
const ARCHITECTURE = `2-${TEACHER.hidden.join('-')}-1`;

/**
 * The original model's training line. The sentence sits in a polite live region and changes only between phases
 * (training, ready), so a screen reader hears "training" once and "ready" once; the epoch count goes to a progress
 * bar (not live), which is indeterminate until the first epoch arrives (the first epochs can take seconds while the
 * backend compiles its kernels).
 */
function TeacherStatus({ c, dataset, backend }: { c: Compression; dataset: string; backend: string | undefined }) {
  const training = c.teacherStatus === 'training';
  const percent = Math.round((100 * c.teacherEpoch) / TEACHER.epochs);
  const started = c.teacherEpoch > 0;
  return (
    <div className="cl-status">
      <p className="gd-status" role="status" data-testid="cl-teacher">
        {training && `Training the original model (${ARCHITECTURE}, tanh, Adam, full batch, ${TEACHER.epochs} epochs)…`}
        {c.teacherStatus === 'ready' && c.teacher !== undefined && `Original model: ${ARCHITECTURE}, trained ${c.teacher.epochs} epochs on ${dataset}; validation accuracy ${c.teacher.accuracy === undefined ? '–' : `${(100 * c.teacher.accuracy).toFixed(1)}%`}.`}
        {backend !== undefined && ` Backend: ${backend}.`}
      </p>
      {training && (
        <div className="cl-progress" data-testid="cl-teacher-progress">
          <div
            className={`tp-bar${started ? '' : ' cl-bar-waiting'}`}
            role="progressbar"
            aria-label="Training the original model"
            aria-valuemin={0}
            aria-valuemax={TEACHER.epochs}
            aria-valuenow={started ? c.teacherEpoch : undefined}
            aria-valuetext={started ? `epoch ${c.teacherEpoch} of ${TEACHER.epochs}` : 'starting'}
          >
            <div className="tp-bar-fill" style={started ? { width: `${percent}%` } : undefined} />
          </div>
          <span className="gd-hint" aria-hidden="true">{started ? `epoch ${c.teacherEpoch} of ${TEACHER.epochs}` : 'starting…'}</span>
        </div>
      )}
    </div>
  );
}

export function CompressionView({ props }: { props: CompressionLabProps }) {
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { state: s, update, warnings, hydrated } = useUrlState(CompressionLabStateSchema, URL_PREFIX, defaultState(props.mode));
  const core = useCoreWorker('compression-lab');
  const c = useCompression(core, s);
  const { spec, messages } = compressionSpec(s);
  const latest = c.variants[0];
  const modeIndex = COMPRESSION_MODES.indexOf(s.mode);
  const runBlocked = !hydrated || c.busy || c.paretoBusy || c.teacherStatus !== 'ready';
  // A settings field locked by a run, "Clear table" emptying the table, Cancel going away: focus goes to the run
  // button (busy buttons use aria-disabled, so they keep focus), else to Cancel.
  useFocusRescue(rootRef, () => [runRef.current, cancelRef.current, tabs.current[modeIndex]]);

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const moves: Record<string, number> = { ArrowRight: modeIndex + 1, ArrowLeft: modeIndex - 1, Home: 0, End: COMPRESSION_MODES.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + COMPRESSION_MODES.length) % COMPRESSION_MODES.length;
    update({ mode: COMPRESSION_MODES[next]! });
    tabs.current[next]?.focus();
  };

  return (
    <div ref={rootRef} className="tp-root" data-testid="compression-lab-view" data-teacher={c.teacherStatus} data-variants={c.variants.length} data-busy={c.busy ? 'true' : 'false'}>
      <DemoMessage kind="warning" list={warnings} testId="cl-url-warnings" />
      {core.warning !== undefined && <DemoMessage kind="warning">{core.warning}</DemoMessage>}
      {core.status === 'loading' && <p className="gd-loading">Starting TensorFlow.js in a worker…</p>}
      {core.status === 'error' && <DemoMessage kind="error">Could not start the worker: {core.error}</DemoMessage>}
      <div role="tablist" aria-label="Compression method" className="cl-tabs">
        {COMPRESSION_MODES.map((m, i) => (
          <button key={m} ref={(el) => { tabs.current[i] = el; }} type="button" role="tab" id={`${baseId}-${m}`} aria-selected={m === s.mode} aria-controls={`${baseId}-panel`} tabIndex={m === s.mode ? 0 : -1} className="gd-tab" onClick={() => update({ mode: m })} onKeyDown={onTabKey}>
            {MODE_LABELS[m]}
          </button>
        ))}
      </div>
      {/* DOM order = the narrow-screen order: what is happening, then the settings and the action button, then the
          results (so the button is not below the table); compression-lab.css puts the settings on the right when wide. */}
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-${s.mode}`} className="cl-layout">
        <TeacherStatus c={c} dataset={s.dataset} backend={core.backend?.name} />
        <div className="gd-controls">
          <Controls state={s} update={update} disabled={c.busy || c.paretoBusy} />
          <DemoMessage kind="warning" list={messages} testId="cl-settings-messages" />
          <div className="gd-playback">
            {/* aria-disabled, not disabled: a busy button keeps keyboard focus (a disabled one drops it to the page). */}
            <button type="button" ref={runRef} className="gd-button gd-button-primary" data-testid="cl-run" onClick={() => !runBlocked && c.run()} aria-disabled={runBlocked}>
              {c.busyKind !== undefined ? BUSY_LABELS[c.busyKind === 'distill' ? 'distill' : c.busyKind === 'prune' || c.busyKind === 'sparse24' ? 'prune' : 'quantize'] : ACTION_LABELS[s.mode]}
            </button>
            <button type="button" className="gd-button" onClick={() => !c.busy && c.clear()} aria-disabled={c.variants.length === 0 || c.busy}>
              Clear table
            </button>
          </div>
          {c.busy && (c.progress !== undefined || c.busyKind === 'distill') && <JobProgress label={c.busyKind === 'distill' ? 'Distillation' : c.busyKind === 'prune' ? 'Pruning fine-tune' : 'Compression'} progress={c.progress} onCancel={c.cancel} cancelRef={cancelRef} testId="cl-job" />}
          {c.notice !== undefined && <DemoMessage kind="info" testId="cl-notice">{c.notice}</DemoMessage>}
          {c.error !== undefined && <DemoMessage kind="error" testId="cl-error">{c.error}</DemoMessage>}
        </div>
        <div className="gd-figures cl-figures">
          {c.points !== undefined && c.grid !== undefined && (
            <div className="cl-pair">
              <figure className="cl-fig">
                <figcaption>Original (float32)</figcaption>
                <DecisionBoundary title="Original model's decision boundary" grid={c.grid} values={c.teacher?.field} train={c.points.train} validation={c.points.validation} testId="cl-boundary-original" />
              </figure>
              <figure className="cl-fig">
                <figcaption data-testid="cl-compressed-caption">{latest === undefined ? `Compressed: press “${ACTION_LABELS[s.mode]}”` : latest.result.variant.label}</figcaption>
                <DecisionBoundary title="Compressed model's decision boundary" grid={c.grid} values={latest?.result.variant.field} train={c.points.train} validation={c.points.validation} testId="cl-boundary-compressed" />
              </figure>
            </div>
          )}
          {latest !== undefined && <WeightHistogram histogram={latest.result.histogram} afterLabel={latest.result.variant.label} />}
          <ResultsTable variants={c.variants} />
          {s.mode !== 'distill' && <ParetoView points={c.pareto} currentKey={specKey(spec)} busy={c.paretoBusy} canRun={hydrated && !c.busy && c.teacherStatus === 'ready'} onRun={c.runPareto} />}
          {latest !== undefined && (
            <details className="cl-notes" open>
              <summary>What was measured</summary>
              {latest.result.notes.map((note) => (
                <p key={note} className="gd-hint">{note}</p>
              ))}
              <ul className="gd-hint">
                {latest.result.tensors.map((t) => (
                  <li key={t.name}>
                    {t.name} [{t.shape.join('×')}]: {t.format}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
      <CodePanel pytorch={pytorchCode(spec)} tfjs={tfjsCode(spec)} />
    </div>
  );
}
