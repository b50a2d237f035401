/**
 * The table of every variant the reader produced: size raw and gzip (bytes and ratio to float32) and validation accuracy.
 * Numbers never wrap and headers wrap only at spaces, so on a narrow screen the table scrolls sideways inside its own
 * focusable region (keyboard users can scroll it with the arrow keys) instead of breaking "4740" into "474 / 0".
 */
import { Fragment, useId } from 'react';
import type { CompressedModel, CompressionResult } from '../../../src/core/index';
import type { Variant } from './use-compression';

const pct = (a: number | undefined): string => (a === undefined ? '–' : `${(100 * a).toFixed(1)}%`);
/** Three significant digits ("4.39x", "69.7x"): a fourth digit adds width, not information. */
export function ratio(base: number, x: number): string {
  const r = base / Math.max(1, x);
  return `${r.toFixed(r >= 10 ? 1 : 2)}x`;
}

/** A label that may wrap only at its spaces: each word is unbreakable (no "per- / channel"); the text is unchanged. */
function Words({ text }: { text: string }) {
  const words = text.split(' ');
  return words.map((w, i) => (
    <Fragment key={i}>
      <span className="cl-word">{w}</span>
      {i < words.length - 1 && ' '}
    </Fragment>
  ));
}

function Row({ m, base, testId }: { m: Pick<CompressedModel, 'label' | 'size' | 'accuracy'>; base: CompressionResult['original']; testId?: string }) {
  return (
    <tr data-testid={testId}>
      <th scope="row">
        <Words text={m.label} />
      </th>
      <td className="gd-num">{m.size.raw}</td>
      <td className="gd-num">{ratio(base.size.raw, m.size.raw)}</td>
      <td className="gd-num">{m.size.compressed}</td>
      <td className="gd-num">{ratio(base.size.raw, m.size.compressed)}</td>
      <td className="gd-num" data-accuracy={m.accuracy ?? ''}>{pct(m.accuracy)}</td>
    </tr>
  );
}

export function ResultsTable({ variants }: { variants: readonly Variant[] }) {
  const noteId = useId();
  const first = variants[variants.length - 1];
  if (first === undefined) return null;
  const base = first.result.original;
  return (
    <div className="cl-results">
      <div className="gd-readout cl-table-wrap" role="region" aria-label="Size and accuracy of each model" tabIndex={0} data-testid="cl-results-region">
        <table data-testid="cl-results" aria-describedby={noteId}>
          <caption className="gd-visually-hidden">Size and accuracy of each model</caption>
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
      {/* Outside the scroll region, so the note stays readable without scrolling sideways. */}
      <p id={noteId} className="gd-hint cl-table-note">Sizes in bytes of the weights as stored (no file headers); ratios are float32 raw bytes divided by each size. Accuracy on the validation points.</p>
    </div>
  );
}
