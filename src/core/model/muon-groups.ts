/**
 * Which MLP tensors Muon trains when a training run uses `{ name: 'muon' }` (parameter-groups.ts applies it): the
 * kernels between hidden layers. The first kernel (input side), the last (output head) and all biases go to AdamW.
 * Plain and tfjs-free, so a page can state the groups next to the Muon option.
 */

export interface ParameterGroupNames {
  /** Tensor names (as in the MLP layout: 'dense1/kernel') trained with Muon, in layer order. */
  muon: string[];
  /** Every other tensor name, in layout order. */
  adamw: string[];
}

/** True for 'dense{i}/kernel' with 0 < i < layerCount - 1, where layerCount is the number of dense layers. */
export function isHiddenKernel(name: string, layerCount: number): boolean {
  const match = /^dense(\d+)\/kernel$/.exec(name);
  if (match === null) return false;
  const index = Number(match[1]);
  return index > 0 && index < layerCount - 1;
}

/** The groups for an MLP with these layer sizes (inputs, hidden..., outputs), e.g. [2, 16, 16, 1]. */
export function muonGroupNames(layerSizes: readonly number[]): ParameterGroupNames {
  const groups: ParameterGroupNames = { muon: [], adamw: [] };
  const layerCount = layerSizes.length - 1;
  for (let i = 0; i < layerCount; i++) {
    const kernel = `dense${i}/kernel`;
    (isHiddenKernel(kernel, layerCount) ? groups.muon : groups.adamw).push(kernel);
    groups.adamw.push(`dense${i}/bias`);
  }
  return groups;
}
