import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE, isFigureText, withoutFootnote } from '../../../src/io/import/figureText';

describe("a footnote's mark after a figure", () => {
  it.each([
    ['1 200 a', '1 200'],
    ['1 200 b/', '1 200'],
    ['850(c)', '850'],
    ['310*', '310'],
    ['95¹', '95'],
    ['1 200', '1 200'],
    ['Note a', 'Note a'],
  ])('is taken off %s, leaving %s', (text, figure) => {
    expect(withoutFootnote(text)).toBe(figure);
  });

  it("is taken off as the mark's pattern says, though a text ending in a digit is not searched", () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789 abz/()*¹²³-.,%'), maxLength: 12 });
    fc.assert(
      fc.property(text, (cell) => {
        expect(withoutFootnote(cell)).toBe(cell.replace(FOOTNOTE, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a figure read as one', () => {
    expect(isFigureText(' 1 200 a ')).toBe(true);
    expect(isFigureText('(3 450)')).toBe(true);
    expect(isFigureText('L0001')).toBe(false);
  });
});
