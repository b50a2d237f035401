import { describe, expect, it } from 'vitest';
import { formatSweepSpecs, specKey } from '../../../../src/core/compress/format-sweep';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { WorkerResponse } from '../../../../src/core/worker/protocol';

describe("the compress-pareto request behind the lab's Pareto view", () => {
  it('streams one point per spec after the float32 original, each with bits per weight, bytes and accuracy', async () => {
    const replies: WorkerResponse[] = [];
    const handle = createWorkerHandler((m) => replies.push(m));
    await handle({ type: 'init-backend', id: 1, options: { preferred: 'cpu' } });
    await handle({ type: 'train', id: 2, model: { layerSizes: [2, 8, 8, 1], activation: 'tanh' }, dataset: { name: 'moons', options: { n: 80 } }, training: { optimizer: { name: 'adam', lr: 0.02 }, epochs: 40 } });
    const trained = replies.find((r) => r.id === 2 && r.type === 'train-done');
    if (trained?.type !== 'train-done') throw new Error(JSON.stringify(trained));
    const specs = formatSweepSpecs({ groupSize: 8, outliers: true, fineTuneSteps: 10 });
    await handle({ type: 'compress-pareto', id: 3, modelHandle: trained.modelHandle, specs });
    const done = replies.find((r) => r.id === 3 && r.type === 'compress-pareto-done');
    if (done?.type !== 'compress-pareto-done') throw new Error(JSON.stringify(replies.filter((r) => r.id === 3).slice(-1)));
    expect(replies.filter((r) => r.id === 3 && r.type === 'pareto-point')).toHaveLength(specs.length);
    expect(done.points.map((p) => p.key)).toEqual(['original', ...specs.map(specKey)]);
    expect(new Set(done.points.map((p) => p.key)).size).toBe(done.points.length);
    expect(done.points[0]).toMatchObject({ label: 'original float32', bitsPerWeight: 32 });
    for (const p of done.points) {
      expect(p.accuracy).toBeGreaterThanOrEqual(0);
      expect(p.raw).toBeGreaterThan(0);
      expect(p.gzip).toBeGreaterThan(0);
    }
    const mxfp4 = done.points.find((p) => p.spec.kind === 'block' && p.spec.format === 'mxfp4')!;
    expect(mxfp4.bitsPerWeight).toBeLessThan(5);
    expect(mxfp4.raw).toBeLessThan(done.points[0]!.raw);
    await handle({ type: 'compress-pareto', id: 4, modelHandle: trained.modelHandle, specs: [] });
    expect(replies.find((r) => r.id === 4)).toMatchObject({ type: 'error', message: expect.stringContaining('specs must be a list of 1 to 64') });
  });
});
