/**
 * What a compression variant is: a function of the trained model and its data that returns the compressed weights,
 * the bytes they are stored in, a label and plain notes. The worker's compress job measures the result (accuracy,
 * sizes, histogram, boundary) the same way for every variant; compression-variants.ts lists them by kind.
 */
import type { DataSplit } from '../../data';
import type { JobControl } from '../../model/job-control';
import type { Mlp, MlpSpec, NamedWeights } from '../../model/mlp';
import type { PruningStructure } from '../pruning-training';
import type { QuantizationGranularity } from '../quantize';
import type { QuantizationScheme } from '../quantization-params';
import type { BlockFormat } from '../blocks/block-types';

/** The float formats a whole kernel can be rounded to (fp16 has its own kind, 'fp16'). */
export type KernelFloatFormat = 'bf16' | 'fp8-e4m3' | 'fp8-e5m2';
export const KERNEL_FLOAT_FORMATS: readonly KernelFloatFormat[] = ['bf16', 'fp8-e4m3', 'fp8-e5m2'];
export type W8A8Method = 'plain' | 'smoothquant' | 'llm-int8';
export const W8A8_METHODS: readonly W8A8Method[] = ['plain', 'smoothquant', 'llm-int8'];

export type CompressionSpec =
  | { kind: 'fp16' }
  | { kind: 'integer'; bits: number; granularity: QuantizationGranularity; scheme: QuantizationScheme }
  | { kind: 'prune'; sparsity: number; structure: PruningStructure; fineTuneSteps: number }
  | { kind: 'distill'; hidden: number[]; temperature: number; alpha: number; steps: number }
  | { kind: 'block'; format: BlockFormat; blockSize: number; doubleQuant: boolean }
  | { kind: 'float'; format: KernelFloatFormat }
  /** GPTQ or plain round-to-nearest with the same asymmetric per-group quantizer; groupSize -1 = per output channel. */
  | { kind: 'gptq'; method: 'gptq' | 'rtn'; bits: number; groupSize: number }
  /** int8 weights and activations; `outliers` scales a few hidden channels up (and the next kernel's rows down). */
  | { kind: 'w8a8'; method: W8A8Method; outliers: boolean }
  /** 2:4 semi-structured pruning, then optional fine-tuning with the mask fixed. */
  | { kind: 'sparse24'; fineTuneSteps: number };

export type CompressionKind = CompressionSpec['kind'];
export type SpecOf<K extends CompressionKind> = Extract<CompressionSpec, { kind: K }>;

export interface TensorNote {
  name: string;
  shape: number[];
  /** e.g. 'int8 symmetric per-channel (16 scales)', 'float16', 'kept float32: bias', '62% zeros'. */
  format: string;
}

export interface VariantInput {
  /** The trained model; a variant reads it and never changes it (it is kept for the next variant). */
  model: Mlp;
  /** Its weights, read once. */
  weights: readonly NamedWeights[];
  data: DataSplit;
  /** In the worker: a long variant (distillation) reports its steps here and stops when the job is cancelled. */
  control?: JobControl | undefined;
}

export interface VariantOutput {
  label: string;
  /** What to run: dequantized, rounded, pruned or student weights. */
  weights: NamedWeights[];
  /** Each tensor's stored bytes in this variant's format, in weight order (sizes are measured on these). */
  bytes: Uint8Array[];
  tensors: TensorNote[];
  /** Plain sentences on what was done and how it was measured. */
  notes: string[];
  /** Set when the weights belong to another architecture than the model's (a distilled student). */
  architecture?: MlpSpec;
  /** Stored bits per kernel weight (scales, zero points and indices included); default: 8 x kernel bytes / kernel values. */
  bitsPerWeight?: number;
  /**
   * A forward pass that replaces the float one (rows of inputs -> logits) when quantization changes activations too;
   * `weights` then only describes the stored kernels.
   */
  predict?: (x: Float32Array) => Float32Array;
  /** A row to compare with, same architecture and byte format (distillation: hard labels only). */
  baseline?: { label: string; weights: NamedWeights[] };
}

/** Quick variants return at once; long ones (distillation) are async so the worker can report progress and cancel. */
export type CompressionVariant<K extends CompressionKind> = (spec: SpecOf<K>, input: VariantInput) => VariantOutput | Promise<VariantOutput>;
/** A variant that always returns at once (callers and tests may use its output directly). */
export type QuickCompressionVariant<K extends CompressionKind> = (spec: SpecOf<K>, input: VariantInput) => VariantOutput;

/** Fine-tuning and student training: full-batch Adam at this learning rate. */
export const FINE_TUNE_LR = 0.01;
