import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { amountColumns } from '../../src/model/compare';
import { replay } from '../../src/model/proposal';
import { amountAt } from '../../src/model/table';
import { exportRequest } from '../../src/io/exportRequest';
import { workbookForRequest } from '../../src/io/requestWorkbook';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { poolCells } from '../../src/model/pool';
import { convertWithOffice } from '../support/office';
import { entry, plan } from '../support/workbooks';

const EXPORTED_AT = new Date('2026-11-22T10:00:00Z');
const pool = [
  { name: 'Delegation A', entries: [entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] })] },
  { name: 'Delegation B', entries: [entry({ op: 'set', line: 'TP1', year: '2030', value: new Dec(60000) })] },
  { name: 'Delegation C', entries: [] },
  { name: 'Delegation D', entries: [entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(1001), years: ['2030'] })] },
];

describe('the pooled proposals in the workbook', () => {
  it('are a sheet of their own: baseline and each proposal as numbers, minimum, median, maximum and counts as live formulas', async () => {
    const request = exportRequest(plan, [], { style: DOCUMENT_STYLE, displayUnit: 'plan', exportedAt: EXPORTED_AT, appVersion: '0.1.0', pool });
    const book = XLSX.read(await workbookForRequest(structuredClone(request)), { cellFormula: true, cellNF: true });
    expect(book.SheetNames).toEqual(['Published baseline 2028-2031', 'Financial plan', 'Pool', 'Notes']);
    const sheet = book.Sheets.Pool!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null }).slice(3);
    expect(rows[0]).toEqual(['Code', 'Thematic priority', 'Column', 'Baseline', 'Delegation A', 'Delegation B', 'Delegation C', 'Delegation D', 'Minimum', 'Median', 'Maximum', 'Raised by', 'Cut by', 'Changed by']);
    const base = replay(initialState(plan), []).table;
    const tables = pool.map((p) => replay(initialState(plan), p.entries).table);
    const columns = amountColumns(base);
    expect(rows.length - 1).toBe(base.rows.length * columns.length);
    let r = 1;
    for (const row of base.rows) {
      for (const column of columns) {
        const values = tables.map((table) => amountAt(table, row.id, column.id));
        const sorted = [...values].sort((a, b) => a.comparedTo(b));
        const median = sorted[1]!.plus(sorted[2]!).div(2);
        const cells = rows[r]!;
        expect(cells.slice(3, 11)).toEqual([amountAt(base, row.id, column.id), ...values, sorted[0]!, median, sorted[3]!].map(Number));
        const at = (c: number) => sheet[XLSX.utils.encode_cell({ r: 3 + r, c })] as XLSX.CellObject;
        const range = `E${4 + r}:H${4 + r}`;
        expect([8, 9, 10, 11, 12].map((c) => at(c).f)).toEqual([`MIN(${range})`, `MEDIAN(${range})`, `MAX(${range})`, `COUNTIF(${range},">"&D${4 + r})`, `COUNTIF(${range},"<"&D${4 + r})`]);
        r++;
      }
    }
    // TP1 2030: one proposal raises it, two cut it; its median is a half unit, shown with its decimal.
    const tp1 = rows.find((cells) => cells[0] === 'TP1' && cells[2] === '2030')!;
    expect(tp1.slice(9, 14)).toEqual([57736.5, 60000, 1, 2, 3]);
    expect((sheet[XLSX.utils.encode_cell({ r: 3 + rows.indexOf(tp1), c: 9 })] as XLSX.CellObject).z).toContain('0.0');
  });

  it('is not there without a pool', async () => {
    const request = exportRequest(plan, [], { style: DOCUMENT_STYLE, displayUnit: 'plan', exportedAt: EXPORTED_AT, appVersion: '0.1.0', pool: [] });
    expect(request.pool).toBeUndefined();
    expect(XLSX.read(await workbookForRequest(request)).SheetNames).not.toContain('Pool');
  });

  it('recomputes in LibreOffice, written without cached values, to the app’s minimum, median, maximum and counts', async () => {
    const start = initialState(plan);
    const base = replay(start, []);
    const replays = pool.map((p) => ({ name: p.name, replay: replay(start, p.entries) }));
    const built = buildWorkbook({ plan, baseline: base, scenarios: [], pool: replays, style: DOCUMENT_STYLE, exportedAt: EXPORTED_AT, appVersion: '0.1.0', withCachedValues: false });
    const files = convertWithOffice(await workbookBytes(built), 'pool.xlsx', 'xlsx');
    const sheet = XLSX.read(files.get('pool.xlsx')!, { type: 'buffer' }).Sheets.Pool!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null }).slice(4);
    const cells = poolCells(base.table, replays.map((r) => r.replay.table)).filter((cell) => cell.kind === 'amount');
    expect(rows.map((row) => row.slice(8, 14))).toEqual(
      cells.map((cell) => [...[cell.spread!.min, cell.spread!.median, cell.spread!.max].map(Number), cell.spread!.up, cell.spread!.down, cell.spread!.changed]),
    );
  }, 120_000);
});
