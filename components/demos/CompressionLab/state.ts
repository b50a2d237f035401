/**
 * The compression lab's state table: URL schema (keys cl.*), defaults from the MDX `mode` prop, and the checks
 * that turn out-of-range settings into messages (sparsity 100%, 1-bit). Pure; tested in
 * tests/components/demos/compression-lab/state.test.ts.
 */
import { z } from 'zod';
import type { CompressionSpec } from '../../../src/core/index';
import { QUANT_BITS } from '../../../src/core/plain';
import { COMPRESSION_MODES } from '../../mdx/demo-props';
import { urlEnum, urlNumber } from '../shared/url-state';
import { urlIntList } from '../TrainingPlayground/url-int-list';

export const URL_PREFIX = 'cl';
export const MAX_SPARSITY = 0.95;
export const CLASSIFICATION_DATASETS = ['moons', 'circles', 'xor', 'spiral'] as const;
export const QUANT_FORMATS = ['fp16', 'int8', 'int4', 'custom'] as const;
export type CompressionMode = (typeof COMPRESSION_MODES)[number];

export const CompressionLabStateSchema = z.object({
  mode: urlEnum(COMPRESSION_MODES),
  ds: urlEnum(CLASSIFICATION_DATASETS),
  /** Quantization format; 'custom' uses `bits`. */
  q: urlEnum(QUANT_FORMATS),
  /** Code width for 'custom' (2-16; other values are clamped with a message). */
  bits: urlNumber({ integer: true, min: 0, max: 64 }),
  gran: urlEnum(['per-tensor', 'per-channel'] as const),
  sym: urlEnum(['symmetric', 'asymmetric'] as const),
  /** Sparsity as a fraction; above 0.95 is clamped with a message. */
  sp: urlNumber({ min: 0, max: 1 }),
  struct: urlEnum(['unstructured', 'neurons'] as const),
  /** Fine-tune steps after pruning (0 = one-shot). */
  ft: urlNumber({ integer: true, min: 0, max: 1000 }),
  /** Student hidden widths. */
  sh: urlIntList({ min: 1, max: 32, maxLength: 3 }),
  temp: urlNumber({ min: 0.5, max: 20 }),
  alpha: urlNumber({ min: 0, max: 1 }),
  dsteps: urlNumber({ integer: true, min: 10, max: 2000 }),
});
export type CompressionLabState = z.output<typeof CompressionLabStateSchema>;

export const CompressionLabPropsSchema = z.object({ mode: z.enum(COMPRESSION_MODES).default('quantize') });
export type CompressionLabProps = z.input<typeof CompressionLabPropsSchema>;

export function parseCompressionLabProps(props: unknown): z.output<typeof CompressionLabPropsSchema> {
  const result = CompressionLabPropsSchema.safeParse(props);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`<CompressionLab>: prop "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
}

export function defaultState(mode: CompressionMode): CompressionLabState {
  return { mode, ds: 'moons', q: 'int8', bits: 8, gran: 'per-channel', sym: 'symmetric', sp: 0.5, struct: 'unstructured', ft: 0, sh: [4], temp: 4, alpha: 0.7, dsteps: 300 };
}

/** The action button says what it does, so its accessible name differs from its tab's ("Quantize"). */
export const ACTION_LABELS: Record<CompressionMode, string> = { quantize: 'Quantize the model', prune: 'Prune the model', distill: 'Distill a student' };

/** The data-set field's label: changing the data set retrains the model every variant starts from, which only the
 *  Distill tab calls the teacher. */
export const DATASET_LABELS: Record<CompressionMode, string> = {
  quantize: 'Data set (the original model retrains)',
  prune: 'Data set (the original model retrains)',
  distill: 'Data set (the teacher retrains)',
};

/** The teacher every variant starts from: trained once per data set. */
export const TEACHER = { hidden: [32, 32], epochs: 150, lr: 0.01, points: 300, noise: 0.2, seed: 1 } as const;

/** The request spec for the current tab, plus messages for clamped values (pure). */
export function compressionSpec(s: CompressionLabState): { spec: CompressionSpec; messages: string[] } {
  const messages: string[] = [];
  if (s.mode === 'quantize') {
    if (s.q === 'fp16') return { spec: { kind: 'fp16' }, messages };
    let bits = s.q === 'int8' ? 8 : s.q === 'int4' ? 4 : s.bits;
    if (bits < QUANT_BITS.min || bits > QUANT_BITS.max) {
      const clamped = Math.min(QUANT_BITS.max, Math.max(QUANT_BITS.min, bits));
      messages.push(`${bits}-bit codes are not supported: bits must be ${QUANT_BITS.min}-${QUANT_BITS.max} (1 bit cannot hold a zero point and two signs); using ${clamped} bits.`);
      bits = clamped;
    }
    return { spec: { kind: 'integer', bits, granularity: s.gran, scheme: s.sym }, messages };
  }
  if (s.mode === 'prune') {
    let sparsity = s.sp;
    if (sparsity > MAX_SPARSITY) {
      messages.push(`sparsity ${Math.round(sparsity * 100)}% would remove ${sparsity >= 1 ? 'every weight' : 'almost every weight'}: the maximum here is ${MAX_SPARSITY * 100}%, so using ${MAX_SPARSITY * 100}%.`);
      sparsity = MAX_SPARSITY;
    }
    return { spec: { kind: 'prune', sparsity, structure: s.struct, fineTuneSteps: s.ft }, messages };
  }
  const hidden = s.sh.length === 0 ? [4] : s.sh;
  if (s.sh.length === 0) messages.push('A student needs at least one hidden layer: using 4 units.');
  return { spec: { kind: 'distill', hidden, temperature: s.temp, alpha: s.alpha, steps: s.dsteps }, messages };
}
