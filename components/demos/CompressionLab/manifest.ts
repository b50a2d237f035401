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

const WHAT: Readonly<Record<CompressionMode, string>> = {
  quantize: 'quantize its weights (float16, bfloat16, FP8 E4M3/E5M2, int8, int4, int8/int4 per block, NF4 with or without double quantization, MXFP4, MXFP8, NVFP4, GPTQ vs round-to-nearest at int3/int4, W8A8 plain, SmoothQuant or LLM.int8() with an outlier switch)',
  prune: 'prune its smallest weights (unstructured, whole neurons or 2:4 semi-structured, with or without fine-tuning)',
  distill: 'distill it into a smaller student',
};

export const compressionLab = defineDemo({
  id: 'compression-lab',
  tag: 'CompressionLab',
  title: 'Compression lab',
  urlPrefix: URL_PREFIX,
  props,
  reservedHeight: { narrow: 1950, medium: 1450, wide: 1120 },
  describe: ({ mode }) => `Train a small model, then ${WHAT[mode]}, and compare decision boundaries, weight histograms, size (raw and gzip) and validation accuracy before and after${mode === 'distill' ? '' : ', with a Pareto view of bits per weight against accuracy for every format (speed-ups are not measurable in a browser)'}.`,
});
