/**
 * 'train': trains an MLP on a generated data set, streaming one 'epoch' message per epoch (with the prediction
 * field every few epochs), and keeps the trained model under a handle for 'compress'. A new run stops the previous
 * one; 'pause' / 'resume' / 'step' / 'stop' act on the run in `session.run`.
 */
import { makeDataset } from '../../data';
import { Mlp } from '../../model/mlp';
import { TrainingRun } from '../../model/train';
import type { Job } from '../job';
import { predictField, wantsField } from '../prediction-field';

export const trainJob: Job<'train'> = async (request, { session, progress }) => {
  session.run?.control.stop();
  // A compression of the kept model must not outlive it (keep() below frees it).
  if (session.job?.usesKeptModel === true) session.job.control.cancel();
  const data = makeDataset(request.dataset.name, request.dataset.options);
  const model = Mlp.create(request.model);
  const { field } = request;
  const totalEpochs = request.training.epochs ?? 100;
  let kept = false;
  let run: TrainingRun | undefined;
  try {
    run = new TrainingRun(model, data, {
      ...request.training,
      onEpoch: (p) => {
        const withField = field !== undefined && Number.isFinite(p.trainLoss) && wantsField(p.epoch, totalEpochs, field.every);
        progress({ type: 'epoch', progress: p, ...(withField ? { field: predictField(model, field.grid) } : {}) });
      },
    });
    if (request.paused === true) run.control.pause();
    session.run = run;
    const result = await run.run();
    const finalField = field !== undefined && result.stopReason !== 'diverged' ? { field: predictField(model, field.grid) } : {};
    const weights = model.getWeights();
    const modelHandle = session.models.keep({ model, data });
    kept = true;
    return { ...result, weights, ...finalField, modelHandle };
  } finally {
    if (run !== undefined && session.run === run) session.run = undefined;
    run?.dispose();
    if (!kept) model.dispose();
  }
};
