/** The table of every variant the reader produced: size raw and gzip (bytes and ratio to float32) and validation accuracy. */
import { Fragment } from 'react';
import type { CompressedModel, CompressionResult } from '../../../src/core/index';
import type { Variant } from './use-compression';

const pct = (a: number | undefined): string => (a === undefined ? '–' : `${(100 * a).toFixed(1)}%`);
const ratio = (base: number, x: number): string => `${(base / Math.max(1, x)).toFixed(2)}x`;

function Row({ m, base, testId }: { m: Pick<CompressedModel, 'label' | 'size' | 'accuracy'>; base: CompressionResult['original']; testId?: string }) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{m.label}</th>
      <td className="gd-num">{m.size.raw}</td>
      <td className="gd-num">{ratio(base.size.raw, m.size.raw)}</td>
      <td className="gd-num">{m.size.compressed}</td>
      <td className="gd-num">{ratio(base.size.raw, m.size.compressed)}</td>
      <td className="gd-num" data-accuracy={m.accuracy ?? ''}>{pct(m.accuracy)}</td>
    </tr>
  );
}

export function ResultsTable({ variants }: { variants: readonly Variant[] }) {
  const first = variants[variants.length - 1];
  if (first === undefined) return null;
  const base = first.result.original;
  return (
    <div className="gd-readout cl-table-wrap">
      <table data-testid="cl-results">
        <caption className="gd-hint">Sizes in bytes of the weights as stored (no file headers); ratios are float32 raw bytes divided by each size. Accuracy on the validation points.</caption>
        <thead>
          <tr>
            <th scope="col">model</th>
            <th scope="col">raw bytes</th>
            <th scope="col">raw ratio</th>
            <th scope="col">gzip bytes</th>
            <th scope="col">gzip ratio</th>
            <th scope="col">val. accuracy</th>
          </tr>
        </thead>
        <tbody>
          <Row m={{ label: 'original float32', size: base.size, accuracy: base.accuracy }} base={base} testId="cl-row-original" />
          {variants.map((v) => (
            <Fragment key={v.key}>
              <Row m={v.result.variant} base={base} testId="cl-row-variant" />
              {v.result.baseline !== undefined && <Row m={v.result.baseline} base={base} testId="cl-row-baseline" />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
