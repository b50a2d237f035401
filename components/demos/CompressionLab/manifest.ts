/**
 * The compression lab's manifest: `<CompressionLab mode="quantize" />`. The prop is checked here once (at build time,
 * by Embed.astro); the island receives its parsed output.
 */
import { z } from 'zod';
import { defineDemo } from '../shared/demo-manifest';
import { urlEnum } from '../shared/url-state';
import { URL_PREFIX, COMPRESSION_MODES, type CompressionMode } from './limits';

const props = z.object({ mode: z._default(urlEnum(COMPRESSION_MODES), 'quantize') }).strict();
export type CompressionLabProps = z.output<typeof props>;

const WHAT: Readonly<Record<CompressionMode, string>> = { quantize: 'quantize its weights (float16, int8, int4)', prune: 'prune its smallest weights', distill: 'distill it into a smaller student' };

export const compressionLab = defineDemo({
  id: 'compression-lab',
  tag: 'CompressionLab',
  title: 'Compression lab',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 1640, medium: 1180, wide: 865 },
  describe: ({ mode }) => `Train a small model, then ${WHAT[mode]}, and compare decision boundaries, weight histograms, size (raw and gzip) and validation accuracy before and after.`,
});
