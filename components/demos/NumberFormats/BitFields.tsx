/**
 * The typed number's bit pattern as boxes, grouped and labelled sign / exponent / mantissa (each group has its own
 * colour AND its name and decoded meaning in text), then what it became: the value, the outcome sentence and the
 * relative and absolute error. Renders nothing wrong for NaN or a missing pattern: it says so.
 */
import type { FloatFormatName } from '../../../src/core/plain';
import { formatNumber } from '../../charts/scales';
import { outcomeText, type BitReadout } from './bit-fields';

/** Full precision for the stored value (fp16 0.0999755859375 must not print as 0.1). */
export function exactText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+∞' : '-∞';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function Group({ name, bits, meaning, kind }: { name: string; bits: string; meaning: string; kind: string }) {
  return (
    <div className={`nf-group nf-${kind}`} data-testid={`nf-bits-${kind}`} data-bits={bits}>
      <span className="nf-group-name">{name}</span>
      <span className="nf-boxes" aria-hidden="true">
        {[...bits].map((b, i) => (
          <span key={i} className="nf-bit">
            {b}
          </span>
        ))}
      </span>
      <span className="nf-group-meaning">{meaning}</span>
    </div>
  );
}

export function BitFields({ input, readout, format }: { input: number; readout: BitReadout; format: FloatFormatName }) {
  const { bits } = readout;
  const summary = bits === undefined ? `no ${format} bit pattern` : `sign ${bits.sign}, exponent ${bits.exponent}, mantissa ${bits.mantissa}`;
  return (
    <div className="nf-bitview">
      {bits === undefined ? (
        <p className="gd-readout" data-testid="nf-bits-none">
          {format} has no bit pattern for this result.
        </p>
      ) : (
        <div className="nf-bits" role="group" aria-label={`Bits of ${exactText(input)} in ${format}: ${summary}`} data-testid="nf-bits">
          <Group name="sign" kind="sign" bits={bits.sign} meaning={bits.sign === '1' ? 'negative' : 'positive'} />
          <Group name="exponent" kind="exponent" bits={bits.exponent} meaning={readout.exponentMeaning} />
          <Group name="mantissa" kind="mantissa" bits={bits.mantissa} meaning={readout.subnormal ? `0.${bits.mantissa} in binary` : `1.${bits.mantissa} in binary`} />
        </div>
      )}
      <dl className="nf-result gd-readout" data-testid="nf-result" data-value={String(readout.rounded)} data-outcome={readout.outcome} data-relative-error={readout.relativeError ?? ''}>
        <div>
          <dt>Stored value</dt>
          <dd data-testid="nf-value">{exactText(readout.rounded)}</dd>
        </div>
        <div>
          <dt>Relative error</dt>
          <dd data-testid="nf-relative-error">{readout.relativeError === undefined ? 'not defined' : formatNumber(readout.relativeError)}</dd>
        </div>
        <div>
          <dt>Absolute error</dt>
          <dd>{readout.absoluteError === undefined ? 'not defined' : formatNumber(readout.absoluteError)}</dd>
        </div>
      </dl>
      <p className="gd-hint" data-testid="nf-outcome" aria-live="polite">
        {outcomeText(readout, format)}
      </p>
    </div>
  );
}
