/**
 * Which tfjs backend runs here and why the preferred ones were skipped, plus a benchmark on demand: full-batch Adam
 * steps per second on an MLP 2-16-16-1, one backend at a time in the worker (each re-initialised for its run;
 * WebGPU's code is downloaded only for its own run, and where the browser has none its row says so).
 */
import { useRef, useState } from 'react';
import type { BenchmarkResult } from '../../../src/core/index';
import { formatNumber } from '../../charts/scales';
import { CodePanel } from '../shared/CodePanel';
import { tfjsWasmUrl } from '../shared/core-worker-prewarm';
import { DemoMessage } from '../shared/DemoMessage';
import { JobProgress } from '../shared/JobProgress';
import { RangeField } from '../shared/RangeField';
import { useFocusRescue } from '../shared/use-focus-rescue';
import { useCoreWorker } from '../shared/use-core-worker';
import { useUrlState } from '../shared/use-url-state';
import { pytorchCode, tfjsCode } from './code';
import { URL_PREFIX } from './limits';
import { BackendCheckStateSchema, BENCH_BACKENDS, DEFAULT_STATE, type BenchBackend } from './state';
import { skippedText, verdict } from './verdict';

export function BackendView() {
  const { state: s, update, warnings, hydrated } = useUrlState(BackendCheckStateSchema, URL_PREFIX, DEFAULT_STATE);
  const core = useCoreWorker('backend-check');
  const [results, setResults] = useState<BenchmarkResult[]>([]);
  const [running, setRunning] = useState<BenchBackend | undefined>(undefined);
  const [fraction, setFraction] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const generation = useRef(0);
  const started = useRef(0);
  const cancelled = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  // Cancel goes away when the run ends: focus returns to the run button (which kept it while busy: aria-disabled).
  useFocusRescue(rootRef, () => [runRef.current]);

  const run = async (): Promise<void> => {
    const mine = ++generation.current;
    setResults([]);
    setError(undefined);
    setNotice(undefined);
    cancelled.current = false;
    started.current = performance.now();
    let timing: BenchBackend | undefined;
    try {
      for (const [i, backend] of BENCH_BACKENDS.entries()) {
        timing = backend;
        setRunning(backend);
        setFraction(i / BENCH_BACKENDS.length);
        const reply = await core.request({ type: 'benchmark', backend, seconds: s.seconds, wasmPath: tfjsWasmUrl(window.location.origin) }, (m) => {
          if (mine === generation.current) setFraction((i + m.fraction) / BENCH_BACKENDS.length);
        });
        if (mine !== generation.current) return;
        setResults((r) => [...r, reply.result]);
      }
      setFraction(1);
    } catch (e: unknown) {
      if (mine !== generation.current) return;
      if (cancelled.current) setNotice(`Benchmark cancelled while timing ${timing ?? 'a backend'}; the table keeps the backends timed before.`);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (mine === generation.current) setRunning(undefined);
    }
  };

  const cancel = (): void => {
    cancelled.current = true;
    void core.request({ type: 'stop' }).catch(() => undefined);
  };
  const runBlocked = !hydrated || core.status !== 'ready' || running !== undefined;
  const best = Math.max(0, ...results.map((r) => (r.status === 'ran' ? r.stepsPerSecond : 0)));
  return (
    <div ref={rootRef} className="bc-root gd-root-inner" data-testid="backend-check-view" data-running={running ?? ''} data-results={results.length}>
      <DemoMessage kind="warning" list={warnings} />
      {core.warning !== undefined && <DemoMessage kind="warning">{core.warning}</DemoMessage>}
      {core.status === 'loading' && <p className="gd-loading">Starting TensorFlow.js in a worker…</p>}
      {core.status === 'error' && <DemoMessage kind="error">No backend could start: {core.error}</DemoMessage>}
      {core.backend !== undefined && (
        <div className="gd-readout" data-testid="bc-backend" data-backend={core.backend.name}>
          <p>
            Running on <strong>{core.backend.name}</strong> in this browser.
          </p>
          <p className="gd-hint" data-testid="bc-why">
            Why: {core.backend.why}.{core.backend.reasons.length === 0 ? ' It started at the first try.' : ''}
          </p>
          {core.backend.reasons.length > 0 && (
            <ul>
              {core.backend.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <RangeField label="Seconds per backend" value={s.seconds} min={0.5} max={5} step={0.5} onChange={(seconds) => update({ seconds })} disabled={running !== undefined} />
      <div className="gd-playback">
        {/* aria-disabled, not disabled: the pressed button keeps keyboard focus while it runs. */}
        <button type="button" ref={runRef} className="gd-button gd-button-primary" data-testid="bc-run" onClick={() => !runBlocked && void run()} aria-disabled={runBlocked}>
          {running === undefined ? 'Run benchmark' : `Running ${running}…`}
        </button>
      </div>
      {running !== undefined && <JobProgress label="Benchmark" progress={{ done: Math.round(fraction * 1000), total: 1000, elapsedMs: performance.now() - started.current, unit: '' }} onCancel={cancel} testId="bc-job" />}
      {notice !== undefined && <DemoMessage kind="info" testId="bc-notice">{notice}</DemoMessage>}
      {running === undefined && results.length > 0 && (
        <div className="tp-bar" role="progressbar" aria-label="Benchmark progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)} aria-valuetext={notice === undefined ? 'done' : 'cancelled'}>
          <div className="tp-bar-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
        </div>
      )}
      {error !== undefined && <DemoMessage kind="error">{error}</DemoMessage>}
      {results.length > 0 && (
        <div className="gd-readout">
          <table data-testid="bc-results">
            <caption className="gd-hint">Full-batch Adam steps per second, MLP 2-16-16-1 on 150 points, about {s.seconds} s per backend after one warm-up step. Higher is faster.</caption>
            <thead>
              <tr>
                <th scope="col">backend</th>
                <th scope="col">steps / s</th>
                <th scope="col">steps</th>
                <th scope="col">warm-up</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) =>
                r.status === 'ran' ? (
                  <tr key={r.backend} data-backend={r.backend} data-steps-per-second={r.stepsPerSecond.toFixed(1)}>
                    <th scope="row">{r.backend}{r.stepsPerSecond === best ? ' (fastest)' : ''}</th>
                    <td className="gd-num">{formatNumber(Math.round(r.stepsPerSecond))}</td>
                    <td className="gd-num">{r.steps}</td>
                    <td className="gd-num">{Math.round(r.warmupMs)} ms</td>
                  </tr>
                ) : (
                  <tr key={r.backend} data-backend={r.backend} data-skipped="true">
                    <th scope="row">{r.backend}</th>
                    <td colSpan={3}>{skippedText(r)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <p className="gd-hint" data-testid="bc-verdict">{verdict(results)}</p>
        </div>
      )}
      <CodePanel pytorch={pytorchCode(s.seconds)} tfjs={tfjsCode(s.seconds)} />
    </div>
  );
}
