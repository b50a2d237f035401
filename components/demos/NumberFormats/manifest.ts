/**
 * The number-format explorer's manifest: `<NumberFormats format="fp8-e4m3" value={0.1} />`. The props are checked
 * here once (at build time, by Embed.astro); the island receives their parsed output.
 */
import { z } from 'zod';
import { FLOAT_FORMAT_NAMES } from '../../../src/core/plain';
import { defineDemo } from '../shared/demo-manifest';
import { urlEnum } from '../shared/url-state';
import { URL_PREFIX } from './limits';

const props = z
  .object({
    /** The format the explorer opens on. */
    format: z._default(urlEnum(FLOAT_FORMAT_NAMES), 'fp8-e4m3'),
    /** The number typed in at first. */
    value: z.number().default(0.1), // zod 4 numbers reject NaN and infinities by themselves
  })
  .strict();
export type NumberFormatsProps = z.output<typeof props>;

export const numberFormats = defineDemo({
  id: 'number-formats',
  tag: 'NumberFormats',
  title: 'Number-format explorer',
  urlPrefix: URL_PREFIX,
  props,
  // Loaded heights on its four entries (Dec 2026): 2202 at 320 px, 2119 at 360, 1915 at 412, 1730 at 1024 (768 and
  // 1280: 1713); plus about 60 px for a URL warning or an input error.
  reservedHeight: { narrow: 2260, medium: 1980, wide: 1790 },
  describe: ({ format, value }) =>
    `Explore low-precision number formats (fp16, bf16, FP8 E4M3 and E5M2, FP4 E2M1): each format's representable values on a log axis with the subnormal and overflow regions, the bits (sign, exponent, mantissa) of a typed number and the value it rounds to, the rounding error of a normally distributed weight tensor under every float and block format (int8, int4, NF4, MXFP4, MXFP8, NVFP4), and a range-versus-precision table. It opens on ${format} with the number ${value}.`,
});
