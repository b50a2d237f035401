/**
 * Mean and max rounding error and bits per weight of the generated tensor under every format, the histogram's format
 * marked. Scrolls sideways inside its own labelled, focusable region on narrow screens (arrow keys scroll it).
 */
import { useId } from 'react';
import { formatNumber } from '../../charts/scales';
import type { FormatError, TensorFormat } from './weight-errors';

const bits = (b: number): string => String(Number(b.toFixed(3)));

export function ErrorTable({ rows, current }: { rows: readonly FormatError[]; current: TensorFormat }) {
  const noteId = useId();
  return (
    <div className="nf-table">
      <div className="nf-table-wrap" role="region" aria-label="Rounding error of the weights per format" tabIndex={0} data-testid="nf-error-region">
        <table className="gd-readout" data-testid="nf-error-table" aria-describedby={noteId}>
          <caption className="gd-visually-hidden">Rounding error of the weights per format</caption>
          <thead>
            <tr>
              <th scope="col">format</th>
              <th scope="col">bits / weight</th>
              <th scope="col">mean abs. error</th>
              <th scope="col">max abs. error</th>
              <th scope="col">mean rel. error</th>
              <th scope="col">flushed to 0</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.format} data-testid={`nf-error-row-${r.format}`} data-bits={r.bitsPerWeight} data-mean-absolute={r.meanAbsolute} data-max-absolute={r.maxAbsolute} data-mean-relative={r.meanRelative} className={r.format === current ? 'nf-current' : undefined}>
                <th scope="row">
                  {r.format}
                  {r.format === current && <span className="gd-visually-hidden"> (shown in the histogram)</span>}
                </th>
                <td className="gd-num">{bits(r.bitsPerWeight)}</td>
                <td className="gd-num">{formatNumber(r.meanAbsolute)}</td>
                <td className="gd-num">{formatNumber(r.maxAbsolute)}</td>
                <td className="gd-num">{formatNumber(r.meanRelative)}</td>
                <td className="gd-num">{r.flushedToZero}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={noteId} className="gd-hint">
        The float formats are plain casts with no scale, so weights much smaller than 1 land among the subnormals or on zero; the block formats
        store a scale per block (int8/int4 per 128 with a zero point, NF4 per 64, MX per 32, NVFP4 per 16 plus a tensor scale), counted in
        their bits per weight. The bold row is drawn above.
      </p>
    </div>
  );
}
