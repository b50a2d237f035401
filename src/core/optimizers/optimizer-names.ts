/** The optimizer names the core knows, in menu order; every other optimizer table is keyed by this list. */
export const OPTIMIZER_NAMES = ['sgd', 'adagrad', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'muon', 'adafactor', 'newton', 'lbfgs', 'radam', 'lamb', 'sam', 'adamw-schedulefree', 'sgd-schedulefree'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === 'string' && (OPTIMIZER_NAMES as readonly string[]).includes(name);
}
