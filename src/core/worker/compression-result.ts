/** What the compress job reports for one variant: the original and compressed rows, histograms and notes. */
import type { SizePair } from '../compress/compressed-size';
import type { CompressionSpec, TensorNote } from '../compress/variants/variant';
import type { WeightHistogram } from './weight-histogram';

export interface CompressedModel {
  label: string;
  /** Validation accuracy in [0, 1] (undefined for regression) and loss. */
  accuracy: number | undefined;
  loss: number;
  size: SizePair;
  /** Stored bits per kernel weight (scales, zero points and indices included; float32 = 32). */
  bitsPerWeight: number;
  parameters: number;
  field: Float32Array | undefined;
}

export interface CompressionResult {
  original: Omit<CompressedModel, 'field' | 'label'>;
  variant: CompressedModel;
  /** Distillation only: a student of the same size trained on hard labels only (alpha 0), same seed and steps. */
  baseline: CompressedModel | undefined;
  histogram: WeightHistogram;
  tensors: TensorNote[];
  /** Plain sentences on what was measured and how (units, simulated inference). */
  notes: string[];
}

/** One point of the lab's Pareto view (compress-pareto). */
export interface ParetoPoint {
  /** specKey of the spec. */
  key: string;
  spec: CompressionSpec;
  label: string;
  bitsPerWeight: number;
  raw: number;
  gzip: number;
  accuracy: number | undefined;
}
