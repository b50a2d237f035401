/**
 * The list of compression specs the lab's Pareto view and the formats bench run on one trained model: every
 * number format and method at settings a reader can change (GPTQ's group size, the outlier switch, 2:4 fine-tuning).
 * Distillation and magnitude pruning are left out (they trade other things than bits per weight).
 */
import { BLOCK_FORMATS } from './blocks/block-types';
import { DEFAULT_BLOCK_SIZES } from './quantize-blocks';
import { KERNEL_FLOAT_FORMATS, W8A8_METHODS, type CompressionSpec } from './variants/variant';

export interface FormatSweepOptions {
  /** GPTQ / RTN group size (-1 = per output unit). Default 32. */
  groupSize?: number;
  /** Whether the W8A8 rows use the outlier switch. Default false. */
  outliers?: boolean;
  /** Fine-tune steps of the fine-tuned 2:4 row. Default 100. */
  fineTuneSteps?: number;
}

export function formatSweepSpecs(options: FormatSweepOptions = {}): CompressionSpec[] {
  const groupSize = options.groupSize ?? 32;
  const outliers = options.outliers ?? false;
  const specs: CompressionSpec[] = [{ kind: 'fp16' }, ...KERNEL_FLOAT_FORMATS.map((format) => ({ kind: 'float' as const, format }))];
  for (const bits of [8, 4]) specs.push({ kind: 'integer', bits, granularity: 'per-channel', scheme: 'symmetric' });
  for (const format of BLOCK_FORMATS) {
    specs.push({ kind: 'block', format, blockSize: DEFAULT_BLOCK_SIZES[format] > 32 && (format === 'int8' || format === 'int4') ? 32 : DEFAULT_BLOCK_SIZES[format], doubleQuant: false });
    if (format === 'nf4') specs.push({ kind: 'block', format, blockSize: DEFAULT_BLOCK_SIZES.nf4, doubleQuant: true });
  }
  for (const bits of [4, 3]) for (const method of ['rtn', 'gptq'] as const) specs.push({ kind: 'gptq', method, bits, groupSize });
  for (const method of W8A8_METHODS) specs.push({ kind: 'w8a8', method, outliers });
  specs.push({ kind: 'sparse24', fineTuneSteps: 0 }, { kind: 'sparse24', fineTuneSteps: options.fineTuneSteps ?? 100 });
  return specs;
}

/** A stable key for a spec (same settings, same key), to match a run to its point. */
export function specKey(spec: CompressionSpec): string {
  return JSON.stringify(Object.entries(spec).sort(([a], [b]) => a.localeCompare(b)));
}
