import { describe, expect, it } from 'vitest';
import { mlpLayout } from '../../../src/core/model/mlp';
import { isHiddenKernel, muonGroupNames } from '../../../src/core/model/muon-groups';
import { muonParameterGroups } from '../../../src/core/model/parameter-groups';

describe('muonGroupNames', () => {
  it('gives Muon the kernels between hidden layers and AdamW the first and last kernels and every bias', () => {
    expect(muonGroupNames([2, 16, 16, 1])).toEqual({
      muon: ['dense1/kernel'],
      adamw: ['dense0/kernel', 'dense0/bias', 'dense1/bias', 'dense2/kernel', 'dense2/bias'],
    });
    expect(muonGroupNames([2, 16, 1]).muon).toEqual([]);
    expect(isHiddenKernel('dense1/bias', 4)).toBe(false);
  });

  it('agrees with the groups the training optimizer builds from a layout', () => {
    for (const sizes of [[2, 8, 1], [2, 8, 8, 1], [3, 4, 5, 6, 2]]) {
      const groups = muonParameterGroups(mlpLayout(sizes));
      expect({ muon: groups.muon.map((t) => t.name), adamw: groups.adamw.map((t) => t.name) }).toEqual(muonGroupNames(sizes));
    }
  });
});
