/**
 * The trained model the worker keeps between requests, under a numbered handle, with the data set it was trained
 * on, so 'compress' sends a handle instead of the weights and the data set is not rebuilt per variant. One model per
 * worker: keeping a new one frees the previous, so a demo that trains again and again never piles models up.
 */
import type { DataSplit } from '../data';
import type { Mlp } from '../model/mlp';

export interface HeldModel {
  model: Mlp;
  data: DataSplit;
}

export class ModelStore {
  private held: { handle: number; entry: HeldModel } | undefined;
  private nextHandle = 1;

  /** Keeps `entry` (the store now disposes its model) and frees the one kept before. */
  keep(entry: HeldModel): number {
    this.held?.entry.model.dispose();
    const handle = this.nextHandle++;
    this.held = { handle, entry };
    return handle;
  }

  get(handle: number): HeldModel {
    if (this.held?.handle !== handle) {
      throw new Error(`modelHandle ${handle} is not held by the worker (a newer training run replaced it, or it was released): train the model again and use the handle of its train-done reply`);
    }
    return this.held.entry;
  }

  release(handle: number): boolean {
    if (this.held?.handle !== handle) return false;
    this.held.entry.model.dispose();
    this.held = undefined;
    return true;
  }
}
