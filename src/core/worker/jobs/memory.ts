/** 'memory': tf.memory() of the worker, for the browser tests' leak checks (window.__glossaryDemos). */
import * as tf from '@tensorflow/tfjs-core';
import type { Job } from '../job';

export const memoryJob: Job<'memory'> = () => {
  const { numTensors, numBytes } = tf.memory();
  return { numTensors, numBytes };
};
