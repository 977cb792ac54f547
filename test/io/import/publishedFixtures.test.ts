import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeTable, rowOf } from '../../../src/model/table';
import { DOCUMENT_STYLE, Dec } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { replay } from '../../../src/model/proposal';
import { readTableFile } from '../../../src/io/importFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { baselinePlan } from '../../../src/state/baseline';

/** Published tables as they are laid out, imported without editing (fixtures/import/published/). */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const read = (file: string) =>
  readTableFile(new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url))), file, current, async (bytes) => workbookRows(bytes));

describe('published tables, imported as published', () => {
  it('a budget by object of expenditure: title and unit lines, "Budget 2024" headings, a numbering column, gross, "Less:" income and net', async () => {
    const preview = await read('regular-budget-net-appropriations.csv');
    expect(preview.kind).toBe('new-plan');
    expect(preview.plan.title).toBe('Table 2. Regular budget by object of expenditure');
    expect(preview.plan.unit).toBe('CHF thousands');
    expect(preview.plan.years).toEqual(['2024', '2025', '2026']);
    expect(preview.plan.lines.map((line) => `${line.code} ${line.name}`)).toEqual(['1 Staff costs', '2 Travel', '3 Contractual services', '4 Rental and maintenance of premises']);
    // Income written as a positive figure after "Less:" is taken off.
    expect(preview.plan.reduction.amounts.map((a) => a.toFixed())).toEqual(['-4000', '-4100', '-4200']);
    expect(rowOf(preview.table, 'subtotal').years.map((a) => a.toFixed())).toEqual(['144800', '145350', '147600']);
    expect(rowOf(preview.table, 'total').years.map((a) => a.toFixed())).toEqual(['140800', '141250', '143400']);
    // The file's own gross and net totals agree with the computed ones.
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain('Its figures are in CHF thousands, as the file says.');
    // Not Appendix A: named as imported, no eyebrow, and a zero figure is no breach.
    expect([preview.plan.baselineName, preview.plan.eyebrow, preview.plan.requiresFunding]).toEqual(['Table as imported', '', false]);
    // Its lines are headed as the file heads them.
    expect(preview.plan.lineHeading).toBe('Object of expenditure');
  });

  it('exports an imported table under its own names, not Appendix A’s', async () => {
    const preview = await read('framework-eur-million.csv');
    const base = replay(initialState(preview.plan), []);
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: base, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Table as imported 2021-2027', 'Notes']);
    expect(workbook.title).toBe('Multiannual financial framework 2021-2027');
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value, sheet.getCell('A3').value]).toEqual([null, 'Multiannual financial framework 2021-2027', 'EUR millions – table as imported']);
  });

  it('a multiannual framework in EUR million: headings numbered in their names, a "Total 2021-2027" column, a total row in capitals', async () => {
    const preview = await read('framework-eur-million.csv');
    expect(preview.plan.title).toBe('Multiannual financial framework 2021-2027');
    expect(preview.plan.unit).toBe('EUR millions');
    expect(preview.plan.years).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    expect(preview.plan.lines.map((line) => line.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(preview.plan.lines[0]!.name).toBe('Single market, innovation and digital');
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('902779');
    expect(rowOf(preview.table, '1').total.toFixed()).toBe('132781');
    expect(preview.mismatches).toEqual([]);
  });

  it('says where a published total disagrees with its lines, with both figures', async () => {
    const file = readFileSync(new URL('../../../fixtures/import/published/regular-budget-net-appropriations.csv', import.meta.url), 'utf8').replace('144 800', '144 900');
    const preview = await readTableFile(new TextEncoder().encode(file), 'edited.csv', current, async (bytes) => workbookRows(bytes));
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} / ${m.computed.toFixed()}`)).toEqual(['row 9, column 3 (2024): 144 900 / 144800']);
  });

  it('a financial plan by biennium: the biennia are the inputs, "Total 2024-2027" their sum, and operations, export and totals work on them', async () => {
    const preview = await read('financial-plan-biennia.csv');
    expect(preview.plan.years).toEqual(['2024-2025', '2026-2027']);
    expect(preview.plan.biennia).toEqual([]);
    expect(preview.plan.periodLabel).toBe('2024-2027');
    expect(preview.plan.unit).toBe('CHF thousands');
    expect(preview.plan.lines.map((line) => line.name)).toEqual(['General Secretariat', 'Radiocommunication Sector', 'Standardization Sector', 'Development Sector']);
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('647200');
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes.some((note) => note.includes('(4 lines, 2 periods)'))).toBe(true);
    const moved = replay(initialState(preview.plan), [{ id: 'e1', operation: { op: 'transfer', from: 'L1', to: 'L3', amount: new Dec(1000), years: ['2026-2027'] }, rationale: '', at: '', enabled: true }]);
    expect(moved.failures.size).toBe(0);
    expect(rowOf(moved.table, 'L3').years.map((a) => a.toFixed())).toEqual(['28300', '29900']);
    expect(rowOf(moved.table, 'total').total.toFixed()).toBe('647200');
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: moved, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const sheet = workbook.worksheets[0]!;
    // One header row: no period stands under another's heading.
    expect(['B5', 'C5', 'D5', 'E5'].map((cell) => sheet.getCell(cell).value)).toEqual(['Sector', '2024-2025', '2026-2027', '2024-2027']);
    expect(sheet.getCell('E6').value).toMatchObject({ formula: 'SUM(C6:D6)' });
    // The workbook reads back as the same plan, with the scenario's figures as its changes.
    const again = await readTableFile(await workbookBytes({ workbook, pages: new Map() }), 'again.xlsx', { plan: preview.plan, table: preview.table }, async (bytes) => workbookRows(bytes));
    expect(again.kind).toBe('changes');
    expect(again.changes.map((change) => `${change.rowId} ${change.year} ${change.to.toFixed()}`)).toEqual(['L1 2026-2027 151800', 'L3 2026-2027 29900']);
  });

  it('a programme budget in sections: each section a group closed by its subtotal, gross, "Less:" and net named as published', async () => {
    const preview = await read('programme-budget-sections.csv');
    expect(preview.plan.unit).toBe('USD thousands');
    expect(preview.plan.lines.map((line) => `${line.code} ${line.name} (${'children' in line ? line.children.map((child) => child.code).join(',') : ''})`)).toEqual([
      'A Programmes (1,2,3)',
      'B Programme support (4,5)',
    ]);
    expect(preview.table.rows.map((row) => `${row.id} ${row.name} ${row.total.toFixed()}`)).toEqual([
      'A Programmes 107400',
      '1 Policy and advocacy 25300',
      '2 Standards development 36950',
      '3 Technical cooperation 45150',
      'B Programme support 32600',
      '4 Executive direction and management 12750',
      '5 Administration 19850',
      'subtotal Total gross appropriations 140000',
      'reduction Less: staff assessment -7000',
      'total Total net appropriations 133000',
    ]);
    // The sections' subtotals are checked as the groups' figures.
    expect(preview.mismatches).toEqual([]);
    const edited = readFileSync(new URL('../../../fixtures/import/published/programme-budget-sections.csv', import.meta.url), 'utf8').replace('16 100', '16 200');
    const wrong = await readTableFile(new TextEncoder().encode(edited), 'edited.csv', current, async (bytes) => workbookRows(bytes));
    expect(wrong.mismatches.map((m) => `${m.where} ${m.rowId}: ${m.inFile} / ${m.computed.toFixed()}`)).toEqual(['row 13, column 3 (2026) B: 16 200 / 16100']);
  });
});
