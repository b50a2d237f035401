/** Range against precision, side by side: the numbers behind "E4M3 for weights and activations, E5M2 for gradients". */
import { formatNumber } from '../../charts/scales';
import type { FloatFormatName } from '../../../src/core/plain';
import { formatLimit, powerOfTwo, rangeRows } from './range-table';

function Power({ value }: { value: number }) {
  const e = powerOfTwo(value);
  if (e === undefined) return <>{formatNumber(value)}</>;
  return (
    <>
      2<sup>{e}</sup> ≈ {formatNumber(value)}
    </>
  );
}

export function RangeTable({ current }: { current: FloatFormatName }) {
  return (
    <div className="nf-table-wrap" role="region" aria-label="Range and precision of each format" tabIndex={0} data-testid="nf-range-region">
      <table className="gd-readout" data-testid="nf-range-table">
        <caption className="gd-visually-hidden">Range and precision of each format</caption>
        <thead>
          <tr>
            <th scope="col">format</th>
            <th scope="col">sign + exp. + mant.</th>
            <th scope="col">max</th>
            <th scope="col">min normal</th>
            <th scope="col">min subnormal</th>
            <th scope="col">decimal digits</th>
            <th scope="col">relative step</th>
            <th scope="col">binades</th>
          </tr>
        </thead>
        <tbody>
          {rangeRows().map((r) => (
            <tr key={r.format} data-testid={`nf-range-row-${r.format}`} className={r.format === current ? 'nf-current' : undefined}>
              <th scope="row">{r.format}</th>
              <td className="gd-num">{r.layout}</td>
              <td className="gd-num">{formatLimit(r.max)}</td>
              <td className="gd-num">
                <Power value={r.minNormal} />
              </td>
              <td className="gd-num">
                <Power value={r.minSubnormal} />
              </td>
              <td className="gd-num">{r.decimalDigits.toFixed(2)}</td>
              <td className="gd-num">{formatNumber(r.relativeStep)}</td>
              <td className="gd-num">{r.binades.toFixed(0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
