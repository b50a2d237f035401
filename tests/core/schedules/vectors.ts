/** The schedule reference values scripts/reference/make_schedule_vectors.py writes (float64 transcriptions). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ScheduleVectors {
  source: Record<string, string>;
  cyclic: Record<string, { options: Record<string, unknown>; lr: number[]; momentum: number[] }>;
  'reduce-on-plateau': Record<string, { options: Record<string, unknown> & { lr: number }; metrics: number[]; lr_after_step: number[] }>;
  'warmup-stable-decay': Record<string, { options: Record<string, unknown>; lr: number[] }>;
}

export const scheduleVectors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'vectors.json'), 'utf8')) as ScheduleVectors;
