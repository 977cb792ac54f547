import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestLines } from '../../../src/io/import/nestLines';
import type { FileRow, FileRowKind } from '../../../src/io/import/readLines';

const fileRow = (row: number, code: string, kind: FileRowKind = 'line', parent: string | null = null): FileRow => ({ row, code, name: '', kind, parent, cells: [] });
const shown = (rows: readonly FileRow[]) => rows.map((r) => `${r.code} ${r.kind} ${r.parent ?? '-'}`);

describe('nesting the lines', () => {
  it('finds groups by their codes when there is no parent column: H1.1 and H1-2 are in H1, H10 is not', () => {
    const outcome = nestLines([fileRow(2, 'H1'), fileRow(3, 'H1.1'), fileRow(4, 'H1-2'), fileRow(5, 'H10'), fileRow(6, 'total', 'total')], false);
    expect(outcome.ok ? shown(outcome.value) : []).toEqual(['H1 group -', 'H1.1 line H1', 'H1-2 line H1', 'H10 line -', 'total total -']);
  });

  it('finds, for random codes, the parent a search of every other code finds: the longest code its own goes on from', () => {
    // The reference: every line's code tried, the longest that begins this one and goes on after a separator, or by a letter after a digit.
    const goesOn = (code: string, from: string) => code.startsWith(from) && (/^[.\-_ ]/.test(code.slice(from.length)) || (/\d$/.test(from) && /^[a-z]$/i.test(code.slice(from.length))));
    // Codes as outlines write them (H1, H1.1, H1.1-2, 1a, 10), each with some of its beginnings as lines too: chains of groups, with gaps.
    const code = fc.tuple(fc.constantFrom('1', '2', '10', 'H1', 'A'), fc.array(fc.tuple(fc.constantFrom('.', '-', '_', ''), fc.constantFrom('1', '2', 'a', 'b')), { maxLength: 3 }));
    const withBeginnings = fc.tuple(code, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })).map(([[root, steps], kept]) => [
      root + steps.map(([sep, seg]) => sep + seg).join(''),
      ...steps.slice(0, -1).flatMap((_, k) => (kept[k] ? [root + steps.slice(0, k + 1).map(([sep, seg]) => sep + seg).join('')] : [])),
    ]);
    fc.assert(
      fc.property(fc.array(withBeginnings, { minLength: 1, maxLength: 12 }), (drawn) => {
        const codes = [...new Set(drawn.flat())];
        const rows = codes.map((c, i) => fileRow(i + 2, c));
        const expected = rows.map((r) => rows.filter((p) => p !== r && goesOn(r.code, p.code)).sort((a, b) => b.code.length - a.code.length)[0]?.code ?? null);
        // Lines of codes alone are never refused: a code's parent is a shorter code, so no line is inside itself.
        const outcome = nestLines(rows, false);
        expect(outcome.ok).toBe(true);
        expect(outcome.ok ? outcome.value.map((r) => r.parent) : null).toEqual(expected);
      }),
    );
  });

  it('follows the parent column when there is one, and only it', () => {
    const outcome = nestLines([fileRow(2, 'A'), fileRow(3, 'A.1'), fileRow(4, 'B', 'line', 'A')], true);
    expect(outcome.ok ? shown(outcome.value) : []).toEqual(['A group -', 'A.1 line -', 'B line A']);
  });

  it('refuses two Totals, a parent not in the file, a line inside itself and a group with no lines, naming their rows', () => {
    const outcome = nestLines(
      [fileRow(2, 'total', 'total'), fileRow(3, 'A', 'line', 'B'), fileRow(4, 'B', 'line', 'A'), fileRow(5, 'C', 'line', 'Z'), fileRow(6, 'G', 'group'), fileRow(7, 'total', 'total')],
      true,
    );
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      { message: 'rows 2 and 7 are both the total' },
      { row: 5, message: 'row 5: its parent Z is not a line of the file' },
      { row: 3, message: 'row 3: A is inside itself through its parents' },
      { row: 4, message: 'row 4: B is inside itself through its parents' },
      { row: 6, message: 'row 6: G is a group with no lines in it (give its lines a parent column, or codes beginning with G.)' },
    ]);
  });

  it('refuses a file with no lines', () => {
    expect(nestLines([fileRow(2, 'total', 'total')], false)).toEqual({ ok: false, problems: [{ message: 'the file has no lines' }] });
  });
});
