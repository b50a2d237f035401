/**
 * The training loop for the MLP demos: seeded shuffling, mini-batches, any core optimizer and schedule, L2 on the
 * kernels, early stopping, a divergence limit, per-epoch metrics, pause / resume / step N epochs / stop (run-control.ts)
 * and progress callbacks. Values are read back once per epoch, never per step. Same seed and backend -> the same numbers.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DataSplit, Dataset } from '../data';
import type { TensorOptimizer } from '../optimizers/tensor-optimizer';
import { createRng, permutation, type Rng, type Seed } from '../random';
import { createPlateauScheduler, momentumAt, scheduleAt, validateSchedule, type PlateauScheduler, type Schedule } from '../schedules';
import { checkDivergeAbove, divergenceAt, type TrainingDivergence } from './divergence';
import { predictedClasses, type Mlp } from './mlp';
import { MlpGradient } from './mlp-gradient';
import { createTrainingOptimizer, type TrainingOptimizerConfig } from './parameter-groups';
import { RunControl } from './run-control';
import { yieldToEventLoop } from './yield-to-event-loop';

export interface TrainOptions {
  /** Any optimizer; `{ name: 'muon', ..., adamw?: {...} }` trains hidden matrices with Muon, the rest with AdamW (parameter-groups.ts). */
  optimizer: TrainingOptimizerConfig;
  /**
   * Schedule over optimizer steps (not epochs). Default: constant lr. 'reduce-on-plateau' is the exception: it reads
   * the validation loss after each epoch (PyTorch's scheduler.step(val_loss)) and sets the lr of the next epoch.
   */
  schedule?: Schedule | undefined;
  /** Default 100. */
  epochs?: number;
  /** Rows per step; default (or >= n): full batch. */
  batchSize?: number | undefined;
  /** L2 penalty 0.5 * l2 * ||kernels||^2 added to the loss (biases are not penalised). Default 0. */
  l2?: number;
  /** Stop after this many epochs without a lower validation loss, restoring the best weights. Default: off. */
  patience?: number | undefined;
  /**
   * End the run as 'diverged' once the training loss passes this value (a NaN or infinite loss always ends it).
   * Default: off.
   */
  divergeAbove?: number | undefined;
  /** Seed for shuffling. Default 'train'. */
  seed?: Seed;
  /** Called after every epoch. */
  onEpoch?: ((progress: EpochProgress) => void) | undefined;
  /**
   * How each step gets its gradient: 'analytic' (default) runs the MLP's hand-written backward pass (mlp-gradient.ts,
   * ~4x fewer ops, no tape); 'autodiff' runs tf.valueAndGrad on the loss. Newton and L-BFGS always use autodiff,
   * since they re-evaluate the objective inside a step.
   */
  gradient?: 'analytic' | 'autodiff';
}

export interface EpochProgress {
  epoch: number;
  /** Optimizer steps so far. */
  step: number;
  lr: number;
  trainLoss: number;
  validationLoss: number;
  /** Undefined for regression. */
  trainAccuracy: number | undefined;
  validationAccuracy: number | undefined;
}

export type StopReason = 'completed' | 'early-stopping' | 'stopped' | 'diverged';

export interface TrainResult {
  history: EpochProgress[];
  stopReason: StopReason;
  /** Epoch whose weights the model holds at the end (the best one after early stopping). */
  bestEpoch: number;
  /** Why the run diverged, when stopReason is 'diverged'. */
  divergence: TrainingDivergence | undefined;
}

interface Split {
  x: tf.Tensor2D;
  targets: tf.Tensor2D;
  data: Dataset;
}

export class TrainingRun {
  readonly history: EpochProgress[] = [];
  private readonly optimizer: TensorOptimizer;
  private readonly train: Split;
  private readonly validation: Split;
  private readonly l2Mask: tf.Tensor1D | undefined;
  /** The analytic gradient, when the optimizer can take a precomputed one and options.gradient allows it. */
  private readonly analytic: MlpGradient | undefined;
  private readonly rng: Rng;
  private readonly epochs: number;
  private readonly batchSize: number;
  /** The ReduceLROnPlateau state when the schedule is 'reduce-on-plateau'. */
  private readonly plateau: PlateauScheduler | undefined;
  private steps = 0;
  /** Pause / resume / step N epochs / stop: the worker's control messages call these between epochs. */
  readonly control = new RunControl();
  private best: { loss: number; epoch: number; weights: Float32Array } | undefined;

  constructor(
    readonly model: Mlp,
    data: DataSplit,
    private readonly options: TrainOptions,
  ) {
    const { epochs = 100, batchSize, l2 = 0, patience, schedule } = options;
    if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`epochs must be an integer >= 1 (got ${epochs}) in training`);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) throw new Error(`batchSize must be an integer >= 1 (got ${batchSize}) in training`);
    if (!Number.isFinite(l2) || l2 < 0) throw new Error(`l2 must be a finite number >= 0 (got ${l2}) in training`);
    if (patience !== undefined && (!Number.isInteger(patience) || patience < 1)) throw new Error(`patience must be an integer >= 1 (got ${patience}) in training`);
    if (data.train.inputDim !== model.inputDim) throw new Error(`the data has ${data.train.inputDim} inputs but the model expects ${model.inputDim}`);
    if (schedule !== undefined) validateSchedule(schedule);
    checkDivergeAbove(options.divergeAbove);
    const gradient = options.gradient ?? 'analytic';
    if (gradient !== 'analytic' && gradient !== 'autodiff') throw new Error(`gradient must be "analytic" or "autodiff" (got "${String(gradient)}") in training`);
    this.optimizer = createTrainingOptimizer(model.layout, options.optimizer);
    if (schedule?.name === 'reduce-on-plateau') this.plateau = createPlateauScheduler({ ...schedule, lr: schedule.lr ?? this.optimizer.config.lr });
    this.epochs = epochs;
    this.batchSize = Math.min(batchSize ?? data.train.n, data.train.n);
    this.rng = createRng(`${String(options.seed ?? 'train')}/shuffle`);
    const split = (d: Dataset): Split => ({ x: tf.tensor2d(d.x, [d.n, d.inputDim]), targets: model.targets(d), data: d });
    this.train = split(data.train);
    this.validation = split(data.validation);
    if (l2 > 0) this.l2Mask = tf.tensor1d(model.kernelMask(l2));
    if (gradient === 'analytic' && this.optimizer.stepWithGradient !== undefined) this.analytic = new MlpGradient(model, { l2 });
  }

  /** Optimizer steps taken so far. */
  get stepCount(): number {
    return this.steps;
  }

  private lossOf(x: tf.Tensor2D, targets: tf.Tensor2D) {
    return (p: tf.Tensor1D): tf.Scalar => {
      const loss = this.model.loss(this.model.forward(x, p), targets);
      if (this.l2Mask === undefined) return loss;
      return tf.add(loss, tf.mul(0.5, tf.sum(tf.mul(this.l2Mask, tf.square(p)))));
    };
  }

  private currentLr(): number {
    const base = this.optimizer.config.lr;
    if (this.plateau !== undefined) return this.plateau.lr;
    return this.options.schedule === undefined ? base : scheduleAt(this.options.schedule, this.steps, base);
  }

  /** One optimizer step on one batch; no read-back. */
  private stepOn(x: tf.Tensor2D, targets: tf.Tensor2D): void {
    const schedule = this.options.schedule;
    const options = schedule === undefined ? {} : { lr: this.currentLr(), momentum: momentumAt(schedule, this.steps) };
    const analytic = this.analytic;
    if (analytic !== undefined && this.optimizer.stepWithGradient !== undefined) {
      // A gradient function, not one gradient: SAM takes a second one at its perturbed point.
      this.optimizer.stepWithGradient(this.model.params, (p) => analytic.gradient(x, targets, p), options);
    } else {
      this.optimizer.step(this.model.params, this.lossOf(x, targets), options).dispose();
    }
    this.steps++;
  }

  /** Loss and accuracy at `params`: the model's own, or a schedule-free optimizer's evaluation point. */
  private metrics(split: Split, params: tf.Tensor1D = this.model.params): { loss: number; accuracy: number | undefined } {
    const [loss, outputs] = tf.tidy(() => {
      const out = this.model.forward(split.x, params);
      return [this.model.loss(out, split.targets).dataSync()[0]!, out.dataSync() as Float32Array] as const;
    });
    const { task } = this.model.spec;
    if (task === 'regression') return { loss, accuracy: undefined };
    const classes = predictedClasses(task, outputs, split.data.n);
    let correct = 0;
    for (let i = 0; i < split.data.n; i++) if (classes[i] === split.data.y[i]) correct++;
    return { loss, accuracy: correct / split.data.n };
  }

  /** Runs one epoch synchronously and returns its metrics. */
  runEpoch(): EpochProgress {
    const n = this.train.data.n;
    const lr = this.currentLr();
    if (this.batchSize >= n) {
      this.stepOn(this.train.x, this.train.targets);
    } else {
      const order = permutation(n, this.rng);
      for (let start = 0; start < n; start += this.batchSize) {
        const rows = order.subarray(start, Math.min(n, start + this.batchSize));
        // Not inside tf.tidy: the optimizer keeps its state tensors across steps, and an outer tidy would dispose them.
        const [x, targets] = tf.tidy(() => {
          const idx = tf.tensor1d(rows, 'int32');
          return [tf.gather(this.train.x, idx), tf.gather(this.train.targets, idx)];
        });
        this.stepOn(x, targets);
        tf.dispose([x, targets]);
      }
    }
    // Schedule-free optimizers train at y but are evaluated at x (their reference's eval() mode): measure there.
    const evalPoint = this.optimizer.evalParams?.(this.model.params);
    const train = this.metrics(this.train, evalPoint);
    const validation = this.metrics(this.validation, evalPoint);
    const progress: EpochProgress = {
      epoch: this.history.length + 1,
      step: this.steps,
      lr,
      trainLoss: train.loss,
      validationLoss: validation.loss,
      trainAccuracy: train.accuracy,
      validationAccuracy: validation.accuracy,
    };
    this.history.push(progress);
    this.plateau?.step(validation.loss);
    if (this.options.patience !== undefined && (this.best === undefined || validation.loss < this.best.loss)) {
      this.best = { loss: validation.loss, epoch: progress.epoch, weights: evalPoint === undefined ? this.model.getFlatWeights() : Float32Array.from(evalPoint.dataSync()) };
    }
    evalPoint?.dispose();
    this.options.onEpoch?.(progress);
    return progress;
  }

  /** Runs the remaining epochs, yielding to the event loop between epochs so pause/step/stop messages get through. */
  async run(): Promise<TrainResult> {
    let stopReason: StopReason = 'completed';
    let divergence: TrainingDivergence | undefined;
    while (this.history.length < this.epochs) {
      if (await this.control.beforeEpoch(this.history.length)) {
        stopReason = 'stopped';
        break;
      }
      const p = this.runEpoch();
      divergence = divergenceAt(p.epoch, p.trainLoss, this.options.divergeAbove);
      if (divergence !== undefined) {
        stopReason = 'diverged';
        break;
      }
      const patience = this.options.patience;
      if (patience !== undefined && this.best !== undefined && p.epoch - this.best.epoch >= patience) {
        stopReason = 'early-stopping';
        break;
      }
      this.control.afterEpoch(p.epoch);
      await yieldToEventLoop();
    }
    this.control.end(this.history.length);
    let bestEpoch = this.history.length;
    if (this.best !== undefined && stopReason === 'early-stopping') {
      this.model.setFlatWeights(this.best.weights);
      bestEpoch = this.best.epoch;
    } else if (this.optimizer.evalParams !== undefined) {
      // A finished schedule-free run leaves the model at x, the point its metrics were measured at (eval() mode).
      const x = this.optimizer.evalParams(this.model.params);
      this.model.params.assign(x);
      x.dispose();
    }
    return { history: this.history, stopReason, bestEpoch, divergence };
  }

  dispose(): void {
    this.optimizer.dispose();
    this.analytic?.dispose();
    for (const t of [this.train.x, this.train.targets, this.validation.x, this.validation.targets, this.l2Mask]) t?.dispose();
  }
}

/** Trains `model` in place and disposes the run's tensors. */
export async function trainModel(model: Mlp, data: DataSplit, options: TrainOptions): Promise<TrainResult> {
  const run = new TrainingRun(model, data, options);
  try {
    return await run.run();
  } finally {
    run.dispose();
  }
}
