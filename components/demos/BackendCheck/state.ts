/** The backend check's state (URL keys bc.*, short keys mapped to full names) and the order backends are benchmarked in. Pure. */
import type { BackendName } from '../../../src/core/index';
import { urlField, urlNumber, urlObject, type UrlState } from '../shared/url-state';

export const BENCH_BACKENDS = ['wasm', 'webgl', 'webgpu', 'cpu'] as const satisfies readonly BackendName[];
export type BenchBackend = (typeof BENCH_BACKENDS)[number];

export const BackendCheckStateSchema = urlObject({
  /** Seconds of timed training per backend. */
  seconds: urlField('sec', urlNumber({ min: 0.5, max: 5 })),
});
export type BackendCheckState = UrlState<typeof BackendCheckStateSchema.shape>;
export const DEFAULT_STATE: BackendCheckState = { seconds: 2 };
