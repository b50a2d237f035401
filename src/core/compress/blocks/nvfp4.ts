/**
 * NVFP4 (NVIDIA Blackwell): E2M1 elements in blocks of 16, each block with an FP8 E4M3 scale, and one FP32 scale
 * per tensor so the block scales fit E4M3's range. Transcribes NVIDIA TensorRT Model Optimizer
 * (NVIDIA/TensorRT-Model-Optimizer, modelopt/torch/quantization/qtensor/nvfp4_tensor.py, `NVFP4QTensor`):
 *   tensorScale = amax(|x|) / (6 * 448)                          (get_weights_scaling_factor_2)
 *   blockScale  = e4m3(amax_block / (6 * tensorScale)), 1 where amax_block is 0   (get_weights_scaling_factor)
 *   element     = e2m1(x / (blockScale * tensorScale)), ties to even, saturating at 6   (quantize, _cast_fp4)
 *   x^          = element * blockScale * tensorScale                                      (dequantize)
 * Where ModelOpt would divide by zero we define: an all-zero tensor takes tensorScale 1, and a block whose scale
 * underflows E4M3 to 0 stores zeros. Arithmetic is float64 (ModelOpt's is float32). Non-finite values are rejected
 * by quantizeBlocks. Size: 4 bits per value, 8 per block, 32 for the tensor (4.5 + 32 / n at 16).
 */
import { FLOAT_FORMATS } from '../float-formats';
import { floatFormatFields } from '../float-format-bits';
import { roundValueToFloatFormat } from '../round-to-float-format';
import { blockAbsMax, blockCount, type BlockQuantization } from './block-types';

const E2M1_MAX = 6;
const E4M3_MAX = 448;

export function quantizeNvfp4(values: ArrayLike<number>, blockSize: number): Omit<BlockQuantization, 'format'> {
  const e2m1 = FLOAT_FORMATS['fp4-e2m1'];
  const e4m3 = FLOAT_FORMATS['fp8-e4m3'];
  const n = values.length;
  const blocks = blockCount(n, blockSize);
  const codes = new Int16Array(n);
  const dequantized = new Float32Array(n);
  const scales = new Float64Array(blocks);
  const scaleCodes = new Int16Array(blocks);
  const amax = blockAbsMax(values, 0, n);
  const tensorScale = amax === 0 ? 1 : amax / (E2M1_MAX * E4M3_MAX);
  for (let b = 0; b < blocks; b++) {
    const start = b * blockSize;
    const end = Math.min(n, start + blockSize);
    const wanted = blockAbsMax(values, start, end) / (E2M1_MAX * tensorScale);
    // ModelOpt casts with torch's float8_e4m3fn conversion; the wanted scale never exceeds 448 by more than rounding.
    const blockScale = roundValueToFloatFormat(wanted === 0 ? 1 : wanted, e4m3, true);
    scales[b] = blockScale;
    scaleCodes[b] = floatFormatFields(blockScale, 'fp8-e4m3').bits;
    const step = blockScale * tensorScale;
    for (let i = start; i < end; i++) {
      // "+ 0" turns -0 into 0: ModelOpt takes the sign bit from x < 0, so a -0 input stores code 0.
      const element = step === 0 ? 0 : roundValueToFloatFormat(((values[i] as number) + 0) / step, e2m1, true);
      codes[i] = floatFormatFields(element, 'fp4-e2m1').bits;
      dequantized[i] = element * step;
    }
  }
  return { blockSize, codes, scales, scaleCodes, tensorScale, dequantized, bitsPerWeight: n === 0 ? 0 : (4 * n + 8 * blocks + 32) / n };
}
