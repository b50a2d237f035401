/**
 * The part of the core a page may import on the main thread: plain-number math with no tfjs behind it, so a demo
 * that only draws curves or contours does not download tfjs-core (about 107 KB gzip). Training, optimizing on
 * tensors and compression stay in the worker, which imports `index.ts`. tests/core/boundaries.test.ts fails if
 * anything reachable from here imports @tensorflow/*.
 */
export { scheduleAt, momentumAt, validateSchedule, SCHEDULE_NAMES, type Schedule } from './schedules';
export { squaredErrorOf, absoluteErrorOf, huberOf, binaryCrossEntropyOf, hingeOf, lossCurve, LOSS_NAMES, type LossName } from './loss-curves';
export { PLAIN_TEST_FUNCTIONS, getPlainTestFunction, evaluateGrid, type PlainTestFunction } from './plain-functions';
export type { GridSpec } from './grid';

// Id lists the demos check their MDX props and URL values against (components/demos/*/manifest.ts), so every list has
// one owner here in the core. Neither module loads anything at run time that pulls tfjs in.
import { PLAIN_TEST_FUNCTIONS as TEST_FUNCTION_TABLE, type PlainTestFunctionName } from './plain-functions';
/** The 2-D test functions' names, in the table's order (the optimizer playground's menu order). */
export const TEST_FUNCTION_NAMES = Object.keys(TEST_FUNCTION_TABLE) as PlainTestFunctionName[];
export type { PlainTestFunctionName } from './plain-functions';
export { OPTIMIZER_NAMES, type OptimizerName } from './optimizers/types';
export { DATASET_NAMES, type DatasetName } from './data';
export { QUANT_BITS } from './compress/quantization-params';
export { REPLY_TYPE } from './worker/protocol';
