/**
 * Messages between the optimizer playground and its sweep worker (sweep-worker.ts). Kept apart from the core
 * worker's protocol.ts on purpose: the sweep worker imports only the plain half (no tfjs, a few KB), so a sweep
 * starts at once instead of waiting for the core worker to download and initialise TensorFlow.js.
 */
import type { SweepCellResult, SweepSpec } from '../sweep';

export interface SweepRequest {
  id: number;
  spec: SweepSpec;
  /** Cells per heat-map row; one 'sweep-row' message per row. */
  rowLength: number;
}

/** Stops sweep `id` after the row in progress; the worker answers 'sweep-cancelled' (nothing if it already ended). */
export interface SweepStop {
  type: 'stop';
  id: number;
}

export type SweepInbound = SweepRequest | SweepStop;

export type SweepMessage =
  | { type: 'sweep-row'; id: number; row: number; results: SweepCellResult[] }
  | { type: 'sweep-done'; id: number; /** Milliseconds of computing in the worker (without waits between rows). */ elapsedMs: number }
  | { type: 'sweep-error'; id: number; message: string }
  | { type: 'sweep-cancelled'; id: number; /** Rows posted before the stop (all of them arrived before this message). */ rowsDone: number };
