/**
 * The worker's logic as a plain function of messages, so it can be tested in Node without a Worker: pass a `post`
 * function and feed requests to the returned handler. training-worker.ts only wires it to self.onmessage.
 */
import { initBackend } from '../backend';
import { makeDataset } from '../data';
import { getTestFunction, plainProblem } from '../functions';
import { Mlp } from '../model/mlp';
import { TrainingRun } from '../model/train';
import { optimize, optimizePlain } from '../optimize';
import type { WorkerRequest, WorkerResponse } from './messages';

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
        case 'optimize': {
          const fn = getTestFunction(request.testFunction);
          const common = { optimizer: request.optimizer, x0: request.x0 ?? fn.start, steps: request.steps, schedule: request.schedule };
          const result = request.plain === true ? optimizePlain({ ...common, problem: plainProblem(fn) }) : optimize({ ...common, objective: fn.tensor });
          post({ type: 'optimize-done', id: request.id, result });
          return;
        }
        case 'train': {
          current?.stop();
          const data = makeDataset(request.dataset.name, request.dataset.options);
          const model = Mlp.create(request.model);
          const run = new TrainingRun(model, data, { ...request.training, onEpoch: (progress) => post({ type: 'epoch', id: request.id, progress }) });
          current = run;
          try {
            const result = await run.run();
            post({ type: 'train-done', id: request.id, ...result, weights: model.getWeights() });
          } finally {
            if (current === run) current = undefined;
            run.dispose();
            model.dispose();
          }
          return;
        }
      }
    } catch (error) {
      post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
