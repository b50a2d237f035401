/**
 * Every compression the lab offers, keyed by kind: one small function each (variants/), all returning weights,
 * bytes, a label and notes. A new number format or method is a new file and one line here.
 */
import { blockVariant } from './variants/block-format';
import { distillVariant } from './variants/distill';
import { floatVariant } from './variants/float-format';
import { gptqVariant } from './variants/gptq';
import { sparse24Variant } from './variants/sparse24';
import { w8a8Variant } from './variants/w8a8';
import { fp16Variant } from './variants/fp16';
import { integerVariant } from './variants/integer';
import { pruneVariant } from './variants/prune';
import type { CompressionKind, CompressionSpec, CompressionVariant, VariantInput, VariantOutput } from './variants/variant';

export const COMPRESSION_VARIANTS: { readonly [K in CompressionKind]: CompressionVariant<K> } = {
  fp16: fp16Variant,
  integer: integerVariant,
  prune: pruneVariant,
  distill: distillVariant,
  block: blockVariant,
  float: floatVariant,
  gptq: gptqVariant,
  w8a8: w8a8Variant,
  sparse24: sparse24Variant,
};

export const COMPRESSION_KINDS = Object.keys(COMPRESSION_VARIANTS) as CompressionKind[];

/** Runs the variant `spec.kind` names; an unknown kind (from an untyped caller) is an error that lists the known ones. */
export async function compressWith(spec: CompressionSpec, input: VariantInput): Promise<VariantOutput> {
  const variant = COMPRESSION_VARIANTS[spec.kind] as CompressionVariant<CompressionKind> | undefined;
  if (variant === undefined) throw new Error(`spec.kind must be one of ${COMPRESSION_KINDS.join(', ')} (got "${String(spec.kind)}") in compress`);
  // The table pairs each kind with its own function, so the spec fits the variant it selects.
  return await variant(spec as never, input);
}
