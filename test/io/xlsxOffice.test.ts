import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { isAmountColumn } from '../../src/model/columns';
import { computeFinance, financeRow } from '../../src/model/finance/financeTable';
import { initialState } from '../../src/model/apply';
import { compareTables } from '../../src/model/compare';
import { replay } from '../../src/model/proposal';
import { percentHalfUp } from '../../src/model/share';
import { readTableFile } from '../../src/io/importFile';
import { workbookBytes, type BuiltWorkbook } from '../../src/io/xlsxExport';
import { workbookRows } from '../../src/io/xlsxImport';
import { convertWithOffice, pdfPages } from '../support/office';
import { longPlan } from '../support/plans';
import { BASELINE, appFigure, base, entry, plan, scenario, scenarioReplay, sheetFigure, sheetFigures, workbook } from '../support/workbooks';

/** The workbook with only the named sheet left: what LibreOffice prints of it alone. */
async function onlySheet(built: BuiltWorkbook, name: string): Promise<Uint8Array> {
  const others = built.workbook.worksheets.filter((sheet) => sheet.name !== name);
  for (const sheet of others) built.workbook.removeWorksheet(sheet.id);
  return workbookBytes(built);
}

/** Every sheet as LibreOffice shows it after recomputing: a CSV per sheet of the cells' text as displayed. */
function shownByOffice(bytes: Uint8Array): Map<string, string[][]> {
  const files = convertWithOffice(bytes, 'shown.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1');
  return new Map([...files].map(([name, csv]) => [name.replace(/^shown-|\.csv$/g, ''), Papa.parse<string[]>(csv.toString('utf8')).data]));
}

describe('the financial plan’s sheet, recomputed by LibreOffice', () => {
  it('recomputes revenue (units × unit value × ratio), expenditure from the Appendix sheet and the balance to the app’s figures', async () => {
    const funded = replay(initialState(plan), [
      entry({ op: 'set', line: 'TP1', year: '2030', value: new Dec(59237) }),
      entry({ op: 'setParameter', parameter: 'unit-value', value: new Dec(320000), years: ['2031'] }),
      entry({ op: 'setParameter', parameter: 'ms-units', value: new Dec('330.0625'), years: ['2029'] }),
      entry({ op: 'setParameter', parameter: 'unit-value', value: new Dec(314393), years: ['2028', '2029'] }),
    ]);
    const source = { scenario: { ...scenario, name: 'Funded' }, replay: funded };
    const built = workbook(false, [source]);
    const files = convertWithOffice(await workbookBytes(built), 'finance.xlsx', 'xlsx');
    const recomputed = XLSX.read(files.get('finance.xlsx')!, { type: 'buffer' });
    const columns = funded.table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change');
    for (const [name, source] of [['Financial plan', base], ['FP Funded', funded]] as const) {
      const sheet = recomputed.Sheets[name]!;
      const computed = computeFinance(source.state.plan.finance!, source.table);
      const rowOfName = new Map<string, number>();
      for (let r = 1; r < 60; r++) {
        const text = sheet[`B${r}`]?.v;
        if (typeof text === 'string' && !rowOfName.has(text)) rowOfName.set(text, r);
      }
      const seen = computed.rows.flatMap((row) => columns.map((column, k) => `${row.id} ${column.id} ${new Dec(sheet[`${'CDEFGHIJ'[k]}${rowOfName.get(row.name)}`]!.v as number).toFixed()}`));
      const expected = computed.rows.flatMap((row) => columns.map((column) => `${row.id} ${column.id} ${column.amountOf(row).toFixed()}`));
      expect(seen).toEqual(expected);
    }
    // The scenario's sheet: each row's period against the baseline's, and in per cent (to the hundredth of a per cent), recomputed.
    const [after, before] = [computeFinance(funded.state.plan.finance!, funded.table), computeFinance(base.state.plan.finance!, base.table)];
    const sheet = recomputed.Sheets['FP Funded']!;
    // The parameters from row 5, a blank row, then the heading row of revenue and expenditure.
    const top = 6 + plan.finance!.parameters.length;
    expect([sheet[`J${top}`]?.v, sheet[`K${top}`]?.v]).toEqual(['Variance', 'Variance %']);
    const variances = after.rows.map((row, i) => {
      const was = financeRow(before, row.id).total;
      // No per cent of a row nil in the baseline: blank.
      const ratio = was.isZero() ? '' : row.total.minus(was).div(was).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed();
      const shown = sheet[`K${top + 1 + i}`]?.v;
      return [`${row.id} ${new Dec(sheet[`J${top + 1 + i}`]!.v as number).toFixed()} ${shown === undefined || shown === '' ? '' : new Dec(shown as number).toFixed()}`, `${row.id} ${row.total.minus(was).toFixed()} ${ratio}`];
    });
    expect(variances.map(([seen]) => seen)).toEqual(variances.map(([, expected]) => expected));
    expect(variances.find(([seen]) => seen!.startsWith('expenditure '))![0]).toBe('expenditure 1000 0.0015');
    const fundedBalance = financeRow(computeFinance(funded.state.plan.finance!, funded.table), 'balance').total.toFixed();
    // 1 000 more expenditure, 752 more revenue in 2031; 2028 at CHF 314 393 a unit: 376 × −3,607 = −1 356,232;
    // 2029 at 330,0625 + 46 units of CHF 314 393: 118 231,4175625 against 119 568, −1 336,5824375.
    expect(fundedBalance).toBe('2486.1855625');
  }, 180_000);
});

describe('the Appendix A workbook, recomputed by LibreOffice', () => {
  it('recomputes to the app’s figures: the baseline, a scenario, and the comparison in the unit and in points', async () => {
    // No cached values: whatever the spreadsheet shows, it computed itself.
    const files = convertWithOffice(await workbookBytes(workbook(false)), 'appendix.xlsx', 'xlsx');
    const recomputed = XLSX.read(files.get('appendix.xlsx')!, { type: 'buffer', cellFormula: true });
    for (const [name, source] of [[BASELINE, base], ['-Delegation X', scenarioReplay]] as const) {
      const seen = sheetFigures(recomputed.Sheets[name]!, source).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value)}`);
      const expected = sheetFigures(recomputed.Sheets[name]!, source).map(({ id, column }) => `${id} ${column} ${appFigure(source, id, column)}`);
      expect(seen).toEqual(expected);
    }
    const comparison = recomputed.Sheets['Δ -Delegation X']!;
    compareTables(scenarioReplay.table, base.table).forEach((row, i) => {
      const r = 6 + i;
      row.cells.forEach((cell, k) => expect(`${row.rowId} ${cell.columnId} ${comparison[`${'CDEFGHI'[k]}${r}`]!.v}`).toBe(`${row.rowId} ${cell.columnId} ${cell.difference.toFixed()}`));
      const points = percentHalfUp(row.share)!;
      expect(`${row.rowId} ${new Dec(comparison[`J${r}`]!.v as number).toFixed(2)}`).toBe(`${row.rowId} ${points.toFixed(2)}`);
    });
  }, 180_000);

  it('shows every figure as the app does, and no negative zero on any sheet', async () => {
    const moved = replay(initialState(plan), [entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(1), years: ['2030'] })]);
    const small = { id: 's2', name: 'Small', planId: null, parentId: null, createdAt: '', entries: [] };
    const sheets = shownByOffice(await workbookBytes(workbook(false, [{ scenario, replay: scenarioReplay }, { scenario: small, replay: moved }])));
    expect([...sheets.keys()].sort()).toEqual([BASELINE, '-Delegation X', 'Financial plan', 'FP -Delegation X', 'FP Small', 'Notes', 'Proposal', 'Small', 'Δ -Delegation X', 'Δ Small'].sort());
    for (const [name, rows] of sheets) {
      for (const [r, row] of rows.entries()) {
        row.forEach((text, c) => expect(`${name} row ${r + 1} column ${c + 1}: ${text}`).not.toMatch(/: -[0.,\s]*(%| pp)?$/));
      }
    }
    // The figures as LibreOffice displays them: in the document's style, as the app shows them (its spaces may be no-break ones).
    const shown = (row: string[]) => row.map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
    const baseline = sheets.get(BASELINE)!;
    expect(shown(baseline[5]!.slice(0, 10))).toEqual(['TP1', 'Spectrum and satellite orbits', '57 023', '57 080', '114 103', '58 237', '62 703', '120 940', '235 043', '36,07%']);
    expect(shown(baseline[11]!.slice(1, 4))).toEqual(['Progressive global reduction', '-1 000', '-1 605']);
    expect(shown(sheets.get('Δ Small')![5]!.slice(5, 10))).toEqual(['-1', '–', '-1', '-1', '–']);
    expect(shown(sheets.get('Δ Small')![7]!.slice(5, 10))).toEqual(['+1', '–', '+1', '+1', '–']);
  }, 180_000);

  it('prints the Appendix sheet on one page, A4 landscape', async () => {
    const pdf = convertWithOffice(await onlySheet(workbook(true, []), BASELINE), 'appendix.xlsx', 'pdf').get('appendix.pdf')!;
    expect(pdfPages(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]/);
  }, 180_000);

  it('prints a long plan on as many pages as its layout says, the header rows on each', async () => {
    const long = longPlan(150);
    const built = workbook(true, [], { plan: long, base: replay(initialState(long), []) });
    const layout = built.pages.get(BASELINE)!;
    expect(layout.pages).toBeGreaterThan(3);
    const pdf = convertWithOffice(await onlySheet(built, BASELINE), 'long.xlsx', 'pdf').get('long.pdf')!;
    expect(pdfPages(pdf)).toBe(layout.pages);
  }, 180_000);

  it('carries a breakdown into outcomes as grouped rows: the priority a formula over its outcomes, recomputed by LibreOffice', async () => {
    const broken = replay(initialState(plan), [
      entry({ op: 'breakdown', line: 'TP3', mode: 'weights', parts: [1, 2, 3].map((n) => ({ code: `TP3.${n}`, name: `Outcome ${n}`, weight: new Dec(n) })) }),
    ]);
    const outcomes = { id: 's2', name: 'Outcomes', planId: null, parentId: null, createdAt: '', entries: [] };
    const build = (withCachedValues: boolean) => workbook(withCachedValues, [{ scenario: outcomes, replay: broken }]);
    const sheet = XLSX.read(await workbookBytes(build(true)), { type: 'array', cellFormula: true }).Sheets.Outcomes!;
    expect(sheet.A8!.v).toBe('TP3');
    expect(sheet.C8!.f).toBe('SUM(C9,C10,C11)');
    expect(sheet.A9!.v).toBe('TP3.1');
    expect(sheet.C14!.f).toBe('SUM(C6,C7,C8,C12,C13)');
    const styled = new ExcelJS.Workbook();
    await styled.xlsx.load((await workbookBytes(build(true))).buffer);
    // The priority reads as a heading over its outcomes, indented below it.
    expect(styled.getWorksheet('Outcomes')!.getCell('B8').font.bold).toBe(true);
    expect(styled.getWorksheet('Outcomes')!.getCell('B9').alignment.indent).toBe(1);
    const files = convertWithOffice(await workbookBytes(build(false)), 'groups.xlsx', 'xlsx');
    const recomputed = XLSX.read(files.get('groups.xlsx')!, { type: 'buffer' }).Sheets.Outcomes!;
    const seen = sheetFigures(recomputed, broken).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value)}`);
    expect(seen).toEqual(sheetFigures(recomputed, broken).map(({ id, column }) => `${id} ${column} ${appFigure(broken, id, column)}`));
    // The comparison pairs rows by id: TP4 sits lower on the scenario's sheet than on the baseline's.
    const comparison = XLSX.read(await workbookBytes(build(true)), { type: 'array', cellFormula: true }).Sheets['Δ Outcomes']!;
    expect(comparison.C12!.f).toBe(`'Outcomes'!C12-'${BASELINE}'!C9`);
    expect(comparison.C12!.v).toBe(0);
    expect(comparison.C9!.f).toBe("'Outcomes'!C9");
  }, 180_000);

  it('recomputes a table imported as published, whose inputs are biennia, to the app’s figures', async () => {
    const file = new Uint8Array(readFileSync(new URL('../../fixtures/import/published/financial-plan-biennia.csv', import.meta.url)));
    const preview = await readTableFile(file, 'plan.csv', { plan, table: base.table }, async (bytes) => workbookRows(bytes));
    const moved = replay(initialState(preview.plan), [entry({ op: 'transfer', from: 'L1', to: 'L4', amount: new Dec(2500), years: ['2024-2025'] })]);
    const files = convertWithOffice(await workbookBytes(workbook(false, [], { plan: preview.plan, base: moved })), 'biennia.xlsx', 'xlsx');
    const recomputed = XLSX.read(files.get('biennia.xlsx')!, { type: 'buffer' }).Sheets['Table as imported 2024-2027']!;
    const seen = sheetFigures(recomputed, moved).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value)}`);
    expect(seen).toEqual(sheetFigures(recomputed, moved).map(({ id, column }) => `${id} ${column} ${appFigure(moved, id, column)}`));
    expect(seen).toContain('total total 647200');
  }, 180_000);

  it('recomputes a financial plan’s variance and variance % as live formulas over its two periods', async () => {
    const file = new Uint8Array(readFileSync(new URL('../../fixtures/import/published/financial-plan-variance.csv', import.meta.url)));
    const preview = await readTableFile(file, 'variance.csv', { plan, table: base.table }, async (bytes) => workbookRows(bytes));
    const interest = preview.table.rows.find((row) => row.name === 'Interest')!.id;
    const moved = replay(initialState(preview.plan), [entry({ op: 'set', line: interest, year: '2026-2027', value: new Dec(1800) })]);
    const built = workbook(false, [], { plan: preview.plan, base: moved });
    const sheetName = built.workbook.worksheets[0]!.name;
    const written = XLSX.read(await workbookBytes(workbook(true, [], { plan: preview.plan, base: moved })), { type: 'array', cellFormula: true }).Sheets[sheetName]!;
    const formulas = sheetFigures(written, moved).filter(({ id }) => id === interest).map(({ column, formula }) => `${column} ${formula ?? ''}`);
    expect(formulas.filter((f) => f.startsWith('variance'))).toEqual([expect.stringMatching(/^variance D\d+-C\d+$/), expect.stringMatching(/^variance-pct ROUND\(IF\(C\d+=0,0,\(D\d+-C\d+\)\/C\d+\),4\)$/)]);
    const files = convertWithOffice(await workbookBytes(built), 'variance.xlsx', 'xlsx');
    const recomputed = XLSX.read(files.get('variance.xlsx')!, { type: 'buffer' }).Sheets[sheetName]!;
    const isRatio = (column: string) => !isAmountColumn(moved.table.layout.columnById.get(column)!);
    const seen = sheetFigures(recomputed, moved).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value, isRatio(column))}`);
    expect(seen).toEqual(sheetFigures(recomputed, moved).map(({ id, column }) => `${id} ${column} ${appFigure(moved, id, column)}`));
    expect(seen).toContain(`${interest} variance -600`);
    expect(seen).toContain(`${interest} variance-pct -25.00`);
    expect(seen).toContain('total variance 5680');
  }, 180_000);
});
