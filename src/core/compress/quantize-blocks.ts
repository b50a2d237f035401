/**
 * Block (group) quantization of a flattened tensor to the formats LLM compression uses in 2026: int8/int4 per group
 * (GPTQ/AWQ style), NF4 (QLoRA), MXFP4 and MXFP8 (OCP Microscaling), NVFP4. One module per format in ./blocks/
 * holds the definition and its source; this file checks the options and dispatches.
 */
import { checkFiniteValues, checkInteger, checkOneOf, fail } from './validate';
import { BLOCK_FORMATS, type BlockFormat, type BlockQuantization, type QuantizeBlocksOptions } from './blocks/block-types';
import { quantizeIntGroups } from './blocks/int-groups';
import { quantizeMx } from './blocks/mx-blocks';
import { quantizeNf4 } from './blocks/nf4';
import { quantizeNvfp4 } from './blocks/nvfp4';

const WHERE = 'quantizeBlocks()';

/** The block size each format uses when none is given: GPTQ/AWQ's usual group, QLoRA's, OCP MX's, NVFP4's. */
export const DEFAULT_BLOCK_SIZES: Readonly<Record<BlockFormat, number>> = {
  int8: 128,
  int4: 128,
  nf4: 64,
  mxfp4: 32,
  'mxfp8-e4m3': 32,
  nvfp4: 16,
};

/** Larger blocks would not be blocks of a toy model's weights; the cap keeps a typo from meaning "per tensor". */
export const MAX_BLOCK_SIZE = 65536;

export function quantizeBlocks(values: ArrayLike<number>, options: QuantizeBlocksOptions): BlockQuantization {
  if (typeof options !== 'object' || options === null) fail('options', 'an object with a format', options, WHERE);
  const format = checkOneOf(options.format, 'format', BLOCK_FORMATS, WHERE);
  const blockSize = checkInteger(options.blockSize ?? DEFAULT_BLOCK_SIZES[format], 'blockSize', 1, MAX_BLOCK_SIZE, WHERE);
  const isInt = format === 'int8' || format === 'int4';
  if (options.scheme !== undefined) {
    // Only the integer formats have a zero point to choose; the float formats are symmetric by construction.
    checkOneOf(options.scheme, 'scheme', isInt ? (['asymmetric', 'symmetric'] as const) : (['symmetric'] as const), `${WHERE} for format "${format}"`);
  }
  if (options.doubleQuant !== undefined && typeof options.doubleQuant !== 'boolean') {
    fail('doubleQuant', 'true or false', options.doubleQuant, WHERE);
  }
  if (options.doubleQuant === true && format !== 'nf4') {
    fail('doubleQuant', 'false or absent unless format is "nf4"', options.doubleQuant, `${WHERE} for format "${format}"`);
  }
  // MX defines what a NaN or infinity does to its block; the other formats would turn their scales into NaN.
  if (format !== 'mxfp4' && format !== 'mxfp8-e4m3') checkFiniteValues(values, 'values', `${WHERE} for format "${format}"`);

  let result: Omit<BlockQuantization, 'format'>;
  switch (format) {
    case 'int8':
    case 'int4':
      result = quantizeIntGroups(values, format === 'int8' ? 8 : 4, blockSize, options.scheme ?? 'asymmetric');
      break;
    case 'nf4':
      result = quantizeNf4(values, blockSize, options.doubleQuant === true);
      break;
    case 'mxfp4':
      result = quantizeMx(values, 'fp4-e2m1', blockSize);
      break;
    case 'mxfp8-e4m3':
      result = quantizeMx(values, 'fp8-e4m3', blockSize);
      break;
    case 'nvfp4':
      result = quantizeNvfp4(values, blockSize);
      break;
  }
  return { format, ...result };
}
