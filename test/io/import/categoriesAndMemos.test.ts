import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, type Amount } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { COLUMN_SHARE_NAME } from '../../../src/model/columns';
import { replay } from '../../../src/model/proposal';
import { percentHalfUp } from '../../../src/model/share';
import { columnShareOf, computeTable, rowOf } from '../../../src/model/table';
import { breaches } from '../../../src/model/validity';
import { readTableFile } from '../../../src/io/importFile';
import { readPlan, writePlan } from '../../../src/io/planFile';
import { readCsv, writeCsv } from '../../../src/io/csvFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { baselinePlan } from '../../../src/state/baseline';

/** Tables whose columns are categories (Sectors, objectives), and "of which" lines shown but not added. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url)));
const read = (file: string) => readTableFile(bytesOf(file), file, current, async (bytes) => workbookRows(bytes));
const figures = (values: readonly { toFixed: () => string }[]) => values.map((value) => value.toFixed());
const entry = (operation: Parameters<typeof replay>[1][number]['operation']) => ({ id: 'e', operation, rationale: '', at: '', enabled: true });

describe('a table of categories', () => {
  it('costs by object of expenditure and Sector: the Sectors are the columns, row and column totals and shares of both', async () => {
    const preview = await read('costs-by-sector.csv');
    expect(preview.plan.columnsAre).toBe('categories');
    expect(preview.plan.years).toEqual(['GS', 'BR', 'TSB', 'BDT']);
    expect(preview.plan.biennia).toEqual([]);
    expect(preview.plan.periodLabel).toBe('Total');
    expect(preview.plan.unit).toBe('CHF thousands');
    expect(preview.plan.lineHeading).toBe('Object of expenditure');
    expect(preview.plan.lines.map((line) => line.name)).toEqual(['Staff costs', 'Other staff costs', 'Travel', 'Contractual services', 'Rental and maintenance', 'Materials and supplies', 'Acquisitions']);
    // Row totals, column totals and the row shares as published: the file's own are checked and agree.
    expect(preview.mismatches).toEqual([]);
    expect(rowOf(preview.table, 'L1').total.toFixed()).toBe('89050');
    expect(figures(rowOf(preview.table, 'total').years)).toEqual(['54150', '21050', '14650', '33250']);
    // Blank cells are nil, and said.
    expect(figures(rowOf(preview.table, 'L5').years)).toEqual(['5300', '0', '0', '0']);
    expect(preview.notes.some((note) => note.startsWith('Blank cells read as nil (0): row 9, column 3 (BR)'))).toBe(true);
    expect(preview.notes.some((note) => note.includes('(7 lines, 4 categories)'))).toBe(true);
    // Column shares: each Sector's part of the whole, computed independently.
    const shares = preview.plan.years.map((id) => percentHalfUp(columnShareOf(preview.table, id))!.toFixed(2));
    expect(shares).toEqual(['43.99', '17.10', '11.90', '27.01']);
    const whole = new Dec(123100);
    expect(shares).toEqual([54150, 21050, 14650, 33250].map((v) => new Dec(v).div(whole).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)));
  });

  it('outputs against objectives, nil written as a dash', async () => {
    const preview = await read('linkage-outputs-objectives.csv');
    expect(preview.plan.years).toEqual(['Objective 1', 'Objective 2', 'Objective 3', 'Objective 4']);
    expect(preview.plan.lineHeading).toBe('Output');
    expect(preview.mismatches).toEqual([]);
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('127800');
    expect(figures(rowOf(preview.table, 'L1').years)).toEqual(['28600', '4100', '0', '1200']);
  });

  it('keeps working after import: a transfer between lines in one category, its workbook with live share formulas read back, its plan file and CSV', async () => {
    const preview = await read('costs-by-sector.csv');
    const moved = replay(initialState(preview.plan), [entry({ op: 'transfer', from: 'L1', to: 'L3', amount: new Dec(500), years: ['BDT'] })]);
    expect(moved.failures.size).toBe(0);
    expect(figures(rowOf(moved.table, 'L3').years)).toEqual(['1650', '450', '600', '2800']);
    expect(rowOf(moved.table, 'total').total.toFixed()).toBe('123100');
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: moved, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const sheet = workbook.worksheets[0]!;
    // Rows 6–12 the lines, 13 Total (the table has no deduction: no Subtotal, no reduction), 14 the column shares.
    expect(['C5', 'D5', 'G5', 'H5'].map((cell) => sheet.getCell(cell).value)).toEqual(['GS', 'BR', 'Total', 'In %']);
    expect(sheet.getCell('B13').value).toBe('Total');
    expect(sheet.getCell('C13').value).toMatchObject({ formula: 'SUM(C6,C7,C8,C9,C10,C11,C12)' });
    expect(sheet.getCell('B14').value).toBe(COLUMN_SHARE_NAME);
    expect(sheet.getCell('C14').value).toMatchObject({ formula: 'ROUND(IF(G$13=0,0,C13/G$13),4)', result: 0.4399 });
    const again = await readTableFile(await workbookBytes({ workbook, pages: new Map() }), 'again.xlsx', { plan: preview.plan, table: preview.table }, async (bytes) => workbookRows(bytes));
    expect(again.kind).toBe('changes');
    expect(again.changes.map((change) => `${change.rowId} ${change.year} ${change.to.toFixed()}`)).toEqual(['L1 BDT 20800', 'L3 BDT 2800']);
    expect(readPlan(writePlan(preview.plan)).columnsAre).toBe('categories');
    const csv = readCsv(new TextEncoder().encode(writeCsv(preview.plan, preview.table, { separator: ',' })), 'again.csv', { plan: preview.plan, table: preview.table });
    expect([csv.kind, csv.changes.length, csv.mismatches.length]).toEqual(['changes', 0, 0]);
  });
});

describe('“of which” lines', () => {
  it('are shown under the line they are part of, and added into nothing', async () => {
    const preview = await read('budget-of-which.csv');
    expect(preview.table.rows.map((row) => `${row.kind} ${row.id} ${row.partOf ?? '-'} ${row.total.toFixed()}`)).toEqual([
      'line L1 - 146600',
      'memo M1 L1 37100',
      'memo M2 L1 13000',
      'line L2 - 64100',
      'line L3 - 34200',
      'line L4 - 74300',
      'memo M3 L4 28600',
      'subtotal subtotal - 319200',
      'reduction reduction - 0',
      'total total - 319200',
    ]);
    expect(preview.mismatches).toEqual([]);
  });

  it('are set, not moved; a set changes no total; more than the line is a breach; they round-trip through plan files, CSV and the workbook', async () => {
    const preview = await read('budget-of-which.csv');
    const state = initialState(preview.plan);
    const set = replay(state, [entry({ op: 'set', line: 'M1', year: '2026', value: new Dec(80000) })]);
    expect(set.failures.size).toBe(0);
    expect(rowOf(set.table, 'total').total.toFixed()).toBe('319200');
    const format = (value: Amount) => value.toFixed();
    expect(breaches(set, [], format).map((b) => b.rule)).toEqual(['memo-size']);
    expect(breaches(set, [], format)[0]!.text).toBe('M1 (“of which”) is more than L1, the line it is part of, in 2026 (80000 of 72500)');
    const moved = replay(state, [entry({ op: 'transfer', from: 'M1', to: 'L2', amount: new Dec(100), years: ['2026'] })]);
    expect([...moved.failures.values()][0]).toMatch(/M1 of which: ICT services is an “of which” line, added into nothing: set its figures instead/);
    // A transfer between lines leaves the memo as it is and the Total unchanged.
    const transfer = replay(state, [entry({ op: 'transfer', from: 'L1', to: 'L2', amount: new Dec(100), years: ['2026'] })]);
    expect([rowOf(transfer.table, 'M1').years[0]!.toFixed(), rowOf(transfer.table, 'total').total.toFixed()]).toEqual(['18200', '319200']);
    expect(readPlan(writePlan(preview.plan))).toEqual(preview.plan);
    const csv = readCsv(new TextEncoder().encode(writeCsv(preview.plan, set.table, { separator: ',' })), 'again.csv', { plan: preview.plan, table: preview.table });
    expect(csv.changes.map((change) => `${change.rowId} ${change.year} ${change.to.toFixed()}`)).toEqual(['M1 2026 80000']);
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: set, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const sheet = workbook.worksheets[0]!;
    // The memo is typed in (no formula); Subtotal adds the lines only.
    expect(sheet.getCell('C7').value).toBe(80000);
    expect(sheet.getCell('C13').value).toMatchObject({ formula: 'SUM(C6,C9,C10,C11)' });
  });
});

describe('an “of which” row left without a code in a table of codes', () => {
  it('is read as part of the line above it, not refused for having no code', async () => {
    const text = 'Budget (CHF thousands)\nCode,Item,2026,2027\n1,Staff,100,110\n,of which overtime,10,11\n2,Travel,20,22\nTotal,,120,132\n';
    const preview = await readTableFile(new TextEncoder().encode(text), 'memo.csv', current, async (bytes) => workbookRows(bytes));
    expect(preview.plan.lines.map((line) => `${line.code} ${line.name}${'memo' in line && line.memo ? ' (of which)' : ''}`)).toEqual(['1 Staff', 'M1 of which overtime (of which)', '2 Travel']);
    expect([figures(rowOf(preview.table, 'total').years), preview.mismatches.length]).toEqual([['120', '132'], 0]);
  });
});

describe('an “of which” larger than its line', () => {
  it('is said in the preview, with both figures, before it is taken', async () => {
    const text = 'Budget (CHF thousands)\nItem,2026,2027\nStaff,100,110\nof which overtime,10,120\nTravel,20,22\nTotal,120,132\n';
    const preview = await readTableFile(new TextEncoder().encode(text), 'big.csv', current, async (bytes) => workbookRows(bytes));
    expect(preview.notes.filter((note) => note.startsWith('Check the file'))).toEqual(['Check the file: “of which overtime” (of which) is more than “Staff”, the line it is part of, in 2027 (120 of 110).']);
  });
});
