/**
 * The compression lab's state table: URL schema (keys cl.*, short keys mapped to full names), defaults from the
 * entry's parsed `mode` prop, and the checks that turn out-of-range settings into messages (sparsity 100%, 1-bit).
 * Pure; tested in tests/components/demos/CompressionLab/state.test.ts.
 */
import type { CompressionSpec } from '../../../src/core/index';
import { QUANT_BITS, type DatasetName } from '../../../src/core/plain';
import { urlIntList } from '../shared/url-int-list';
import { urlBoolean, urlEnum, urlField, urlNumber, urlObject, type UrlState } from '../shared/url-state';
import type { CompressionMode } from './limits';
import { COMPRESSION_MODES } from './limits';

export const MAX_SPARSITY = 0.95;
/** The classification data sets of the core (src/core/data.ts) the teacher trains on. */
export const CLASSIFICATION_DATASETS = ['moons', 'circles', 'xor', 'spiral'] as const satisfies readonly DatasetName[];
export const QUANT_FORMATS = ['fp16', 'int8', 'int4', 'custom', 'bf16', 'fp8-e4m3', 'fp8-e5m2', 'int8-blocks', 'int4-blocks', 'nf4', 'mxfp4', 'mxfp8-e4m3', 'nvfp4', 'gptq', 'w8a8'] as const;
export type QuantFormat = (typeof QUANT_FORMATS)[number];
/** Block sizes a reader may pick for int blocks and NF4; MX blocks are 32 and NVFP4 blocks 16 by their specifications. */
export const BLOCK_SIZES = [16, 32, 64, 128] as const;
export const FIXED_BLOCK_SIZES: Partial<Record<QuantFormat, number>> = { mxfp4: 32, 'mxfp8-e4m3': 32, nvfp4: 16 };
/** GPTQ / RTN groups of inputs; the lab's hidden layers have 32 inputs, so 32 is one group per output unit. */
export const GROUP_SIZES = [8, 16, 32] as const;
export const W8A8_CHOICES = ['plain', 'smoothquant', 'llm-int8'] as const;
export const PRUNE_STRUCTURES = ['unstructured', 'neurons', 'two-four'] as const;
export type { CompressionMode };

export const CompressionLabStateSchema = urlObject({
  mode: urlEnum(COMPRESSION_MODES),
  dataset: urlField('ds', urlEnum(CLASSIFICATION_DATASETS)),
  /** Quantization format; 'custom' uses `bits`. */
  format: urlField('q', urlEnum(QUANT_FORMATS)),
  /** Code width for 'custom' (2-16; other values are clamped with a message). */
  bits: urlNumber({ integer: true, min: 0, max: 64 }),
  granularity: urlField('gran', urlEnum(['per-tensor', 'per-channel'] as const)),
  scheme: urlField('sym', urlEnum(['symmetric', 'asymmetric'] as const)),
  /** Sparsity as a fraction; above 0.95 is clamped with a message. */
  sparsity: urlField('sp', urlNumber({ min: 0, max: 1 })),
  structure: urlField('struct', urlEnum(PRUNE_STRUCTURES)),
  /** Values per block for the block formats (int blocks, NF4). */
  blockSize: urlField('bs', urlNumber({ integer: true, min: 1, max: 4096 })),
  /** NF4 only: QLoRA's double quantization of the scales. */
  doubleQuant: urlField('dq', urlBoolean()),
  gptqMethod: urlField('gm', urlEnum(['gptq', 'rtn'] as const)),
  gptqBits: urlField('gb', urlEnum(['3', '4'] as const)),
  groupSize: urlField('gs', urlNumber({ integer: true, min: 1, max: 4096 })),
  w8a8: urlField('wm', urlEnum(W8A8_CHOICES)),
  /** The outlier switch: a few huge hidden channels (same float model). */
  outliers: urlField('out', urlBoolean()),
  /** Fine-tune steps after pruning (0 = one-shot). */
  fineTuneSteps: urlField('ft', urlNumber({ integer: true, min: 0, max: 1000 })),
  /** Student hidden widths. */
  studentHidden: urlField('sh', urlIntList({ min: 1, max: 32, maxLength: 3 })),
  temperature: urlField('temp', urlNumber({ min: 0.5, max: 20 })),
  alpha: urlNumber({ min: 0, max: 1 }),
  distillSteps: urlField('dsteps', urlNumber({ integer: true, min: 10, max: 2000 })),
});
export type CompressionLabState = UrlState<typeof CompressionLabStateSchema.shape>;

export function defaultState(mode: CompressionMode): CompressionLabState {
  return { mode, dataset: 'moons', format: 'int8', bits: 8, granularity: 'per-channel', scheme: 'symmetric', sparsity: 0.5, structure: 'unstructured', blockSize: 32, doubleQuant: false, gptqMethod: 'gptq', gptqBits: '4', groupSize: 16, w8a8: 'plain', outliers: false, fineTuneSteps: 0, studentHidden: [4], temperature: 4, alpha: 0.7, distillSteps: 300 };
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
    if (s.format === 'fp16') return { spec: { kind: 'fp16' }, messages };
    const newer = newFormatSpec(s, messages);
    if (newer !== undefined) return { spec: newer, messages };
    let bits = s.format === 'int8' ? 8 : s.format === 'int4' ? 4 : s.bits;
    if (bits < QUANT_BITS.min || bits > QUANT_BITS.max) {
      const clamped = Math.min(QUANT_BITS.max, Math.max(QUANT_BITS.min, bits));
      messages.push(`${bits}-bit codes are not supported: bits must be ${QUANT_BITS.min}-${QUANT_BITS.max} (1 bit cannot hold a zero point and two signs); using ${clamped} bits.`);
      bits = clamped;
    }
    return { spec: { kind: 'integer', bits, granularity: s.granularity, scheme: s.scheme }, messages };
  }
  if (s.mode === 'prune') {
    if (s.structure === 'two-four') return { spec: { kind: 'sparse24', fineTuneSteps: s.fineTuneSteps }, messages };
    let sparsity = s.sparsity;
    if (sparsity > MAX_SPARSITY) {
      messages.push(`sparsity ${Math.round(sparsity * 100)}% would remove ${sparsity >= 1 ? 'every weight' : 'almost every weight'}: the maximum here is ${MAX_SPARSITY * 100}%, so using ${MAX_SPARSITY * 100}%.`);
      sparsity = MAX_SPARSITY;
    }
    return { spec: { kind: 'prune', sparsity, structure: s.structure, fineTuneSteps: s.fineTuneSteps }, messages };
  }
  const hidden = s.studentHidden.length === 0 ? [4] : s.studentHidden;
  if (s.studentHidden.length === 0) messages.push('A student needs at least one hidden layer: using 4 units.');
  return { spec: { kind: 'distill', hidden, temperature: s.temperature, alpha: s.alpha, steps: s.distillSteps }, messages };
}

/** The spec of the block, float, GPTQ and W8A8 formats (undefined for the integer ones above), with messages for clamped values. */
function newFormatSpec(s: CompressionLabState, messages: string[]): CompressionSpec | undefined {
  const f = s.format;
  if (f === 'bf16' || f === 'fp8-e4m3' || f === 'fp8-e5m2') return { kind: 'float', format: f };
  if (f === 'gptq') {
    let groupSize = s.groupSize;
    if (!(GROUP_SIZES as readonly number[]).includes(groupSize)) {
      messages.push(`group size ${groupSize} is not offered: allowed ${GROUP_SIZES.join(', ')}; using 16.`);
      groupSize = 16;
    }
    return { kind: 'gptq', method: s.gptqMethod, bits: Number(s.gptqBits), groupSize };
  }
  if (f === 'w8a8') return { kind: 'w8a8', method: s.w8a8, outliers: s.outliers };
  if (f === 'int8-blocks' || f === 'int4-blocks' || f === 'nf4' || f === 'mxfp4' || f === 'mxfp8-e4m3' || f === 'nvfp4') {
    const format = f === 'int8-blocks' ? 'int8' : f === 'int4-blocks' ? 'int4' : f;
    let blockSize = FIXED_BLOCK_SIZES[f] ?? s.blockSize;
    if (FIXED_BLOCK_SIZES[f] === undefined && !(BLOCK_SIZES as readonly number[]).includes(blockSize)) {
      messages.push(`block size ${blockSize} is not offered: allowed ${BLOCK_SIZES.join(', ')}; using 32.`);
      blockSize = 32;
    }
    return { kind: 'block', format, blockSize, doubleQuant: f === 'nf4' && s.doubleQuant };
  }
  return undefined;
}
