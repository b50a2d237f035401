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
export { QUANT_BITS } from './compress/quantization-params';
export { REPLY_TYPE } from './worker/protocol';
