/** The schedule reference values scripts/reference/make_schedule_vectors.py writes (float64 transcriptions). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CyclicOptions } from '../../../src/core/schedules/cyclic';
import type { PlateauOptions } from '../../../src/core/schedules/plateau';
import type { WarmupStableDecayOptions } from '../../../src/core/schedules/warmup-stable-decay';

interface ScheduleVectors {
  source: Record<string, string>;
  /** scaleFn, when present, names one of the generator's SCALE_FNS. */
  cyclic: Record<string, { options: Omit<CyclicOptions, 'scaleFn'> & { scaleFn?: string }; lr: number[]; momentum: number[] }>;
  'reduce-on-plateau': Record<string, { options: PlateauOptions & { lr: number }; metrics: number[]; lr_after_step: number[] }>;
  'warmup-stable-decay': Record<string, { options: WarmupStableDecayOptions; lr: number[] }>;
}

export const scheduleVectors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'vectors.json'), 'utf8')) as ScheduleVectors;
