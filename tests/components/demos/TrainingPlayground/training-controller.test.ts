/**
 * The training playground's hook logic (TrainingController, which use-training.ts wraps) against a fake worker:
 * a scripted one that answers when the test says so, and the core's real handler behind a fake Worker. No DOM
 * library is installed, so the hook itself is the thin part left untested here; the browser tests cover it.
 */
import { describe, expect, it } from 'vitest';
import { createWorkerHandler } from '../../../../src/core/worker/handler';
import type { RequestBody, Verb, WorkerRequest, WorkerResponse } from '../../../../src/core/worker/protocol';
import { CoreWorkerClient, type CoreRequest, type WorkerLike } from '../../../../components/demos/shared/core-worker-client';
import { TrainingController, type FrameScheduler, type TrainingSnapshot } from '../../../../components/demos/TrainingPlayground/training-controller';

type AnyBody = { [V in Verb]: RequestBody<V> }[Verb];

interface Pending {
  body: AnyBody;
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
  onProgress: ((message: unknown) => void) | undefined;
}

/** A worker that records requests and answers only when told to. */
class ScriptedCore {
  readonly pending: Pending[] = [];
  readonly request = ((body: AnyBody, onProgress?: (message: unknown) => void) =>
    new Promise((resolve, reject) => this.pending.push({ body, resolve, reject, onProgress }))) as unknown as CoreRequest;

  sent(): string[] {
    return this.pending.map((p) => (p.body.type === 'train' ? `train${p.body.paused === true ? ' (paused)' : ''}` : p.body.type));
  }

  private find(type: Verb): Pending {
    const p = this.pending.find((q) => q.body.type === type);
    if (p === undefined) throw new Error(`no ${type} request (sent: ${this.sent().join(', ')})`);
    return p;
  }

  epoch(epoch: number, trainLoss = 1 / epoch, field?: Float32Array): void {
    this.find('train').onProgress?.({ type: 'epoch', progress: progress(epoch, trainLoss), ...(field === undefined ? {} : { field }) });
  }

  async answer(type: Verb, reply: object): Promise<void> {
    const p = this.find(type);
    this.pending.splice(this.pending.indexOf(p), 1);
    p.resolve({ type: 'reply', id: 0, ...reply });
    await new Promise((r) => setTimeout(r, 0));
  }
}

const progress = (epoch: number, trainLoss: number) => ({ epoch, step: epoch, lr: 0.1, trainLoss, validationLoss: trainLoss, trainAccuracy: 0.5, validationAccuracy: 0.5 });
const history = (n: number) => Array.from({ length: n }, (_, i) => progress(i + 1, 1 / (i + 1)));

/** Frames that run only when the test ticks, so buffering is visible. */
function manualFrames(): FrameScheduler & { tick: () => void } {
  let queued: (() => void)[] = [];
  return {
    request: (cb) => queued.push(cb),
    cancel: (handle) => {
      queued[handle - 1] = () => undefined;
    },
    tick: () => {
      const run = queued;
      queued = [];
      for (const cb of run) cb();
    },
  };
}

const BODY: RequestBody<'train'> = { type: 'train', model: { layerSizes: [2, 4, 1] }, dataset: { name: 'moons', options: { n: 40 } }, training: { optimizer: { name: 'adam', lr: 0.05 }, epochs: 6 } };

function setup() {
  const core = new ScriptedCore();
  const frames = manualFrames();
  let shown: TrainingSnapshot | undefined;
  const controller = new TrainingController(core.request, (s) => (shown = s), frames);
  return { core, frames, controller, shown: () => shown! };
}

describe('TrainingController with a scripted worker', () => {
  it('trains: epochs reach the screen once per frame, and train-done ends the run', async () => {
    const { core, frames, controller, shown } = setup();
    controller.act('play', BODY);
    expect(core.sent()).toEqual(['train']);
    expect(shown().phase).toBe('running');
    core.epoch(1);
    core.epoch(2);
    expect(shown().history).toEqual([]);
    frames.tick();
    expect(shown().history.map((p) => p.epoch)).toEqual([1, 2]);
    await core.answer('train', { stopReason: 'completed', history: history(6), divergence: undefined, bestEpoch: 6, weights: [], modelHandle: 1, field: new Float32Array(4) });
    expect(shown()).toMatchObject({ phase: 'done', message: undefined, field: new Float32Array(4) });
    expect(shown().history).toHaveLength(6);
  });

  it('Step from rest opens a paused run and asks for one epoch; the reply pauses it with that epoch shown', async () => {
    const { core, controller, shown } = setup();
    controller.act('step', BODY);
    expect(core.sent()).toEqual(['train (paused)', 'step']);
    expect(shown().phase).toBe('stepping');
    core.epoch(1);
    await core.answer('step', { epoch: 1, ended: false });
    expect(shown().phase).toBe('paused');
    expect(shown().history.map((p) => p.epoch)).toEqual([1]);
    controller.act('step', BODY);
    controller.act('step', BODY);
    expect(core.sent()).toEqual(['train (paused)', 'step', 'step']);
    core.epoch(2);
    await core.answer('step', { epoch: 3, ended: false });
    expect(shown().phase).toBe('stepping');
    core.epoch(3);
    await core.answer('step', { epoch: 3, ended: false });
    expect([shown().phase, shown().history.length]).toEqual(['paused', 3]);
    controller.act('play', BODY);
    expect(core.sent().at(-1)).toBe('resume');
  });

  it('shows the worker reason when the run diverged', async () => {
    const { core, controller, shown } = setup();
    controller.act('play', BODY);
    const divergence = { epoch: 2, loss: Infinity, message: 'diverged at epoch 2: loss became Infinity' };
    await core.answer('train', { stopReason: 'diverged', history: history(2), divergence, bestEpoch: 2, weights: [], modelHandle: 1 });
    expect(shown()).toMatchObject({ phase: 'diverged', message: 'diverged at epoch 2: loss became Infinity. Lower the learning rate and train again.' });
  });

  it('drops the replies of a run that was reset, and stops it in the worker', async () => {
    const { core, controller, shown } = setup();
    controller.act('play', BODY);
    core.epoch(1);
    controller.act('reset', undefined);
    expect(core.sent()).toEqual(['train', 'stop']);
    await core.answer('train', { stopReason: 'stopped', history: history(1), divergence: undefined, bestEpoch: 1, weights: [], modelHandle: 1 });
    expect(shown()).toMatchObject({ phase: 'idle', history: [] });
  });

  it('does nothing while the settings cannot train, and reports a failed run', async () => {
    const { core, controller, shown } = setup();
    controller.act('play', undefined);
    expect([core.sent(), shown()]).toEqual([[], undefined]);
    controller.act('play', BODY);
    const p = core.pending[0]!;
    p.reject(new Error('lr must be a finite number > 0 (got -1) in optimizer "adam"'));
    await new Promise((r) => setTimeout(r, 0));
    expect(shown()).toMatchObject({ phase: 'error', message: 'lr must be a finite number > 0 (got -1) in optimizer "adam"' });
  });

  it('with reduced motion shows only the final boundary', async () => {
    const { core, frames, controller, shown } = setup();
    controller.act('play', BODY, { streamFields: false });
    core.epoch(1, 0.5, new Float32Array([1]));
    frames.tick();
    expect(shown().field).toBeUndefined();
    await core.answer('train', { stopReason: 'completed', history: history(1), divergence: undefined, bestEpoch: 1, weights: [], modelHandle: 1, field: new Float32Array([2]) });
    expect(shown().field).toEqual(new Float32Array([2]));
  });
});

describe('TrainingController with the real worker handler behind a fake Worker', () => {
  it('trains exactly one epoch per Step, queues quick presses, and Resume trains the rest', async () => {
    const handle = createWorkerHandler((data) => worker.onmessage?.({ data } as MessageEvent<WorkerResponse>));
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: (r: WorkerRequest) => void handle(r), terminate: () => undefined };
    const client = new CoreWorkerClient(() => worker);
    await client.start({ preferred: 'cpu' });
    const snapshots: TrainingSnapshot[] = [];
    const controller = new TrainingController(client.request.bind(client) as CoreRequest, (s) => snapshots.push(s), { request: (cb) => setTimeout(cb, 0) as unknown as number, cancel: (h) => clearTimeout(h) });
    const settle = async (phase: string) => {
      for (let i = 0; i < 200 && snapshots.at(-1)?.phase !== phase; i++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 30));
      return snapshots.at(-1)!;
    };
    controller.act('step', BODY);
    expect((await settle('paused')).history.map((p) => p.epoch)).toEqual([1]);
    controller.act('step', BODY);
    controller.act('step', BODY);
    const paused = await settle('paused');
    expect([paused.phase, paused.history.length]).toEqual(['paused', 3]);
    controller.act('play', BODY);
    const done = await settle('done');
    expect(done.history.map((p) => p.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    client.dispose();
  });
});
