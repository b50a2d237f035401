/**
 * "Muon on the matrix problem" (matrix-problem.ts): a disclosure that, once opened, runs momentum SGD, Adam and Muon
 * on a 2x2 least-squares problem on the page, and draws each one's loss per step, with the singular values of each
 * first update. Closed by default, so the demo's reserved height is the closed panel's; its settings live in the
 * playground's URL state (op.mx, op.mxs, op.mxm, op.mxa, op.mxu).
 */
import { memo, useId, useMemo } from 'react';
import { LineChart, type LineSeries } from '../../charts/LineChart';
import { formatNumber } from '../../charts/scales';
import { DemoMessage } from '../shared/DemoMessage';
import { LogSlider } from '../shared/LogSlider';
import { RangeField } from '../shared/RangeField';
import { lossDomain } from './assess';
import { MATRIX_LR_RANGE, MATRIX_STEPS_RANGE } from './limits';
import { MATRIX_LABELS, MATRIX_OPTIMIZERS, runMatrixComparison, type MatrixOptimizer, type MatrixRun } from './matrix-problem';
import type { OptimizerPlaygroundState } from './state';

interface Props {
  state: OptimizerPlaygroundState;
  update: (patch: Partial<OptimizerPlaygroundState>) => void;
}

const LR_FIELD: Readonly<Record<MatrixOptimizer, 'matrixLrMomentum' | 'matrixLrAdam' | 'matrixLrMuon'>> = { momentum: 'matrixLrMomentum', adam: 'matrixLrAdam', muon: 'matrixLrMuon' };

export const MatrixPanel = memo(function MatrixPanel({ state, update }: Props) {
  const bodyId = useId();
  const open = state.matrixOpen;
  return (
    <section className="gd-panel" aria-label="Muon on a matrix problem" data-testid="op-matrix">
      <p className="gd-panel-title">
        <button type="button" className="gd-button gd-button-small" aria-expanded={open} aria-controls={bodyId} onClick={() => update({ matrixOpen: !open })}>
          {open ? 'Hide' : 'Show'} Muon on a 2 × 2 matrix problem
        </button>
      </p>
      <div id={bodyId} hidden={!open}>
        {open && <MatrixBody state={state} update={update} />}
      </div>
    </section>
  );
});

function MatrixBody({ state, update }: Props) {
  const lrs = { momentum: state.matrixLrMomentum, adam: state.matrixLrAdam, muon: state.matrixLrMuon };
  const outcome = useMemo((): { runs: MatrixRun[] } | { error: string } => {
    try {
      return { runs: runMatrixComparison(state.matrixSteps, lrs) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    // lrs is rebuilt from these three fields every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.matrixSteps, state.matrixLrMomentum, state.matrixLrAdam, state.matrixLrMuon]);
  const runs = 'runs' in outcome ? outcome.runs : [];
  const series: LineSeries[] = runs.map((r, i) => ({ id: r.id, label: MATRIX_LABELS[r.id], color: i, dashed: true, points: r.losses.map((l, k) => [k, l] as const) }));
  const yDomain = lossDomain(runs.map((r) => r.losses), true);
  const diverged = runs.flatMap((r) => (r.diverged === undefined ? [] : [`${MATRIX_LABELS[r.id]} ${r.diverged}.`]));
  return (
    <>
      <p className="gd-hint">
        Minimise f(X) = ½‖AX − B‖²<sub>F</sub> over 2 × 2 matrices X from X = 0, with A = [[0.8, 0.35], [0.35, 0.4]] (its two directions differ five-fold in
        scale and neither is a coordinate axis) and B = [[1, 0.2], [−0.3, 0.8]]. Muon needs a matrix: it does not scale each entry of the update like Adam,
        it replaces the whole (momentum) gradient matrix G = UΣVᵀ by about UVᵀ, found with five Newton–Schulz iterations, so its step has the same size in
        every singular direction, the weak one included. On a vector there is nothing to orthogonalize, which is why Muon is not in the 2-D menu and why
        in training it takes only the hidden weight matrices (AdamW the rest).
      </p>
      <div className="gd-controls gd-sweep-controls">
        {MATRIX_OPTIMIZERS.map((id) => (
          <LogSlider key={id} label={`${MATRIX_LABELS[id]} learning rate`} value={lrs[id]} min={MATRIX_LR_RANGE.min} max={MATRIX_LR_RANGE.max} onChange={(lr) => update({ [LR_FIELD[id]]: lr })} />
        ))}
        <RangeField label="Matrix steps" value={state.matrixSteps} min={MATRIX_STEPS_RANGE.min} max={MATRIX_STEPS_RANGE.max} step={10} onChange={(matrixSteps) => update({ matrixSteps })} format={(v) => String(v)} />
      </div>
      {'error' in outcome && <DemoMessage kind="error">{outcome.error}</DemoMessage>}
      <DemoMessage kind="warning" list={diverged} testId="op-matrix-divergence" />
      <LineChart title="Loss per step on the 2 × 2 matrix problem" series={series} xLabel="step" yLabel="f(X) − f*" logY xDomain={[0, state.matrixSteps]} {...(yDomain === undefined ? {} : { yDomain })} testId="op-matrix-chart" />
      <table className="gd-readout" data-testid="op-matrix-readout">
        <caption className="gd-visually-hidden">Final loss, and the ratio and singular values of the first update, per optimizer</caption>
        <thead>
          <tr>
            <th scope="col">Optimizer</th>
            <th scope="col">Final loss</th>
            <th scope="col">First step σ₂/σ₁</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const final = r.losses[r.losses.length - 1];
            const ratio = r.firstUpdate === undefined || r.firstUpdate[0] === 0 ? undefined : r.firstUpdate[1] / r.firstUpdate[0];
            return (
              <tr key={r.id} data-optimizer={r.id} data-loss-final={final} data-sv-ratio={ratio}>
                <th scope="row">{MATRIX_LABELS[r.id]}</th>
                <td className="gd-num">{final === undefined ? '…' : formatNumber(final)}</td>
                <td className="gd-num">
                  {ratio === undefined || r.firstUpdate === undefined ? (
                    '…'
                  ) : (
                    <>
                      {formatNumber(ratio)}
                      <br />
                      <small>σ₁ {formatNumber(r.firstUpdate[0])}</small>
                      <br />
                      <small>σ₂ {formatNumber(r.firstUpdate[1])}</small>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="gd-hint">
        The last column is the point. Momentum SGD&apos;s first step keeps the gradient&apos;s lopsided shape (σ₂/σ₁ well below 1). Adam&apos;s first step
        is the learning rate times the sign of each entry; here every entry of the gradient has the same sign, so that step has rank one (σ₂ = 0). Muon&apos;s
        is close to 1. Steps of constant size also mean that Muon, like Lion, ends hovering at a distance set by its learning rate instead of settling; on
        this quadratic a well-tuned momentum SGD still wins in the end.
      </p>
    </>
  );
}
