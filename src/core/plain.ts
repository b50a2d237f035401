/**
 * The part of the core a page may import on the main thread: plain-number math with no tfjs behind it, so a demo
 * that draws curves, contours or 2-D optimizer paths does not download tfjs-core (about 107 KB gzip). Training,
 * optimizing on tensors and compression stay in the worker, which imports `index.ts`. tests/architecture/core-boundaries.test.ts
 * fails if anything reachable from here imports @tensorflow/*.
 */
export { optimizePlain, type OptimizePlainOptions, type MatrixOptimizePlainOptions } from './optimize-plain';
export type { MatrixStart } from './optimize-start';
export type { OptimizeResult, Divergence } from './optimize-run';
export { createPlainOptimizer, type PlainOptimizer, type PlainProblem } from './optimizers/plain-optimizer';
export { resolveOptimizerConfig, optimizerDefaults } from './optimizers/registry';
export { OPTIMIZER_NAMES, type OptimizerName } from './optimizers/optimizer-names';
export type { OptimizerConfig, ResolvedOptimizerConfig, OptimizerConfigs } from './optimizers/config-types';
export type { StepOptions } from './optimizers/step-options';
export { UPDATE_RULES, UPDATE_RULE_PAIRS, isUpdateRuleName, updateRuleNames, type UpdateRuleName, type UpdateRulePair } from './optimizers/update-rules';
export { diffUpdateRules, type UpdateRuleDiffRow, type DiffStatus } from './optimizers/update-rule-diff';
export type { UpdateRule, UpdateRuleLine } from './optimizers/update-rule';
export { scheduleAt, momentumAt, validateSchedule, SCHEDULE_NAMES, DECAY_SHAPES, wsdDecaySteps, type Schedule, type DecayShape } from './schedules';
export { createPlateauScheduler, type PlateauScheduler, type PlateauOptions } from './schedules/plateau';
export { squaredErrorOf, absoluteErrorOf, huberOf, binaryCrossEntropyOf, hingeOf, lossCurve, LOSS_NAMES, type LossName } from './loss-curves';
export { PLAIN_TEST_FUNCTIONS, getPlainTestFunction, plainProblem, evaluateGrid, type PlainTestFunction } from './plain-functions';
export type { GridSpec } from './grid';
export { withGradientNoise, type GradientNoiseOptions } from './gradient-noise';
export { logSpace, linSpace, ESCAPE_FACTOR, type SweepSpec, type SweepCellResult } from './sweep';
export { muonGroupNames, type ParameterGroupNames } from './model/muon-groups';
export { mulberry32 } from './random';
export { failedModuleUrl } from './failed-module-url';

// Id lists the demos check their MDX props and URL values against (components/demos/*/manifest.ts): each list has
// one owner here in the core, and none of these modules pulls tfjs in.
export { TEST_FUNCTION_NAMES, type PlainTestFunctionName } from './plain-functions';
export { DATASET_NAMES, type DatasetName } from './data';
export { QUANT_BITS } from './compress/quantization-params';
export { REPLY_TYPE } from './worker/protocol';
export { defaultBackendOrder, WEBGL_MIN_PARAMETERS } from './backend-threshold';

// Low-precision number formats and block quantization: plain arithmetic, drawn on the page by the number-format explorer.
export { FLOAT_FORMATS, FLOAT_FORMAT_NAMES, type FloatFormatName, type FloatFormatSpec } from './compress/float-formats';
export { roundToFloatFormat, type RoundToFloatFormatOptions } from './compress/round-to-float-format';
export { floatFormatFields, floatFormatValue, type FloatFields } from './compress/float-format-bits';
export { quantizeBlocks, DEFAULT_BLOCK_SIZES } from './compress/quantize-blocks';
export { BLOCK_FORMATS, type BlockFormat, type BlockQuantization, type QuantizeBlocksOptions } from './compress/blocks/block-types';
export { NF4_LEVELS } from './compress/blocks/nf4';
export { formatSweepSpecs, specKey, type FormatSweepOptions } from './compress/format-sweep';
export { semiStructuredPrune, type SemiStructuredOptions, type SemiStructuredResult } from './compress/semi-structured-pruning';
