import { describe, expect, it } from 'vitest';
import { readAmounts } from '../../../src/io/import/readAmounts';
import type { FileRow, FileRowKind } from '../../../src/io/import/readLines';
import { byNumber } from '../../../src/io/import/problems';

const years = [
  { index: 1, year: '2028' },
  { index: 2, year: '2029' },
];
const fileRow = (row: number, code: string, kind: FileRowKind, cells: string[]): FileRow => ({ row, code, name: '', kind, parent: null, cells: [code, ...cells] });

describe('reading the amounts', () => {
  it('reads the yearly inputs of lines and of the reduction, and the most decimals any has', () => {
    const rows = [fileRow(2, 'A', 'line', ['57 023', '0,5']), fileRow(3, 'G', 'group', ['x', 'y']), fileRow(4, 'reduction', 'reduction', ['(1 000)', '-2'])];
    const outcome = readAmounts(rows, years, ',', byNumber);
    expect(outcome.ok).toBe(true);
    const amounts = outcome.ok ? outcome.value : null;
    expect([...(amounts?.inputs ?? [])].map(([code, values]) => `${code} ${values.map((v) => v.toFixed()).join(' ')}`)).toEqual(['A 57023 0.5', 'reduction -1000 -2']);
    expect(amounts?.scale).toBe(1);
  });

  it('refuses an empty input, a text that is not a number and an “of which” below zero, naming each cell', () => {
    const rows = [fileRow(2, 'A', 'line', ['', 'n/a']), fileRow(3, 'B', 'memo', ['-5', '1']), fileRow(4, 'reduction', 'reduction', ['-5', '0'])];
    const outcome = readAmounts(rows, years, '.', (i) => String.fromCharCode(65 + i));
    expect(outcome.ok ? [] : outcome.problems.map((p) => `${p.row} ${p.column} | ${p.message}`)).toEqual([
      '2 B | row 2, column B (2028): no amount (type 0 for none)',
      "2 C | row 2, column C (2029): “n/a” contains 'n', which is not part of an amount",
      "3 B | row 3, column B (2028): -5 is below zero: a line's amount cannot be negative",
    ]);
  });

  it('reads a line below zero as an adjustment in a published table, or where the kind column says so', () => {
    const name = (i: number) => String.fromCharCode(65 + i);
    const published = readAmounts([fileRow(2, 'A', 'line', ['10', '20']), fileRow(3, 'FX', 'line', ['-5', '1'])], years, '.', name, true);
    expect(published.ok ? [...published.value.belowZero] : published.problems).toEqual(['FX']);
    const marked = readAmounts([fileRow(2, 'A', 'line', ['10', '20']), { ...fileRow(3, 'FX', 'line', ['-5', '1']), signed: true }], years, '.', name);
    expect(marked.ok ? [...marked.value.belowZero] : marked.problems).toEqual(['FX']);
  });
});
