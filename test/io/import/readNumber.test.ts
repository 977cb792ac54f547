import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/io/import/readNumber';

const read = (text: string, decimal: ',' | '.', isPercent = false) => {
  const { value, error } = readNumber(text, decimal, isPercent);
  return value === null ? error : value.toFixed();
};

describe('a number in a file', () => {
  it('reads the file’s decimal mark and its groupings, and a share’s per cent sign', () => {
    expect(['57 023', '1,057,023', '(1 000)', '−1 000', '57023.5'].map((t) => read(t, '.'))).toEqual(['57023', '1057023', '-1000', '-1000', '57023.5']);
    expect(['1.057.023', '57 023,5'].map((t) => read(t, ','))).toEqual(['1057023', '57023.5']);
    expect(read('36,07 %', ',', true)).toBe('36.07');
    // A share carries either decimal mark where only a decimal mark can be meant; three decimals still read two ways.
    expect([read('36.07%', ',', true), read('36,1%', '.', true), read('36,070%', '.', true)]).toEqual(['36.07', '36.1', expect.stringMatching(/reads two ways: as 36.07 % .* or as 36 070 %/)]);
  });

  it('never takes a figure that reads two ways, in either decimal mark, and keeps both readings', () => {
    for (const [text, decimal] of [['57,023', '.'], ['57.023', ','], ['(1,000)', '.'], ['5.000', '.']] as const) {
      expect(read(text, decimal)).toMatch(/reads two ways/);
    }
    expect(readNumber('57,023', '.').readings?.thousands.toFixed()).toBe('57023');
    expect(readNumber('57,023', '.').readings?.decimal.toFixed()).toBe('57.023');
  });

  it('says why a text is not a number, and nothing for an empty cell', () => {
    expect(read('', '.')).toBeNull();
    expect(read('n/a', '.')).toMatch(/^“n\/a” contains 'n'/);
    expect(read('36.07%', '.')).toMatch(/^“36\.07%” /);
  });
});

describe('a percentage in a file', () => {
  it('reads a negative one written in brackets with its sign inside ("(5.0%)") as with it outside', () => {
    expect(['(5.0%)', '(5.0)%', '-5.0%', '( 5,0 % )'].map((text) => readNumber(text, text.includes(',') ? ',' : '.', true).value?.toFixed())).toEqual(['-5', '-5', '-5', '-5']);
    // As an amount, a per cent sign is still no part of a figure.
    expect(readNumber('(5.0%)', '.').value).toBeNull();
  });
});
