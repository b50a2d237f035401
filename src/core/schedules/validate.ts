/** Checks a schedule descriptor once, before a loop: errors name the field, the allowed range and the schedule. */
import { CYCLIC_MODES, CYCLIC_SCALE_MODES } from './cyclic';
import { SCHEDULE_NAMES, type Schedule } from './descriptor';
import { PLATEAU_MODES, THRESHOLD_MODES } from './plateau';
import { DECAY_SHAPES, wsdDecaySteps } from './warmup-stable-decay';

type Range = 'positive' | 'nonNegative' | 'unit' | 'belowOne';

const RANGE_TEXT: Record<Range, string> = { positive: '> 0', nonNegative: '>= 0', unit: 'in [0, 1]', belowOne: 'in [0, 1)' };

function inRange(value: number, range: Range): boolean {
  if (range === 'positive') return value > 0;
  if (range === 'nonNegative') return value >= 0;
  if (range === 'unit') return value >= 0 && value <= 1;
  return value >= 0 && value < 1;
}

function requireNumber(desc: string, field: string, value: number | undefined, range: Range, integer = false): void {
  if (value === undefined || typeof value !== 'number' || !Number.isFinite(value) || !inRange(value, range) || (integer && !Number.isInteger(value))) {
    throw new Error(`${field} must be a finite ${integer ? 'integer' : 'number'} ${RANGE_TEXT[range]} (got ${String(value)}) in schedule "${desc}"`);
  }
}

/** Like requireNumber, for an optional field: undefined means "the default". */
function optionalNumber(desc: string, field: string, value: number | undefined, range: Range, integer = false): void {
  if (value !== undefined) requireNumber(desc, field, value, range, integer);
}

function requireOneOf(desc: string, field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new Error(`${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got "${String(value)}") in schedule "${desc}"`);
  }
}

function validateCyclic(s: Extract<Schedule, { name: 'cyclic' }>): void {
  optionalNumber(s.name, 'baseLr', s.baseLr, 'positive');
  requireNumber(s.name, 'maxLr', s.maxLr, 'positive');
  optionalNumber(s.name, 'stepSizeUp', s.stepSizeUp, 'positive');
  optionalNumber(s.name, 'stepSizeDown', s.stepSizeDown, 'positive');
  requireOneOf(s.name, 'mode', s.mode, CYCLIC_MODES);
  optionalNumber(s.name, 'gamma', s.gamma, 'positive');
  requireOneOf(s.name, 'scaleMode', s.scaleMode, CYCLIC_SCALE_MODES);
  if (s.scaleFn !== undefined && typeof s.scaleFn !== 'function') throw new Error(`scaleFn must be a function of one number (got ${typeof s.scaleFn}) in schedule "cyclic"`);
  optionalNumber(s.name, 'baseMomentum', s.baseMomentum, 'belowOne');
  optionalNumber(s.name, 'maxMomentum', s.maxMomentum, 'belowOne');
}

function validatePlateau(s: Extract<Schedule, { name: 'reduce-on-plateau' }>): void {
  requireOneOf(s.name, 'mode', s.mode, PLATEAU_MODES);
  optionalNumber(s.name, 'factor', s.factor, 'belowOne');
  optionalNumber(s.name, 'patience', s.patience, 'nonNegative', true);
  optionalNumber(s.name, 'threshold', s.threshold, 'nonNegative');
  requireOneOf(s.name, 'thresholdMode', s.thresholdMode, THRESHOLD_MODES);
  optionalNumber(s.name, 'cooldown', s.cooldown, 'nonNegative', true);
  optionalNumber(s.name, 'minLr', s.minLr, 'nonNegative');
  optionalNumber(s.name, 'eps', s.eps, 'nonNegative');
}

function validateWsd(s: Extract<Schedule, { name: 'warmup-stable-decay' }>): void {
  requireNumber(s.name, 'totalSteps', s.totalSteps, 'positive', true);
  requireNumber(s.name, 'warmupSteps', s.warmupSteps, 'nonNegative', true);
  optionalNumber(s.name, 'decayFraction', s.decayFraction, 'unit');
  requireOneOf(s.name, 'decayShape', s.decayShape, DECAY_SHAPES);
  optionalNumber(s.name, 'lrMin', s.lrMin, 'nonNegative');
  if (s.lrMin !== undefined && s.lrMax !== undefined && s.lrMin > s.lrMax) {
    throw new Error(`lrMin must be <= lrMax (got lrMin ${s.lrMin}, lrMax ${s.lrMax}) in schedule "warmup-stable-decay"`);
  }
  const decaySteps = wsdDecaySteps(s);
  if (s.warmupSteps + decaySteps > s.totalSteps) {
    throw new Error(
      `warmupSteps + decay steps must be <= totalSteps (got ${s.warmupSteps} + ${decaySteps} > ${s.totalSteps}) in schedule "warmup-stable-decay"; lower warmupSteps or decayFraction`,
    );
  }
}

/** Checks a descriptor once, before a loop; throws an Error naming the field and schedule. */
export function validateSchedule(s: Schedule): void {
  if (!SCHEDULE_NAMES.includes(s.name)) throw new Error(`unknown schedule "${String(s.name)}"; valid names: ${SCHEDULE_NAMES.join(', ')}`);
  const lrField = 'lr' in s ? s.lr : 'lrMax' in s ? s.lrMax : undefined;
  if (lrField !== undefined) requireNumber(s.name, 'lr' in s ? 'lr' : 'lrMax', lrField, 'positive');
  if (s.name === 'step') requireNumber(s.name, 'stepSize', s.stepSize, 'positive', true);
  if (s.name === 'exponential') requireNumber(s.name, 'gamma', s.gamma, 'positive');
  if (s.name === 'cosine') requireNumber(s.name, 'period', s.period, 'positive');
  if (s.name === 'sgdr') requireNumber(s.name, 't0', s.t0, 'positive', true);
  if (s.name === 'one-cycle') requireNumber(s.name, 'totalSteps', s.totalSteps, 'positive', true);
  if (s.name === 'cyclic') validateCyclic(s);
  if (s.name === 'reduce-on-plateau') validatePlateau(s);
  if (s.name === 'warmup-stable-decay') validateWsd(s);
  if (s.name === 'warmup') {
    requireNumber(s.name, 'steps', s.steps, 'positive', true);
    if (s.then.name === 'reduce-on-plateau') {
      throw new Error('then must be a schedule of the step, not "reduce-on-plateau" (it follows a metric) in schedule "warmup"');
    }
    validateSchedule(s.then);
  }
}
