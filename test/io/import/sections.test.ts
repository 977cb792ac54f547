import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../../src/io/import/sections';

/** Rows as [name, has figures]: what sections are read from. */
function sections(rows: readonly (readonly [string, boolean])[]) {
  const found = sectionsOf(
    rows.map((_, i) => i),
    (i) => rows[i]![0],
    (i) => rows[i]![1],
  );
  return found.map((s) => `${s.code} ${s.name}: ${s.heading ?? '-'} [${s.lines.join(',')}] ${s.close ?? '-'}`);
}

describe('a published table’s sections', () => {
  it('groups lines under a heading row and closes each at its subtotal, the last one too', () => {
    expect(
      sections([
        ['A. Programmes', false],
        ['Policy', true],
        ['Standards', true],
        ['Programmes subtotal', true],
        ['B. Programme support', false],
        ['Administration', true],
        ['Programme support subtotal', true],
        ['Total', true],
      ]),
    ).toEqual(['A Programmes: 0 [1,2] 3', 'B Programme support: 4 [5] 6']);
  });

  it('names a section without a heading after its closing row, and numbers it', () => {
    expect(sections([['Staff', true], ['Subtotal, staff costs', true], ['Travel', true], ['Rent', true], ['Non-staff subtotal', true], ['Total', true]])).toEqual([
      'S1 Staff costs: - [0] 1',
      'S2 Non-staff: - [2,3] 4',
    ]);
  });

  it('keeps a single Subtotal above the deduction the plan’s own, and makes no section of lines under no heading', () => {
    expect(sections([['Staff', true], ['Travel', true], ['Subtotal', true], ['Less: income', true], ['Net appropriations', true]])).toEqual([]);
    // Headed sections with no subtotals of their own: the Subtotal after them is the plan's.
    expect(sections([['I. Revenue', false], ['Fees', true], ['II) Other', false], ['Interest', true], ['Subtotal', true], ['Total', true]])).toEqual([
      'I Revenue: 0 [1] -',
      'II Other: 2 [3] -',
    ]);
  });

  it('reads a row without figures after the last line as a note, not a heading', () => {
    expect(sections([['Staff', true], ['Total', true], ['Note: figures are illustrative', false]])).toEqual([]);
  });
});
