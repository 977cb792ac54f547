import { describe, expect, it } from 'vitest';
import { computeTable } from '../../../src/model/table';
import { checkDerived } from '../../../src/io/import/checkDerived';
import { mapColumns, type ColumnMap } from '../../../src/io/import/mapColumns';
import type { FileRow, FileRowKind } from '../../../src/io/import/readLines';
import { baselinePlan } from '../../../src/state/baseline';

const table = computeTable(baselinePlan());
const letters = (index: number) => String.fromCharCode(65 + index);
const headings = ['code', '2028', '2029', '2030', '2031', '2028-2029', '2029-2030', 'total', 'share'];
const outcome = mapColumns(headings, 1, letters);
const columns = outcome.ok ? outcome.value : ({} as ColumnMap);
const fileRow = (row: number, code: string, kind: FileRowKind, cells: string[]): FileRow => ({ row, code, name: code === 'total' ? 'Total' : 'Spectrum', kind, parent: null, cells: [code, ...cells] });

describe('checking the derived figures', () => {
  it('lists each derived figure that is not the computed one; typed figures are not checked, shares to the hundredth', () => {
    const rows = [
      fileRow(2, 'TP1', 'line', ['1', '2', '3', '4', '114104', '', '235043', '36,065']),
      fileRow(3, 'total', 'total', ['162161', '159893', '162324', '167294', '322053', '', '651671', '100']),
    ];
    const checked = checkDerived(rows, columns, table, ',', letters);
    expect((checked.ok ? checked.value.mismatches : []).map((m) => ({ ...m, computed: m.computed.toFixed() }))).toEqual([
      { row: 2, where: 'row 2, column F (2028-2029)', rowId: 'TP1', name: 'Spectrum', columnId: '2028-2029', inFile: '114104', computed: '114103', isShare: false },
      { row: 3, where: 'row 3, column B (2028)', rowId: 'total', name: 'Total', columnId: '2028', inFile: '162161', computed: '162160', isShare: false },
    ]);
    expect(checked.ok ? checked.value.notes : []).toEqual(['Columns 2029-2030 are not periods of the plan and were not checked.']);
  });

  it('refuses a derived figure that is not a number, naming its cell', () => {
    const checked = checkDerived([fileRow(2, 'TP2', 'line', ['', '', '', '', '', '', 'lots', '2,02 %'])], columns, table, ',', letters);
    expect(checked.ok ? [] : checked.problems).toEqual([{ row: 2, column: 'H', message: "row 2, column H (total): “lots” contains 'l', which is not part of an amount" }]);
  });
});
