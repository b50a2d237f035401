/** Shared test helpers: backends to run on, reference vectors, tolerance checks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initBackend, type BackendName } from '../../src/core/backend';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const WASM_PATH = path.join(repoRoot, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

/** The backends every tensor test runs on in Node. */
export const TEST_BACKENDS: BackendName[] = ['cpu', 'wasm'];

export async function useBackend(name: BackendName): Promise<void> {
  const choice = await initBackend({ preferred: name, wasmPath: WASM_PATH, exclude: ['webgl'] });
  if (choice.name !== name) throw new Error(`wanted backend ${name}, got ${choice.name}: ${choice.reasons.join('; ')}`);
}

export interface ReferenceVectors {
  optimizers: Record<string, { hyper: Record<string, unknown>; p_after_step: Record<string, number[]>; torch_float32_p_after_step?: Record<string, number[]> }>;
  lr_schedules: Record<string, number[] | string>;
  test_functions: Record<string, Record<string, unknown>>;
}

export const vectors: ReferenceVectors = JSON.parse(
  readFileSync(path.resolve(repoRoot, '../shared/reference/optimizer-vectors.json'), 'utf8'),
) as ReferenceVectors;

export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, label = ''): void {
  if (actual.length !== expected.length) throw new Error(`${label}: length ${actual.length} != ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs(actual[i]! - expected[i]!);
    if (!(diff <= tolerance)) {
      throw new Error(`${label}[${i}]: got ${actual[i]}, expected ${expected[i]} (|diff| ${diff} > ${tolerance})`);
    }
  }
}
