/** Checks a schedule descriptor once, before a loop: errors name the field, the allowed range and the schedule. */
import { optionalNumber, requireNumber, requireOneOf } from './checks';
import { CYCLIC_MODES, CYCLIC_SCALE_MODES } from './cyclic';
import { SCHEDULE_NAMES, type Schedule } from './descriptor';
import { validatePlateauOptions } from './plateau';
import { DECAY_SHAPES, wsdDecaySteps } from './warmup-stable-decay';

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
  if (s.name === 'reduce-on-plateau') validatePlateauOptions(s);
  if (s.name === 'warmup-stable-decay') validateWsd(s);
  if (s.name === 'warmup') {
    requireNumber(s.name, 'steps', s.steps, 'positive', true);
    if (s.then.name === 'reduce-on-plateau') {
      throw new Error('then must be a schedule of the step, not "reduce-on-plateau" (it follows a metric) in schedule "warmup"');
    }
    validateSchedule(s.then);
  }
}
