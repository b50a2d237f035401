/**
 * A long worker job in progress: a bar with its percent, "N of M steps", an estimate of the time left, and a Cancel
 * button (given `cancelRef`, the demo can focus it when the job starts from the keyboard).
 *   <JobProgress label="Distillation" progress={p} onCancel={cancel} cancelRef={ref} testId="cl-job" />
 * The bar is not a live region (it changes ten times a second); the demo's status line says when the job starts
 * and ends.
 */
import type { Ref } from 'react';
import type { JobProgress as Progress } from '../../../src/core/index';

interface Props {
  /** What runs, for the bar's accessible name ("Distillation progress"). */
  label: string;
  /** Undefined until the first report: the bar is then indeterminate. */
  progress: Progress | undefined;
  onCancel: () => void;
  cancelRef?: Ref<HTMLButtonElement>;
  testId?: string;
}

const plural = (unit: string): string => (unit.endsWith('s') ? unit : `${unit}s`);

/** "about 12 s left" from the rate so far; undefined until there is a rate to go by. Pure. */
export function timeLeft(p: Progress): string | undefined {
  if (p.done <= 0 || p.elapsedMs <= 0 || p.done >= p.total) return undefined;
  const seconds = ((p.total - p.done) * p.elapsedMs) / p.done / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  if (seconds < 1) return 'less than 1 s left';
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

export function JobProgress({ label, progress, onCancel, cancelRef, testId }: Props) {
  const percent = progress === undefined ? undefined : Math.min(100, Math.floor((100 * progress.done) / progress.total));
  // unit '' (a job measured in time, like the benchmark): the percent alone.
  const counted = progress === undefined ? 'starting…' : progress.unit === '' ? `${percent}%` : `${percent}% · ${progress.done} of ${progress.total} ${plural(progress.unit)}`;
  const left = progress === undefined ? undefined : timeLeft(progress);
  return (
    <div className="gd-job" data-testid={testId} data-percent={percent ?? ''}>
      <div
        className={`tp-bar gd-job-bar${percent === undefined ? ' gd-job-waiting' : ''}`}
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percent === undefined ? 'starting' : `${counted}${left === undefined ? '' : `, ${left}`}`}
      >
        <div className="tp-bar-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
      <span className="gd-hint gd-job-text" aria-hidden="true">
        {counted}
        {left === undefined ? '' : ` · ${left}`}
      </span>
      <button type="button" className="gd-button gd-button-small" ref={cancelRef} onClick={onCancel} data-testid={testId === undefined ? undefined : `${testId}-cancel`}>
        Cancel
      </button>
    </div>
  );
}
