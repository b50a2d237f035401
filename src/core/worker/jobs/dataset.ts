/** 'dataset': the train and validation points of a generated data set, to draw before any training. */
import { makeDataset, type Dataset } from '../../data';
import type { Job } from '../job';
import type { DatasetPoints } from '../protocol';

const points = (d: Dataset): DatasetPoints => ({ x: d.x, y: d.y, n: d.n, inputDim: d.inputDim });

export const datasetJob: Job<'dataset'> = ({ dataset }) => {
  const { train, validation } = makeDataset(dataset.name, dataset.options);
  return { train: points(train), validation: points(validation) };
};
