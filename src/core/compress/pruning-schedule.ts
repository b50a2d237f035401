/**
 * tfmot's pruning schedules (`tensorflow_model_optimization/.../pruning_schedule.py`). A schedule answers, for a
 * training step, whether masks are recomputed on this step and the target sparsity if they are.
 */
import { checkInteger, checkPositive, checkSparsity, fail } from './validate';

export interface PruningDecision {
  /** True on steps where tfmot recomputes the masks: inside [beginStep, endStep] and on the frequency grid. */
  shouldPrune: boolean;
  sparsity: number;
}

export interface PolynomialDecayOptions {
  /** Sparsity at beginStep, in [0, 1). */
  initialSparsity: number;
  /** Sparsity reached at endStep and kept after, in [0, 1). */
  finalSparsity: number;
  /** First pruning step. Default 0. */
  beginStep?: number;
  /** Step at which finalSparsity is reached; must be > beginStep. */
  endStep: number;
  /** Exponent of the decay; 3 is Zhu & Gupta's (arXiv 1710.01878) and tfmot's default. Default 3. */
  power?: number;
  /** Masks are updated every `frequency` steps counted from beginStep. Default 100. */
  frequency?: number;
}

export interface ConstantSparsityOptions {
  targetSparsity: number;
  /** Default 0. */
  beginStep?: number;
  /** Last pruning step, or -1 for no end. Default -1. */
  endStep?: number;
  /** Default 100. */
  frequency?: number;
}

const MAX_STEP = Number.MAX_SAFE_INTEGER;

function shouldPruneAt(step: number, beginStep: number, endStep: number, frequency: number): boolean {
  const inRange = step >= beginStep && (endStep === -1 || step <= endStep);
  return inRange && (step - beginStep) % frequency === 0;
}

/** s(step) = final + (initial - final) * (1 - p)^power, p = clip((step - begin) / (end - begin), 0, 1). */
export function polynomialDecay(step: number, options: PolynomialDecayOptions): PruningDecision {
  const where = 'polynomialDecay()';
  checkInteger(step, 'step', 0, MAX_STEP, where);
  const initial = checkSparsity(options.initialSparsity, 'initialSparsity', where);
  const final = checkSparsity(options.finalSparsity, 'finalSparsity', where);
  const beginStep = checkInteger(options.beginStep ?? 0, 'beginStep', 0, MAX_STEP, where);
  const endStep = checkInteger(options.endStep, 'endStep', 0, MAX_STEP, where);
  if (endStep <= beginStep) fail('endStep', `greater than beginStep ${beginStep}`, endStep, where);
  const power = checkPositive(options.power ?? 3, 'power', where);
  const frequency = checkInteger(options.frequency ?? 100, 'frequency', 1, MAX_STEP, where);

  const p = Math.min(1, Math.max(0, (step - beginStep) / (endStep - beginStep)));
  const sparsity = final + (initial - final) * (1 - p) ** power;
  return { shouldPrune: shouldPruneAt(step, beginStep, endStep, frequency), sparsity };
}

export function constantSparsity(step: number, options: ConstantSparsityOptions): PruningDecision {
  const where = 'constantSparsity()';
  checkInteger(step, 'step', 0, MAX_STEP, where);
  const sparsity = checkSparsity(options.targetSparsity, 'targetSparsity', where);
  const beginStep = checkInteger(options.beginStep ?? 0, 'beginStep', 0, MAX_STEP, where);
  const endStep = checkInteger(options.endStep ?? -1, 'endStep', -1, MAX_STEP, where);
  if (endStep !== -1 && endStep < beginStep) fail('endStep', `-1 or at least beginStep ${beginStep}`, endStep, where);
  const frequency = checkInteger(options.frequency ?? 100, 'frequency', 1, MAX_STEP, where);
  return { shouldPrune: shouldPruneAt(step, beginStep, endStep, frequency), sparsity };
}
