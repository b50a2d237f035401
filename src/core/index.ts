/**
 * The public face of the optimizer core. Demos and tests import from here; inside src/core, modules import from the
 * defining file. Everything here runs in Node, a Web Worker or the page (tfjs-core only, no DOM).
 */
export { initBackend, isBackendName, activeBackend, BACKEND_NAMES, type BackendName, type BackendChoice, type InitBackendOptions } from './backend';
export { defaultBackendOrder, WEBGL_MIN_PARAMETERS } from './backend-threshold';

export { OPTIMIZER_NAMES, isOptimizerName, type OptimizerName } from './optimizers/optimizer-names';
export type { OptimizerConfig, ResolvedOptimizerConfig, OptimizerConfigs } from './optimizers/config-types';
export { OPTIMIZERS, resolveOptimizerConfig, optimizerDefaults } from './optimizers/registry';
export type { StepOptions } from './optimizers/step-options';
export { UPDATE_RULES, UPDATE_RULE_PAIRS, isUpdateRuleName, updateRuleNames, type UpdateRuleName, type UpdateRulePair } from './optimizers/update-rules';
export { diffUpdateRules, type UpdateRuleDiffRow, type DiffStatus } from './optimizers/update-rule-diff';
export type { UpdateRule, UpdateRuleLine } from './optimizers/update-rule';
export { sgdUpdateRule, momentumUpdateRule, nesterovUpdateRule } from './optimizers/sgd';
export { adamUpdateRule, amsgradUpdateRule } from './optimizers/adam';
export { adamwUpdateRule } from './optimizers/adamw';
export { nadamUpdateRule } from './optimizers/nadam';
export { lionUpdateRule } from './optimizers/lion';
export type { Objective, MatrixObjective } from './optimizers/tensor-problem';
export type { ParamShape } from './optimizers/first-order-rule';
// The plain half (no tfjs; also exported by plain.ts for the page) and the tensor half.
export { createPlainOptimizer, type PlainOptimizer, type PlainProblem } from './optimizers/plain-optimizer';
export { createOptimizer, type TensorOptimizer } from './optimizers/tensor-optimizer';
export { optimizePlain, type OptimizePlainOptions, type MatrixOptimizePlainOptions } from './optimize-plain';
export { optimize, type OptimizeOptions, type MatrixOptimizeOptions } from './optimize-tensor';
export type { MatrixStart } from './optimize-start';
export type { OptimizeResult, Divergence } from './optimize-run';
// The update rules the newer optimizers declare for the update-rule diff (KaTeX lines with stable ids).
export { radamUpdateRule } from './optimizers/radam';
export { lambUpdateRule } from './optimizers/lamb';
export { samUpdateRule } from './optimizers/sam';
export { adamwSchedulefreeUpdateRule } from './optimizers/adamw-schedulefree';
export { sgdSchedulefreeUpdateRule } from './optimizers/sgd-schedulefree';
export { muonUpdateRule } from './optimizers/muon';

export {
  scheduleAt,
  momentumAt,
  validateSchedule,
  stepDecay,
  exponentialDecay,
  cosineAnnealing,
  cosineWarmRestarts,
  linearRamp,
  oneCycle,
  oneCycleMomentum,
  cyclicLr,
  cyclicMomentum,
  warmupStableDecay,
  createPlateauScheduler,
  SCHEDULE_NAMES,
  type Schedule,
  type OneCycleOptions,
  type CyclicOptions,
  type WarmupStableDecayOptions,
  type PlateauOptions,
  type PlateauScheduler,
} from './schedules';

export {
  meanSquaredError,
  meanAbsoluteError,
  huberLoss,
  binaryCrossEntropyWithLogits,
  softmaxCrossEntropyWithLogits,
  hingeLoss,
} from './losses';
export { squaredErrorOf, absoluteErrorOf, huberOf, binaryCrossEntropyOf, softmaxCrossEntropyOf, hingeOf, lossCurve, LOSS_NAMES, type LossName } from './loss-curves';

export { TEST_FUNCTIONS, getTestFunction, quadraticBowl, type TestFunction } from './functions';
export { PLAIN_TEST_FUNCTIONS, getPlainTestFunction, plainProblem, evaluateGrid, type PlainTestFunction } from './plain-functions';
export type { GridSpec } from './grid';
export { createRng, type Seed, type Rng } from './random';
export { withGradientNoise, type GradientNoiseOptions } from './gradient-noise';
export { runSweep, sweepCell, logSpace, linSpace, ESCAPE_FACTOR, type SweepSpec, type SweepCellResult } from './sweep';
export { makeDataset, DATASET_NAMES, type Dataset, type DataSplit, type DatasetName, type DatasetOptions, type Task } from './data';

export { Mlp, isKernel, type MlpSpec, type NamedWeights, type TensorLayout, type Evaluation, type ActivationName, ACTIVATIONS } from './model/mlp';

// compression
export { quantize, dequantize, fakeQuantizeValues, type QuantizeOptions, type QuantizedTensor, type QuantizationGranularity } from './compress/quantize';
export { integerRange, roundHalfAwayFromZero, QUANT_BITS, type QuantizationScheme } from './compress/quantization-params';
export { toFloat16, fromFloat16, castToFloat16, float32ToFloat16Bits, float16BitsToFloat32 } from './compress/float16';
export { FLOAT_FORMATS, FLOAT_FORMAT_NAMES, type FloatFormatName, type FloatFormatSpec } from './compress/float-formats';
export { roundToFloatFormat, type RoundToFloatFormatOptions } from './compress/round-to-float-format';
export { floatFormatFields, floatFormatValue, type FloatFields } from './compress/float-format-bits';
export { quantizeBlocks, DEFAULT_BLOCK_SIZES } from './compress/quantize-blocks';
export { BLOCK_FORMATS, type BlockFormat, type BlockQuantization, type QuantizeBlocksOptions } from './compress/blocks/block-types';
export { NF4_LEVELS } from './compress/blocks/nf4';
export { semiStructuredPrune, type SemiStructuredOptions, type SemiStructuredResult } from './compress/semi-structured-pruning';
export { gptqQuantize, type GptqOptions, type GptqResult } from './compress/gptq';
export { awqSearch, type AwqOptions, type AwqResult } from './compress/awq';
export { smoothQuant, type SmoothQuantOptions, type SmoothQuantResult } from './compress/smoothquant';
export { llmInt8Matmul, type LlmInt8Options, type LlmInt8Result } from './compress/llm-int8';
export { packCodes, unpackCodes, packedByteLength } from './compress/bit-packing';
export { float32Bytes, float16Bytes, quantizedBytes, quantizedByteLength, sparseBytes, sparseByteLength } from './compress/tensor-bytes';
export { compress, measureSize, defaultCompressor, type Compressor, type CompressionFormat, type CompressOptions, type SizePair } from './compress/compressed-size';
export { modelSizeTable, type ModelSizeOptions, type ModelSizeRow } from './compress/model-size';
export { magnitudeMask, magnitudeMasks, neuronMask, applyMask, keptCount, sparsityReport, type PruningScope, type SparsityRow } from './compress/magnitude-pruning';
export { polynomialDecay, constantSparsity, type PruningDecision, type PolynomialDecayOptions, type ConstantSparsityOptions } from './compress/pruning-schedule';
export { distillationLoss, distillationLossTf, binaryLogitToTwoClass, type DistillationOptions, type DistillationLossParts } from './compress/distillation-loss';
export { fakeQuantTf, type FakeQuantOptions } from './compress/fake-quant';
export { quantizeTf, dequantizeTf, type TfQuantizeSpec, type TfQuantized } from './compress/quantize-tf';
export { simulatedForward, calibrateActivations, evaluateSimulated, type ActivationRange, type SimulatedQuantization } from './compress/simulated-inference';
export { postTrainingQuantize, evaluatePtq, type PtqOptions, type PtqResult, type PtqTensor, type PtqTensor as TensorQuantizationReport } from './compress/post-training-quantization';
export { trainQuantizationAware, type QatOptions } from './compress/quantization-aware-training';
export { trainWithPruning, modelPruningMask, applyModelMask, modelSparsityReport, type PruningTrainingOptions, type PruningStructure } from './compress/pruning-training';
export { trainDistilled, type DistillationTrainingOptions } from './compress/distillation-training';
export { COMPRESSION_VARIANTS, COMPRESSION_KINDS, compressWith } from './compress/compression-variants';
export type { CompressionSpec, CompressionKind, TensorNote, VariantInput, VariantOutput } from './compress/variants/variant';
export type { EpochProgress, StopReason, TrainOptions, TrainResult } from './model/train';
export { runTrainingSweep, type TrainingSweepSpec, type TrainingSweepCell } from './model/training-sweep';
export { muonParameterGroups, createTrainingOptimizer, type MuonTrainingConfig, type TrainingOptimizerConfig, type ParameterGroups } from './model/parameter-groups';
export { muonGroupNames, type ParameterGroupNames } from './model/muon-groups';
export type { TrainingDivergence } from './model/divergence';
export type { RunPosition } from './model/run-control';
export type { JobProgress } from './model/job-control';
export type { FieldRequest } from './worker/prediction-field';
export type { CompressionResult, CompressedModel } from './worker/compression-result';
export type { ParetoPoint } from './worker/compression-result';
export { formatSweepSpecs, specKey, type FormatSweepOptions } from './compress/format-sweep';
export type { WeightHistogram } from './worker/weight-histogram';
export type { BenchmarkJob, BenchmarkResult } from './worker/benchmark';
