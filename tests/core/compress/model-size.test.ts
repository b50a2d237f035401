import { describe, expect, it } from 'vitest';
import type { NamedWeights } from '../../../src/core/model/mlp';
import { modelSizeTable } from '../../../src/core/compress/model-size';
import { randomTensor } from './helpers';

/** Weights shaped like an MLP with the given layer sizes (Gaussian kernels, zero biases). */
function weightsFor(sizes: number[]): NamedWeights[] {
  return sizes.slice(1).flatMap((units, i) => [
    { name: `dense${i}/kernel`, shape: [sizes[i]!, units], values: randomTensor(sizes[i]! * units, `size-${i}`, 0.1) },
    { name: `dense${i}/bias`, shape: [units], values: new Float32Array(units) },
  ]);
}

describe('modelSizeTable', () => {
  it('counts the exact stored bytes of a 2-256-256-2 MLP in every form', async () => {
    const rows = await modelSizeTable(weightsFor([2, 256, 256, 2]));
    const raw = Object.fromEntries(rows.map((r) => [r.format, r.raw]));
    const kernels = 2 * 256 + 256 * 256 + 256 * 2;
    const biases = 256 + 256 + 2;
    const channels = 256 + 256 + 2;
    expect(raw).toEqual({
      fp32: 4 * (kernels + biases),
      fp16: 2 * kernels + 4 * biases,
      'int8 per-channel': kernels + 4 * channels + 4 * biases,
      'int4 per-channel (packed)': kernels / 2 + 4 * channels + 4 * biases,
      'pruned 50%, dense fp32': 4 * (kernels + biases),
      // every kernel has 257 to 65536 elements, so each kept value carries a 2-byte index
      'pruned 50%, sparse (values + indices)': (kernels / 2) * (4 + 2) + 4 * biases,
      'pruned 50% + int8': kernels + 4 * channels + 4 * biases,
    });
  });

  it('shows pruning saves bytes only after compression, as the tfmot guide says', async () => {
    const rows = await modelSizeTable(weightsFor([2, 256, 256, 2]));
    const by = (f: string) => rows.find((r) => r.format === f)!;
    expect(by('pruned 50%, dense fp32').raw).toBe(by('fp32').raw);
    expect(by('pruned 50%, dense fp32').compressed).toBeLessThan(0.7 * by('fp32').compressed);
    expect(by('int4 per-channel (packed)').ratio).toBeGreaterThan(7);
    // below 4x: 514 float32 scales and the float32 biases ride along
    expect(by('int8 per-channel').ratio).toBeGreaterThan(3.7);
  });

  it('shrinks a toy 2-16-16-1 model by less than 4x at int8 because of per-channel scales and float biases', async () => {
    const rows = await modelSizeTable(weightsFor([2, 16, 16, 1]));
    const int8 = rows.find((r) => r.format === 'int8 per-channel')!;
    expect(int8.ratio).toBeLessThan(3);
  });

  it('rejects sparsity 1', async () => {
    await expect(modelSizeTable([], { sparsity: 1 })).rejects.toThrow('sparsity must be a number in [0, 1) (got 1) in modelSizeTable()');
  });
});
