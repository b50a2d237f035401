/** Shared test fixtures for the compression core: the reference vectors, seeded tensors and backend set-up. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRng } from '../../../src/core/random';

// Backend set-up is shared with the rest of the core's tests.
export { TEST_BACKENDS, useBackend, WASM_PATH } from '../helpers';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// The JSON is produced by the project's vector scripts and kept beside the repository.
export const vectors = JSON.parse(
  readFileSync(path.resolve(repoRoot, '../shared/reference/optimizer-vectors.json'), 'utf8'),
) as Record<string, Record<string, unknown>>;

/** n values, Gaussian with the given std, from a seed. */
export function randomTensor(n: number, seed: string, std = 1): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.normal() * std;
  return out;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}
