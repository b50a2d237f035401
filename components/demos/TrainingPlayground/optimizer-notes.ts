/**
 * The sentences under the optimizer and schedule menus: which tensors Muon and AdamW each train on the current
 * network (from the core's muonGroupNames, the same split training uses), SAM's cost, schedule-free's evaluation
 * point, and what reduce-on-plateau follows. Pure.
 */
import { muonGroupNames } from '../../../src/core/plain';
import { plateauPatience, PLATEAU_FACTOR, type SchedulePreset } from '../shared/schedule-presets';
import type { TrainingOptimizer } from './options';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "Muon updates the 2 hidden weight matrices (16x16, 16x16); AdamW the other 6 tensors (...)" for these layer sizes. */
export function muonGroupsSentence(layerSizes: readonly number[]): string {
  const groups = muonGroupNames(layerSizes);
  const shapeOf = (name: string): string => {
    const i = Number(/^dense(\d+)\//.exec(name)![1]);
    return `${layerSizes[i]}x${layerSizes[i + 1]}`;
  };
  const kernels = groups.adamw.filter((t) => t.endsWith('/kernel')).length;
  const biases = groups.adamw.length - kernels;
  const rest = `${plural(kernels, 'weight matrix', 'weight matrices')} (${kernels === 1 ? 'input to output' : 'input and output layers'}) and ${plural(biases, 'bias', 'biases')}`;
  if (groups.muon.length === 0) {
    return `This network has no weight matrix between two hidden layers, so Muon has nothing to update: AdamW trains all ${groups.adamw.length} tensors, the ${rest}. Use two or more hidden layers to see Muon.`;
  }
  return `Muon updates the ${plural(groups.muon.length, 'hidden weight matrix', 'hidden weight matrices')} (${groups.muon.map(shapeOf).join(', ')}); AdamW the other ${groups.adamw.length} tensors: the ${rest}. Both use the learning rate below (Muon's step is scaled to AdamW's size, adjust_lr_fn="match_rms_adamw").`;
}

/** The note under the optimizer menu, or undefined when the optimizer needs none. */
export function optimizerNote(id: TrainingOptimizer, layerSizes: readonly number[]): string | undefined {
  switch (id) {
    case 'muon':
      return muonGroupsSentence(layerSizes);
    case 'sam':
      return 'SAM takes two gradients per step (one at the weights, one at the nearby worst-case weights, radius rho = 0.05), so an epoch costs about twice as much; the step itself is momentum SGD.';
    // The network's weights reach the optimizer as one flat vector (only Muon splits them into groups).
    case 'lamb':
      return 'Here the optimizer sees all weights as one vector, so LAMB computes one trust ratio for the whole network instead of one per layer.';
    case 'adafactor':
      return 'Here the optimizer sees all weights as one vector, so Adafactor keeps a full (unfactored) second moment and one relative step size for the whole network; the memory saving needs separate matrices.';
    case 'adamw-schedulefree':
    case 'sgd-schedulefree':
      return 'Schedule-free: no decaying schedule needed (keep it constant); the losses are measured at the averaged weights x, as the reference does in eval() mode.';
    default:
      return undefined;
  }
}

/** The note under the schedule menu, or undefined. */
export function scheduleNote(id: SchedulePreset, epochs: number): string | undefined {
  if (id !== 'reduce-on-plateau') return undefined;
  return `Follows the validation loss: after each epoch, once it has not improved for more than ${plural(plateauPatience(epochs), 'epoch')}, the learning rate is multiplied by ${PLATEAU_FACTOR}.`;
}
