import { describe, expect, it } from 'vitest';
import { mapColumns, type ColumnMap } from '../../../src/io/import/mapColumns';
import { byNumber } from '../../../src/io/import/problems';
import { readLines } from '../../../src/io/import/readLines';

const columnsOf = (headings: string[]): ColumnMap => {
  const outcome = mapColumns(headings, 1, byNumber);
  if (!outcome.ok) throw new Error('bad headings');
  return outcome.value;
};

describe('reading the rows', () => {
  it('reads each row’s code, name, kind and cells, and knows Subtotal, the reduction and Total by name', () => {
    const rows = [['code', 'name', '2028'], ['TP1', ' Spectrum ', '57 023'], ['', '', ''], ['', 'Subtotal', '1'], ['', 'Progressive global reduction', '-1'], ['', 'Total', '0']];
    const outcome = readLines(rows, 0, columnsOf(rows[0]!), byNumber);
    expect(outcome.ok ? outcome.value.map((r) => `${r.row} ${r.code} ${r.kind} ${r.name} [${r.cells.join('|')}]`) : []).toEqual([
      '2 TP1 line Spectrum [TP1|Spectrum|57 023]',
      '4 subtotal subtotal Subtotal [|Subtotal|1]',
      '5 reduction reduction Progressive global reduction [|Progressive global reduction|-1]',
      '6 total total Total [|Total|0]',
    ]);
  });

  it('takes the kind and the parent from their columns, else the kind from a code such as TOTAL', () => {
    const rows = [['code', 'kind', 'parent', '2028'], ['H', 'Group', '', ''], ['H.1', '', 'H', '1'], ['R', 'reduction', '', '-1'], ['TOTAL', '', '', '0']];
    const outcome = readLines(rows, 0, columnsOf(rows[0]!), byNumber);
    expect(outcome.ok ? outcome.value.map((r) => `${r.code} ${r.kind} ${r.parent}`) : []).toEqual(['H group null', 'H.1 line H', 'reduction reduction null', 'total total null']);
  });

  it('refuses a row with no code, a code seen before in any case, and an unknown kind, naming row and column', () => {
    const rows = [['Title'], ['code', 'name', 'kind', '2028'], ['', 'Unnamed', '', '1'], ['tp1', 'a', '', '1'], ['TP1', 'b', '', '1'], ['TP2', 'c', 'priority', '1']];
    const outcome = readLines(rows, 1, columnsOf(rows[1]!), (i) => String.fromCharCode(65 + i));
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      { row: 3, message: 'row 3: no code' },
      { row: 5, message: 'row 5: code TP1 appears twice (also on row 4)' },
      { row: 6, column: 'C', message: 'row 6, column C (kind): “priority” is not one of line, memo, group, reduction, subtotal, total, adjustment' },
    ]);
  });
});
