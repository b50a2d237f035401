/**
 * The worker's logic as a plain function of messages, so it can be tested in Node without a Worker: pass a `post`
 * function and feed requests to the returned handler. training-worker.ts only wires it to self.onmessage.
 */
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../backend';
import { makeDataset } from '../data';
import { getTestFunction } from '../functions';
import { plainProblem } from '../plain-functions';
import { Mlp } from '../model/mlp';
import { TrainingRun, type TrainOptions } from '../model/train';
import { optimizePlain } from '../optimize-plain';
import { optimizeTensor } from '../optimize-tensor';
import type { WorkerRequest, WorkerResponse } from './messages';
import { runBenchmark } from './benchmark-request';
import { runCompression } from './compress-request';
import { predictField, wantsField } from './prediction-field';

export type Post = (message: WorkerResponse) => void;

export function createWorkerHandler(post: Post): (request: WorkerRequest) => Promise<void> {
  let current: TrainingRun | undefined;

  return async (request) => {
    try {
      switch (request.type) {
        case 'init-backend':
          post({ type: 'backend', id: request.id, choice: await initBackend(request.options) });
          return;
        case 'pause':
        case 'resume':
        case 'stop':
          if (request.type === 'pause') current?.pause();
          else if (request.type === 'resume') current?.resume();
          else current?.stop();
          post({ type: 'ack', id: request.id, request: request.type });
          return;
        case 'memory': {
          const { numTensors, numBytes } = tf.memory();
          post({ type: 'memory', id: request.id, numTensors, numBytes });
          return;
        }
        case 'optimize': {
          const fn = getTestFunction(request.testFunction);
          const common = { optimizer: request.optimizer, x0: request.x0 ?? fn.start, steps: request.steps, schedule: request.schedule };
          const result = request.plain === true ? optimizePlain({ ...common, problem: plainProblem(fn) }) : optimizeTensor({ ...common, objective: fn.tensor });
          post({ type: 'optimize-done', id: request.id, result });
          return;
        }
        case 'train': {
          current?.stop();
          const data = makeDataset(request.dataset.name, request.dataset.options);
          const model = Mlp.create(request.model);
          const { field } = request;
          const totalEpochs = request.training.epochs ?? 100;
          const onEpoch = (progress: Parameters<NonNullable<TrainOptions['onEpoch']>>[0]): void => {
            const withField = field !== undefined && Number.isFinite(progress.trainLoss) && wantsField(progress.epoch, totalEpochs, field.every);
            post({ type: 'epoch', id: request.id, progress, ...(withField ? { field: predictField(model, field.grid) } : {}) });
          };
          const run = new TrainingRun(model, data, { ...request.training, onEpoch });
          current = run;
          try {
            const result = await run.run();
            const finalField = field !== undefined && result.stopReason !== 'diverged' ? { field: predictField(model, field.grid) } : {};
            post({ type: 'train-done', id: request.id, ...result, weights: model.getWeights(), ...finalField });
          } finally {
            if (current === run) current = undefined;
            run.dispose();
            model.dispose();
          }
          return;
        }
        case 'dataset': {
          const { train, validation } = makeDataset(request.dataset.name, request.dataset.options);
          const points = (d: typeof train) => ({ x: d.x, y: d.y, n: d.n, inputDim: d.inputDim });
          post({ type: 'dataset-points', id: request.id, train: points(train), validation: points(validation) });
          return;
        }
        case 'compress': {
          const { type: _type, id, ...job } = request;
          post({ type: 'compress-done', id, result: await runCompression(job) });
          return;
        }
        case 'benchmark': {
          const { type: _type, id, ...job } = request;
          const result = await runBenchmark(job, (fraction) => post({ type: 'benchmark-progress', id, backend: job.backend, fraction }));
          post({ type: 'benchmark-done', id, result });
          return;
        }
      }
    } catch (error) {
      post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
