/**
 * A learning-rate x batch-size sweep on a small MLP: one short training per cell, every cell from the same initial
 * weights (the model spec's seed), the same data and the same epoch budget, through TrainingRun's public API
 * (trainModel). The core worker's 'sweep' verb streams the cells; `npm run bench` times the same function.
 */
import { makeDataset, type DatasetName, type DatasetOptions } from '../data';
import { Mlp, type MlpSpec } from './mlp';
import type { TrainingOptimizerConfig } from './parameter-groups';
import { trainModel, type StopReason, type TrainOptions } from './train';

export interface TrainingSweepSpec {
  model: MlpSpec;
  dataset: { name: DatasetName; options?: DatasetOptions };
  /**
   * Everything but the swept values; `optimizer.lr` and `batchSize` come from the grid. For Muon the cell's lr sets
   * the AdamW group's lr too when that group names one (one lr for both groups, as with adjustLrFn 'match_rms_adamw').
   */
  training: Omit<TrainOptions, 'onEpoch' | 'batchSize'>;
  /** The columns. */
  lrs: readonly number[];
  /** The rows (examples per step; larger than the training set means full batch). */
  batchSizes: readonly number[];
}

export interface TrainingSweepCell {
  lr: number;
  batchSize: number;
  /** The last epoch's losses (Infinity if the run diverged). */
  trainLoss: number;
  validationLoss: number;
  validationAccuracy: number | undefined;
  stopReason: StopReason;
  epochs: number;
}

const MAX_CELLS = 400;

function checkSpec(spec: TrainingSweepSpec): void {
  const { lrs, batchSizes } = spec;
  if (lrs.length < 1 || batchSizes.length < 1) throw new Error('lrs and batchSizes must each hold at least one value in sweep');
  if (lrs.length * batchSizes.length > MAX_CELLS) throw new Error(`a sweep may hold at most ${MAX_CELLS} cells (got ${lrs.length} x ${batchSizes.length}); use fewer values`);
  lrs.forEach((lr, i) => {
    if (!(Number.isFinite(lr) && lr > 0)) throw new Error(`lrs[${i}] must be a finite number > 0 (got ${lr}) in sweep`);
  });
  batchSizes.forEach((b, i) => {
    if (!(Number.isInteger(b) && b >= 1)) throw new Error(`batchSizes[${i}] must be an integer >= 1 (got ${b}) in sweep`);
  });
}

function withLr(optimizer: TrainingOptimizerConfig, lr: number): TrainingOptimizerConfig {
  if (optimizer.name === 'muon' && 'adamw' in optimizer && optimizer.adamw?.lr !== undefined) return { ...optimizer, lr, adamw: { ...optimizer.adamw, lr } };
  return { ...optimizer, lr };
}

/**
 * Trains every cell, row by row (a row per batch size, a column per lr), calling `onCell(index, cell)` after each.
 * `shouldStop` is asked between cells (e.g. a newer request arrived); the cells done so far are returned.
 */
export async function runTrainingSweep(
  spec: TrainingSweepSpec,
  onCell?: (index: number, cell: TrainingSweepCell) => void,
  shouldStop?: () => boolean,
): Promise<TrainingSweepCell[]> {
  checkSpec(spec);
  const data = makeDataset(spec.dataset.name, spec.dataset.options);
  const cells: TrainingSweepCell[] = [];
  for (const batchSize of spec.batchSizes) {
    for (const lr of spec.lrs) {
      if (shouldStop?.() === true) return cells;
      const model = Mlp.create(spec.model);
      try {
        const result = await trainModel(model, data, { ...spec.training, optimizer: withLr(spec.training.optimizer, lr), batchSize });
        const last = result.history.at(-1);
        const diverged = result.stopReason === 'diverged';
        const cell: TrainingSweepCell = {
          lr,
          batchSize,
          trainLoss: diverged || last === undefined ? Infinity : last.trainLoss,
          validationLoss: diverged || last === undefined ? Infinity : last.validationLoss,
          validationAccuracy: diverged ? undefined : last?.validationAccuracy,
          stopReason: result.stopReason,
          epochs: result.history.length,
        };
        cells.push(cell);
        onCell?.(cells.length - 1, cell);
      } finally {
        model.dispose();
      }
    }
  }
  return cells;
}
