/**
 * Muon as it is used in practice: Muon for the hidden weight matrices, AdamW for everything else (Keller Jordan's
 * recipe, and PyTorch's Muon docs: "Other parameters, such as bias, and embedding, should be optimized by a
 * standard method such as AdamW"). A training config `{ name: 'muon', ...muon, adamw?: {...} }` builds two groups:
 *   muon:  the kernels of the dense layers BETWEEN hidden layers (dense1 ... dense{L-2} of an L-layer MLP);
 *   adamw: the first layer's kernel (the input side, the recipe's "embedding"), the last layer's kernel (the output
 *          head) and every bias, with AdamW's own hyper-parameters (PyTorch defaults unless `adamw` sets them).
 * An MLP with one hidden layer has no hidden-to-hidden kernel, so everything trains with AdamW.
 * Muon sees each kernel as PyTorch's Linear weight [out, in] (the MLP stores [in, out]), so adjustLrFn 'original'
 * scales by sqrt(max(1, out/in)) as it would in PyTorch. A schedule's lr applies to Muon and scales AdamW's lr by the
 * same factor (each group keeps its own base lr, as PyTorch's schedulers do); a scheduled momentum goes to both
 * (Muon's momentum, AdamW's beta1).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdamwConfig } from '../optimizers/adamw';
import type { OptimizerConfig, ResolvedOptimizerConfig } from '../optimizers/config-types';
import type { MuonConfig } from '../optimizers/muon';
import { resolveOptimizerConfig } from '../optimizers/registry';
import type { StepOptions } from '../optimizers/step-options';
import { createOptimizer, type TensorOptimizer } from '../optimizers/tensor-optimizer';
import { evaluateObjective, type ShapedObjective } from '../optimizers/tensor-problem';
import type { TensorLayout } from './mlp';
import { isHiddenKernel } from './muon-groups';

/** Muon for the hidden matrices plus an `adamw` sub-config for the rest. */
export type MuonTrainingConfig = { name: 'muon' } & Partial<MuonConfig> & {
  /** AdamW's hyper-parameters for the biases and the first and last kernels. Default: PyTorch's AdamW defaults. */
  adamw?: Partial<AdamwConfig> | undefined;
};

/** What a training run accepts: any optimizer config, or Muon with its AdamW group. */
export type TrainingOptimizerConfig = OptimizerConfig | MuonTrainingConfig;

export interface ParameterGroups {
  /** The hidden-to-hidden kernels, in layer order. */
  muon: TensorLayout[];
  /** Every other tensor (first and last kernels, biases), in layout order. */
  adamw: TensorLayout[];
}

/** Splits an MLP layout into the Muon and AdamW groups described above (muon-groups.ts decides). */
export function muonParameterGroups(layout: readonly TensorLayout[]): ParameterGroups {
  const layerCount = layout.filter((t) => t.shape.length === 2).length;
  const hidden = (t: TensorLayout): boolean => isHiddenKernel(t.name, layerCount);
  return { muon: layout.filter(hidden), adamw: layout.filter((t) => !hidden(t)) };
}

interface MuonMatrix {
  /** Index of the kernel in the layout. */
  index: number;
  /** [in, out] as stored. */
  shape: [number, number];
  variable: tf.Variable<tf.Rank.R2>;
  optimizer: TensorOptimizer;
}

/**
 * Muon on the hidden kernels and AdamW on the rest, over the MLP's one flat parameter vector. No evalParams: neither
 * group is schedule-free, so the flat params are the evaluation point.
 */
class MuonWithAdamw implements TensorOptimizer {
  readonly name = 'muon' as const;
  stepCount = 0;
  private readonly matrices: MuonMatrix[];
  private readonly restIndices: number[];
  private readonly rest: { variable: tf.Variable<tf.Rank.R1>; optimizer: TensorOptimizer };

  constructor(
    readonly config: Readonly<ResolvedOptimizerConfig>,
    readonly adamwConfig: Readonly<ResolvedOptimizerConfig>,
    private readonly layout: readonly TensorLayout[],
    readonly groups: ParameterGroups,
  ) {
    const muonNames = new Set(groups.muon.map((t) => t.name));
    this.matrices = [];
    this.restIndices = [];
    for (const [index, t] of layout.entries()) {
      if (!muonNames.has(t.name)) {
        this.restIndices.push(index);
        continue;
      }
      const [fanIn, fanOut] = t.shape as [number, number];
      const variable = tf.tidy(() => tf.variable(tf.zeros([fanOut, fanIn]), false)) as tf.Variable<tf.Rank.R2>;
      this.matrices.push({ index, shape: [fanIn, fanOut], variable, optimizer: createOptimizer(config) });
    }
    const restSize = this.restIndices.reduce((n, i) => n + layout[i]!.size, 0);
    this.rest = { variable: tf.tidy(() => tf.variable(tf.zeros([restSize]), false)) as tf.Variable<tf.Rank.R1>, optimizer: createOptimizer(adamwConfig) };
  }

  step(params: tf.Variable, objective: ShapedObjective, options: StepOptions = {}): tf.Scalar {
    const { value, grad } = tf.tidy(() => tf.valueAndGrad((p: tf.Tensor) => evaluateObjective(objective, p))(params));
    this.applyGradient(params, grad, options);
    grad.dispose();
    return value as tf.Scalar;
  }

  /**
   * The training loop's analytic-gradient path. Neither group's rule needs a second gradient (Muon and AdamW have no
   * SAM perturbation), so this is one gradient at params, applied group by group.
   */
  stepWithGradient(params: tf.Variable, gradientAt: (params: never) => tf.Tensor, options: StepOptions = {}): void {
    const grad = tf.tidy(() => (gradientAt as (params: tf.Tensor) => tf.Tensor)(params));
    try {
      this.applyGradient(params, grad, options);
    } finally {
      grad.dispose();
    }
  }

  applyGradient(params: tf.Variable, grad: tf.Tensor, options: StepOptions = {}): void {
    const sizes = this.layout.map((t) => t.size);
    const total = sizes.reduce((n, s) => n + s, 0);
    if (params.rank !== 1 || params.size !== total || grad.size !== total) {
      throw new Error(`params and grad must be the MLP's flat vector of ${total} values (got shapes [${params.shape.join(', ')}] and [${grad.shape.join(', ')}]) in muon training`);
    }
    const base = this.config.lr;
    const lr = options.lr ?? base;
    // Take each group's values and gradient out of the flat vectors; a Muon kernel as [out, in], like PyTorch's Linear.
    const pieces = tf.tidy(() => {
      const [p, g] = [tf.split(params, sizes), tf.split(grad, sizes)];
      const asWeight = (t: tf.Tensor, m: MuonMatrix) => tf.transpose(tf.reshape(t, m.shape));
      return {
        muon: this.matrices.map((m) => [asWeight(p[m.index]!, m), asWeight(g[m.index]!, m)] as const),
        rest: [tf.concat(this.restIndices.map((i) => p[i]!)), tf.concat(this.restIndices.map((i) => g[i]!))] as const,
      };
    });
    for (const [k, m] of this.matrices.entries()) {
      m.variable.assign(pieces.muon[k]![0] as tf.Tensor2D);
      m.optimizer.applyGradient!(m.variable, pieces.muon[k]![1], { lr, momentum: options.momentum });
    }
    this.rest.variable.assign(pieces.rest[0] as tf.Tensor1D);
    this.rest.optimizer.applyGradient!(this.rest.variable, pieces.rest[1], { lr: this.adamwConfig.lr * (lr / base), momentum: options.momentum });
    tf.dispose([...pieces.muon.flat(), ...pieces.rest]);
    // Put the updated groups back in layout order.
    tf.tidy(() => {
      const parts: tf.Tensor[] = new Array<tf.Tensor>(this.layout.length);
      for (const m of this.matrices) parts[m.index] = tf.reshape(tf.transpose(m.variable), [this.layout[m.index]!.size]);
      const rest = tf.split(this.rest.variable, this.restIndices.map((i) => sizes[i]!));
      for (const [k, i] of this.restIndices.entries()) parts[i] = rest[k]!;
      params.assign(tf.concat(parts));
    });
    this.stepCount++;
  }

  dispose(): void {
    for (const m of this.matrices) {
      m.optimizer.dispose();
      m.variable.dispose();
    }
    this.rest.optimizer.dispose();
    this.rest.variable.dispose();
  }
}

/** Muon's and AdamW's configs from a training config, each validated (errors name the field and the group). */
function splitMuonConfig(config: MuonTrainingConfig): { muon: ResolvedOptimizerConfig; adamw: ResolvedOptimizerConfig } {
  const { adamw = {}, ...muon } = config;
  let resolvedAdamw: ResolvedOptimizerConfig;
  try {
    resolvedAdamw = resolveOptimizerConfig({ ...adamw, name: 'adamw' });
  } catch (e) {
    throw new Error(`${(e as Error).message} (the adamw group of muon training)`);
  }
  return { muon: resolveOptimizerConfig(muon), adamw: resolvedAdamw };
}

/**
 * The optimizer a training run uses on an MLP's flat parameters: Muon with its AdamW group for `{ name: 'muon' }`,
 * otherwise the optimizer itself.
 */
export function createTrainingOptimizer(layout: readonly TensorLayout[], config: TrainingOptimizerConfig): TensorOptimizer {
  if (config.name !== 'muon') return createOptimizer(config);
  const { muon, adamw } = splitMuonConfig(config);
  return new MuonWithAdamw(muon, adamw, layout, muonParameterGroups(layout));
}
