/** The fixed set of categories an entry may belong to, in the order the site lists them. */
export const CATEGORIES = [
  { id: 'foundations', label: 'Foundations', blurb: 'The vocabulary every other entry builds on: objectives, gradients, steps and epochs.' },
  { id: 'first-order-methods', label: 'First-order methods', blurb: 'Optimizers that move along the gradient: gradient descent, SGD, momentum and friends.' },
  { id: 'adaptive-methods', label: 'Adaptive methods', blurb: 'Optimizers that tune a step size per parameter: Adagrad, RMSprop, Adam and its descendants.' },
  { id: 'second-order-methods', label: 'Second-order methods', blurb: 'Methods that use curvature: Newton, quasi-Newton, L-BFGS and line searches.' },
  { id: 'schedules', label: 'Learning-rate schedules', blurb: 'How the learning rate changes over training: warmup, decay, cosine and restarts.' },
  { id: 'losses', label: 'Loss functions', blurb: 'What is being minimised, and how the choice shapes training.' },
  { id: 'landscape', label: 'Loss landscape', blurb: 'The geometry optimizers travel through: minima, saddles, plateaus and convexity.' },
  { id: 'training', label: 'Training mechanics', blurb: 'How gradients are computed and kept healthy: backpropagation, initialization, clipping, precision.' },
  { id: 'generalization', label: 'Generalization', blurb: 'Doing well on data the model has not seen: overfitting, regularization and early stopping.' },
  { id: 'compression', label: 'Model compression', blurb: 'Making trained models smaller: quantization, pruning and distillation.' },
  { id: 'inference', label: 'Inference and deployment', blurb: 'Making models fast and cheap to run on real hardware.' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryLabel(id: CategoryId): string {
  const found = CATEGORIES.find((c) => c.id === id);
  return found ? found.label : id;
}

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
