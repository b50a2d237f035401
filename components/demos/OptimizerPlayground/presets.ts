/**
 * One-click presets that set up a known pathology: each sets every field of the run (function, optimizers, lr,
 * hyper-parameters, start, steps, noise) and says in a sentence what to look at. A preset counts as active while
 * the state still matches it, so its sentence stays up (and round-trips through the URL) until a setting changes.
 * Pure; the numbers were chosen by running them (tests/components/demos/OptimizerPlayground/presets.test.ts checks
 * each preset still shows what its sentence says).
 */
import type { OptimizerPlaygroundState } from './state';

type RunFields = 'testFunction' | 'optimizers' | 'lr' | 'momentum' | 'beta1' | 'beta2' | 'weightDecay' | 'eps' | 'steps' | 'x0' | 'sigma';
export type PresetPatch = Pick<OptimizerPlaygroundState, RunFields>;

export interface Preset {
  id: string;
  label: string;
  /** What to look at, one or two sentences. */
  explain: string;
  patch: PresetPatch;
}

const base = {
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  weightDecay: 0,
  eps: 1e-8,
  sigma: 0,
} as const;

export const PRESETS: readonly Preset[] = [
  {
    id: 'lr-too-large',
    label: 'Learning rate too large',
    explain:
      'The bowl curves 10 times more steeply along y, so gradient descent is stable only for lr < 2/10 = 0.2. At 0.21 every step overshoots the valley floor by more than it started: the path zig-zags outward and the loss grows each step until the run leaves the plot.',
    patch: {
      ...base,
      testFunction: 'quadratic',
      optimizers: ['sgd'],
      lr: 0.21,
      steps: 60,
      x0: [1, -2],
    },
  },
  {
    id: 'narrow-valley',
    label: 'Narrow valley: zig-zag vs momentum',
    explain:
      "In Rosenbrock's narrow curved valley the gradient points across the valley more than along it: gradient descent bounces between the walls and has crawled only part of the way after 200 steps. Momentum adds up the consistent along-valley part while the alternating across-valley parts cancel, so it runs along the floor towards (1, 1).",
    patch: {
      ...base,
      testFunction: 'rosenbrock',
      optimizers: ['sgd', 'momentum'],
      lr: 0.0015,
      steps: 200,
      x0: [-1.5, 2],
    },
  },
  {
    id: 'adam-eps',
    label: "Adam's eps",
    explain:
      "With eps = 10, larger than the root of Adam's second moment here, Adam's step lr·m̂/(√v̂ + eps) is about lr·m̂/eps: it behaves like momentum SGD at learning rate lr/eps and loses its per-coordinate scaling, so it crawls along the shallow x direction. Slide eps down to 1e-8 and the adaptive path comes back.",
    patch: {
      ...base,
      testFunction: 'quadratic',
      optimizers: ['sgd', 'adam'],
      lr: 0.1,
      eps: 10,
      steps: 100,
      x0: [1, -2],
    },
  },
  {
    id: 'amsgrad',
    label: 'AMSGrad counterexample',
    explain:
      'Reddi et al. (2018): along x the gradient cycles 3, −1, −1, so the mean loss falls towards x = −1. With β₁ = 0 and β₂ = 0.1 Adam forgets the rare large gradient within a step; the two small ones win and Adam walks to the wrong end, x = +1. AMSGrad keeps the largest second moment seen and goes the right way.',
    patch: {
      ...base,
      testFunction: 'reddi',
      optimizers: ['adam', 'amsgrad'],
      lr: 0.05,
      beta1: 0,
      beta2: 0.1,
      steps: 300,
      x0: [0, 1],
    },
  },
  {
    id: 'newton-saddle',
    label: 'Newton drawn to a saddle',
    explain:
      "Newton's method jumps to where the local quadratic model has zero gradient. On a saddle that point is the saddle itself: Newton lands on (0, 0) in one step and stays, while gradient descent slides off downhill along y.",
    patch: {
      ...base,
      testFunction: 'saddle',
      optimizers: ['sgd', 'newton'],
      lr: 0.05,
      steps: 30,
      x0: [1.5, 0.01],
    },
  },
  {
    id: 'lion-at-adamw-lr',
    label: "Lion at AdamW's learning rate",
    explain:
      "Lion's update is a sign, so every coordinate moves by exactly lr each step. At AdamW's learning rate 0.03 it cannot settle: it ends bouncing about ±lr around the minimum, while AdamW's steps shrink as it arrives. Lion's authors use a learning rate 3 to 10 times smaller than AdamW's.",
    patch: {
      ...base,
      testFunction: 'quadratic',
      optimizers: ['adamw', 'lion'],
      lr: 0.03,
      steps: 200,
      x0: [1, -2],
    },
  },
];

/** The preset the state currently shows, if every field it sets still has the preset's value. */
export function activePreset(state: OptimizerPlaygroundState): Preset | undefined {
  return PRESETS.find((p) => (Object.keys(p.patch) as (keyof PresetPatch)[]).every((k) => JSON.stringify(state[k]) === JSON.stringify(p.patch[k])));
}
