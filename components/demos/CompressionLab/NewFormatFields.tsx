/**
 * The Quantize tab's settings for the 2026 formats: block size (fixed for MX and NVFP4 by their specifications),
 * NF4 double quantization, GPTQ vs round-to-nearest at int3/int4 with a group size, and W8A8 with the outlier switch.
 */
import { Checkbox, Select } from './Select';
import { BLOCK_SIZES, FIXED_BLOCK_SIZES, GROUP_SIZES, W8A8_CHOICES, type CompressionLabState, type QuantFormat } from './state';

export const QUANT_LABELS: Record<QuantFormat, string> = {
  fp16: 'float16',
  int8: 'int8',
  int4: 'int4 (two per byte)',
  custom: 'custom bit width',
  bf16: 'bfloat16',
  'fp8-e4m3': 'FP8 E4M3',
  'fp8-e5m2': 'FP8 E5M2',
  'int8-blocks': 'int8 per block',
  'int4-blocks': 'int4 per block',
  nf4: 'NF4 (QLoRA)',
  mxfp4: 'MXFP4',
  'mxfp8-e4m3': 'MXFP8 (E4M3)',
  nvfp4: 'NVFP4',
  gptq: 'GPTQ or RTN, int3/int4',
  w8a8: 'W8A8 (int8 activations too)',
};

const W8A8_LABELS: Record<(typeof W8A8_CHOICES)[number], string> = { plain: 'plain', smoothquant: 'SmoothQuant', 'llm-int8': 'LLM.int8()' };
const BLOCK_FORMATS: readonly QuantFormat[] = ['int8-blocks', 'int4-blocks', 'nf4', 'mxfp4', 'mxfp8-e4m3', 'nvfp4'];

interface Props {
  state: CompressionLabState;
  update: (patch: Partial<CompressionLabState>) => void;
  disabled: boolean;
}

export function NewFormatFields({ state: s, update, disabled }: Props) {
  const fixed = FIXED_BLOCK_SIZES[s.format];
  return (
    <>
      {BLOCK_FORMATS.includes(s.format) &&
        (fixed === undefined ? (
          <Select
            label="Block size"
            value={String(s.blockSize)}
            disabled={disabled}
            options={[...BLOCK_SIZES.map((b) => [String(b), `${b} weights`] as const), ...((BLOCK_SIZES as readonly number[]).includes(s.blockSize) ? [] : [[String(s.blockSize), `${s.blockSize} (not offered)`] as const])]}
            onChange={(v) => update({ blockSize: Number(v) })}
            hint="Consecutive inputs of one output unit that share a scale. Smaller blocks: more scales, more bits per weight, less error."
          />
        ) : (
          <p className="gd-hint" data-testid="cl-fixed-block">Blocks of {fixed}, fixed by the {s.format === 'nvfp4' ? 'NVFP4 format (an E4M3 scale per 16 values, plus one float32 per tensor)' : 'OCP Microscaling specification (a shared power-of-two E8M0 scale)'}.</p>
        ))}
      {s.format === 'nf4' && <Checkbox label="Double quantization" checked={s.doubleQuant} disabled={disabled} testId="cl-double-quant" onChange={(doubleQuant) => update({ doubleQuant })} hint="QLoRA stores the float32 block scales as 8-bit codes too (about 0.37 fewer bits per weight at block size 64)." />}
      {s.format === 'gptq' && (
        <>
          <Select label="Method" value={s.gptqMethod} disabled={disabled} options={[['gptq', 'GPTQ'], ['rtn', 'round-to-nearest']] as const} onChange={(gptqMethod) => update({ gptqMethod })} hint="GPTQ feeds each column's rounding error into the columns not yet rounded, using the training inputs; round-to-nearest rounds every weight on its own." />
          <Select label="Bits" value={s.gptqBits} disabled={disabled} options={[['4', 'int4'], ['3', 'int3']] as const} onChange={(gptqBits) => update({ gptqBits })} />
          <Select label="Group size" value={String(s.groupSize)} disabled={disabled} options={[...GROUP_SIZES.map((g) => [String(g), `${g} inputs`] as const), ...((GROUP_SIZES as readonly number[]).includes(s.groupSize) ? [] : [[String(s.groupSize), `${s.groupSize} (not offered)`] as const])]} onChange={(v) => update({ groupSize: Number(v) })} hint="Inputs per scale and zero point; 32 is one group per output unit here." />
        </>
      )}
      {s.format === 'w8a8' && (
        <>
          <Select label="Method" value={s.w8a8} disabled={disabled} options={W8A8_CHOICES.map((m) => [m, W8A8_LABELS[m]] as const)} onChange={(w8a8) => update({ w8a8 })} hint="Plain: one int8 scale per activation tensor. SmoothQuant moves activation outliers into the weights; LLM.int8() keeps outlier channels in full precision." />
          <Checkbox label="Outlier channels" checked={s.outliers} disabled={disabled} testId="cl-outliers" onChange={(outliers) => update({ outliers })} hint="Multiplies 3 hidden channels by 200 (and the next layer's weights by 1/200): the same model in float, but with the huge activation channels large language models have." />
        </>
      )}
    </>
  );
}
