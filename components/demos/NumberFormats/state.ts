/**
 * The number-format explorer's state (URL keys nf.*, short keys mapped to full names) and its defaults from the
 * entry's parsed props. The typed number stays text in the URL, exactly as typed, so an invalid draft round-trips
 * with its message rather than turning into a default. Pure; tested in tests/components/demos/NumberFormats/.
 */
import { FLOAT_FORMAT_NAMES } from '../../../src/core/plain';
import { urlBoolean, urlEnum, urlField, urlNumber, urlObject, urlText, type UrlState } from '../shared/url-state';
import { MAX_INPUT_LENGTH, OUTLIER_RANGE, SEED_RANGE, STD_RANGE } from './limits';
import type { NumberFormatsProps } from './manifest';
import { ERROR_KINDS, TENSOR_FORMATS } from './weight-errors';

export const NumberFormatsStateSchema = urlObject({
  /** The format whose values, bits and rounding are shown. */
  format: urlField('f', urlEnum(FLOAT_FORMAT_NAMES)),
  /** The typed number, as typed ("0.1", "1e-3", "inf"). */
  input: urlField('x', urlText(MAX_INPUT_LENGTH)),
  /** Overflow to +-max (true) or to +-Infinity / NaN (false). */
  saturate: urlField('sat', urlBoolean()),
  /** The generated weights' standard deviation and the outlier as a multiple of it (0 = none). */
  std: urlNumber(STD_RANGE),
  outlier: urlField('out', urlNumber(OUTLIER_RANGE)),
  seed: urlNumber({ integer: true, ...SEED_RANGE }),
  /** The format whose error histogram is drawn, and whether errors are relative or absolute. */
  tensorFormat: urlField('tf', urlEnum(TENSOR_FORMATS)),
  errorKind: urlField('err', urlEnum(ERROR_KINDS)),
});

export type NumberFormatsState = UrlState<typeof NumberFormatsStateSchema.shape>;

export function defaultState(props: NumberFormatsProps): NumberFormatsState {
  return {
    format: props.format,
    input: String(props.value),
    saturate: true,
    std: 0.02,
    outlier: 0,
    seed: 1,
    tensorFormat: props.format,
    errorKind: 'relative',
  };
}
