import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockToTsv, tsvToBlock } from '../../src/io/clipboard';

describe('clipboard text', () => {
  it('reads Excel’s tab-separated blocks, with a final line break or without', () => {
    expect(tsvToBlock('57 023\t57 080\r\n3 343\t3 243\r\n')).toEqual([['57 023', '57 080'], ['3 343', '3 243']]);
    expect(tsvToBlock('1\t2')).toEqual([['1', '2']]);
    expect(tsvToBlock('"a\tb"\tc\n')).toEqual([['a\tb', 'c']]);
  });

  it('reads back any block it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ' ', '\t', '"', '\n', ',', '5') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 })), (block) => {
        // A one-cell empty row is an empty line, which no block format can tell apart from the end.
        fc.pre(block.every((row) => row.length > 1 || row[0] !== ''));
        expect(tsvToBlock(blockToTsv(block))).toEqual(block);
      }),
    );
  });
});
