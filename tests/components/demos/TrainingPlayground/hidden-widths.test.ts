import { describe, expect, it } from 'vitest';
import { parseWidths } from '../../../../components/demos/TrainingPlayground/hidden-widths';

describe('custom hidden widths', () => {
  it.each([
    ['16,8', [16, 8]],
    [' 16 , 8 ,', [16, 8]],
    ['', []],
    ['1,64,64,1', [1, 64, 64, 1]],
  ])('reads %j', (text, widths) => {
    expect(parseWidths(text)).toEqual({ widths });
  });

  it.each([
    ['100,abc', '“100” and “abc” are not whole numbers from 1 to 64: each layer needs 1 to 64 units.'],
    ['16,0', '“0” is not a whole number from 1 to 64: each layer needs 1 to 64 units.'],
    ['2.5', '“2.5” is not a whole number from 1 to 64: each layer needs 1 to 64 units.'],
    ['-3,x,65', '“-3”, “x” and “65” are not whole numbers from 1 to 64: each layer needs 1 to 64 units.'],
    ['8,8,8,8,8', '5 layers is too many: use at most 4 hidden layers.'],
  ])('names the bad values in %j', (text, error) => {
    expect(parseWidths(text)).toEqual({ error });
  });
});
