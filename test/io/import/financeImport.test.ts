import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, type Amount } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { computeFinance, financeRow } from '../../../src/model/finance/financeTable';
import { isProduct } from '../../../src/model/finance/financialPlan';
import { replay } from '../../../src/model/proposal';
import { computeTable, rowOf } from '../../../src/model/table';
import { writeFinance } from '../../../src/io/financeFile';
import { writeFinanceCsv } from '../../../src/io/financeCsv';
import { previewSource, readSource, readTableFile } from '../../../src/io/importFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { baselinePlan, publishedAppendix } from '../../../src/state/baseline';

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const reader = async (bytes: Uint8Array) => workbookRows(bytes);
const bytesOf = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'revenue.csv', on = current) => readTableFile(bytesOf(text), name, on, reader);
const figures = (values: readonly Amount[]) => values.map((v) => v.toFixed());
const ownCsv = () => writeFinanceCsv(plan.finance!, current.table, { separator: ',' });

describe('a financial plan read from a file', () => {
  it('reads back the app’s own CSV as the revenue of the plan shown: parameters, products kept, every figure as it was', async () => {
    const preview = await read(ownCsv(), 'own.csv');
    expect([preview.kind, preview.finance, preview.mismatches.length]).toEqual(['new-plan', 'attached', 0]);
    const { title: _t, note: _n, ...again } = writeFinance(preview.plan.finance!, plan.years);
    const { title: _t2, note: _n2, ...before } = writeFinance(plan.finance!, plan.years);
    // Public marks are said in the workbook's names only; the CSV keeps units.
    expect({ ...again, parameters: again.parameters.map(({ public: _p, ...p }) => p), lines: again.lines.map(({ public: _p, ...l }) => l) }).toEqual({
      ...before,
      parameters: before.parameters.map(({ public: _p, ...p }) => p),
      lines: before.lines.map(({ public: _p, ...l }) => l),
    });
    // The plan shown keeps its lines and figures; only the revenue is the file's.
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('651671');
    expect(preview.plan.baselineName).toBe('Revenue of own.csv');
  });

  it('reads the app’s CSV with its kind column deleted: parameters by their codes, the rest by their words', async () => {
    const withoutKind = Papa.unparse(Papa.parse<string[]>(ownCsv().replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.map((row) => row.filter((_, k) => k !== 2)));
    const preview = await read(withoutKind, 'nokind.csv');
    expect([preview.finance, preview.mismatches.length, preview.plan.finance!.parameters.length]).toEqual(['attached', 0, plan.finance!.parameters.length]);
    expect(financeRow(computeFinance(preview.plan.finance!, preview.table), 'balance').total.toFixed()).toBe('5427');
  });

  it('takes an edited line, and lists every derived figure of the file that no longer agrees, with both figures', async () => {
    const edited = ownCsv().replace('B2,Publications,line,17500,17500', 'B2,Publications,line,17500,18000');
    const preview = await read(edited, 'edited.csv');
    const line = preview.plan.finance!.lines.find((l) => l.code === 'B2')!;
    expect(isProduct(line) ? [] : figures(line.amounts)).toEqual(['17500', '18000', '17500', '17500']);
    const computed = computeFinance(preview.plan.finance!, preview.table);
    expect(financeRow(computed, 'balance').years[1]!.toFixed()).toBe('3875');
    // Section B's sums (its heading row), Total revenue and the balance, as the file wrote them before the edit.
    expect(preview.mismatches.map((m) => `${m.where} ${m.inFile}→${m.computed.toFixed()}`)).toEqual(
      expect.arrayContaining(['row 15, column 5 (2029) 39200→39700', 'row 27, column 5 (2029) 163268→163768', 'row 29, column 5 (2029) 3375→3875', 'row 29, column 10 (total) 5427→5927']),
    );
  });

  it('keeps a line computed from the file’s own parameters a product, its figure checked; a published line that is not the product, amounts', async () => {
    const preview = await read(ownCsv().replace('A1,Member States (units × unit value),product,104940', 'A1,Member States (units × unit value),product,105000'), 'a1.csv');
    const line = preview.plan.finance!.lines.find((l) => l.code === 'A1')!;
    expect(isProduct(line)).toBe(true);
    expect(preview.mismatches.map((m) => `${m.where} ${m.inFile}→${m.computed.toFixed()}`)).toContain('row 11, column 4 (2028) 105000→104940');
    const published = 'Financial plan 2028-2031 (CHF thousands)\n,2028,2029,2030,2031\nMember States,105 000,104 940,104 940,104 940\nVoluntary contributions,10,10,10,10\nTotal revenue,105 010,104 950,104 950,104 950\n';
    const amounts = await read(published, 'published.csv');
    const lines = amounts.plan.finance!.lines;
    expect(lines.map((l) => `${l.section} ${l.name} ${isProduct(l) ? 'product' : figures(l.amounts).join(' ')}`)).toEqual(['A Member States 105000 104940 104940 104940', 'D Voluntary contributions 10 10 10 10']);
    // No parameter is left on screen that no line uses: the unit value cannot be solved for.
    expect([amounts.plan.finance!.parameters, amounts.plan.finance!.unitValue]).toEqual([[], undefined]);
  });

  it('checks a variance between the two biennia right before it, not between the last two years', async () => {
    const text = 'Financial plan 2028-2031: revenue (CHF thousands)\n,2028,2029,2030,2031,2028-2029,2030-2031,Variance,Variance %\nFees,100,100,120,130,200,250,50,25.00\nInterest,10,10,10,10,20,20,0,0.00\nTotal revenue,110,110,130,140,220,270,50,22.73\n';
    const preview = await read(text, 'variance.csv');
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes.join(' ')).toMatch(/Column 8 \(“Variance”\) is read as a change, column 7 − column 6, .*the revenue keeps no such column/);
  });

  it('takes a note or a blank row before “Expenditure” for no expenses, and refuses revenue a thousand times the expenditure in a file that does not say its unit', async () => {
    const text = ownCsv().replace(',Expenditure (Appendix A Total)', '\r\nNote: provisional\r\n,Expenditure (Appendix A Total)');
    const preview = await read(text, 'noted.csv');
    expect([preview.finance, preview.mismatches]).toEqual(['attached', []]);
    expect(preview.notes.join(' ')).toMatch(/Row 29 is neither revenue, expenses nor the balance: not read/);
    expect(financeRow(computeFinance(preview.plan.finance!, preview.table), 'expenditure').name).toBe('Expenditure (Appendix A Total)');
    const inFrancs = 'Revenue 2028-2031\n,2028,2029,2030,2031\nMember States,104 940 000,104 940 000,104 940 000,104 940 000\nTotal revenue,104 940 000,104 940 000,104 940 000,104 940 000\n';
    await expect(read(inFrancs, 'francs.csv')).rejects.toThrow(/does not say its unit, and its revenue \(419760000\) is about a thousand times more than the expenditure \(651671 CHF thousands\)/);
  });

  it('reads back the app’s own workbook sheet “Financial plan” when a financial plan is asked for', async () => {
    const { workbook } = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const bytes = await workbookBytes({ workbook, pages: new Map() });
    const source = await readSource(bytes, 'plan.xlsx', reader, 'finance');
    expect(source.source.name).toBe('plan.xlsx, sheet “Financial plan”');
    const preview = await previewSource(source, current, {}, 'finance');
    expect(preview.mismatches).toEqual([]);
    expect(writeFinance(preview.plan.finance!, plan.years).parameters).toEqual(writeFinance(plan.finance!, plan.years).parameters);
    expect(preview.plan.finance!.lines.filter(isProduct).map((l) => l.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(financeRow(computeFinance(preview.plan.finance!, preview.table), 'balance').total.toFixed()).toBe('5427');
    // With a scenario, its sheet is read (its variance against the baseline's sheet left unread, derived), not the baseline's.
    const changed = replay(initialState(plan), [{ id: '1', operation: { op: 'setParameter', parameter: 'unit-value', value: new Dec(320000), years: ['2031'] }, rationale: '', at: '', enabled: true }]);
    const scenario = { id: 's', name: 'Dearer', planId: null, parentId: null, createdAt: '', entries: [] };
    const both = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [{ scenario, replay: changed }], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const again = await readSource(await workbookBytes(both), 'both.xlsx', reader, 'finance');
    expect(again.source.name).toBe('both.xlsx, sheet “FP Dearer”');
    const dearer = await previewSource(again, current, {}, 'finance');
    expect([dearer.mismatches, dearer.plan.finance!.parameters.find((p) => p.id === 'unit-value')!.values.map((v) => v.toFixed())]).toEqual([[], ['318000', '318000', '318000', '320000']]);
  });

  it('opens a published revenue and expense table as a plan of its own: expenses its lines, revenue by section, variance and balance checked', async () => {
    const preview = await read(readFileSync('fixtures/import/published/financial-plan-revenue-expenses.csv', 'utf8'), 'financial-plan-revenue-expenses.csv', { plan: publishedAppendix(), table: computeTable(publishedAppendix()) });
    expect([preview.kind, preview.finance, preview.mismatches]).toEqual(['new-plan', 'own', []]);
    expect(preview.plan.years).toEqual(['2028-2029', '2030-2031']);
    expect(preview.plan.unit).toBe('CHF thousands');
    expect(preview.plan.lines.map((l) => l.name)).toEqual(['Staff costs', 'Travel', 'Contractual services', 'Other expenses']);
    const finance = preview.plan.finance!;
    expect(finance.lines.map((l) => `${l.section} ${l.name}`)).toEqual([
      'A Member States',
      'A Sector Members',
      'A Associates and Academia',
      'B Satellite network filings',
      'B Publications',
      'C Interest',
      'E Drawdown from the Reserve Account',
    ]);
    expect(finance.drawdown).toBe(finance.lines.at(-1)!.code);
    // Codes derived from names on both sides (L1…) are recoded alike for the revenue: none names two rows.
    expect(finance.lines.map((l) => l.code)).toEqual(['RL1', 'RL2', 'RL3', 'RL4', 'RL5', 'RL6', 'RL7']);
    expect(preview.plan.title).toBe('Financial plan 2028-2031: revenue and expenses');
    expect(financeRow(computeFinance(finance, preview.table), 'expenditure').name).toBe('Expenditure (TOTAL EXPENSES)');
    const computed = computeFinance(finance, preview.table);
    expect(figures(financeRow(computed, 'revenue-total').years)).toEqual(['311936', '315762']);
    expect(figures(financeRow(computed, 'expenditure').years)).toEqual(['311000', '315552']);
    expect(financeRow(computed, 'balance').total.toFixed()).toBe('1146');
  });

  it('lists a balance the file gets wrong, and a revenue total that is not its lines’ sum', async () => {
    const text = readFileSync('fixtures/import/published/financial-plan-revenue-expenses.csv', 'utf8').replace('BALANCE,936,', 'BALANCE,963,').replace('TOTAL REVENUE,311 936', 'TOTAL REVENUE,311 939');
    const preview = await read(text, 'wrong.csv');
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} → ${m.computed.toFixed()}`)).toEqual(['row 16, column 2 (2028-2029): 311 939 → 311936', 'row 23, column 2 (2028-2029): 963 → 936']);
  });

  it('reads “Less: provision for delayed payments” inside the revenue, lines after it, as revenue taken off, the totals and the balance checked', async () => {
    const text = 'FINANCIAL PLAN 2026-2029\n(in thousands of Swiss francs)\n,2026,2027,2028,2029\nREVENUE,,,,\nAssessed contributions,120000,120000,121000,121000\nSector Members,20000,20500,21000,21500\nLess: provision for delayed payments,1000,1000,1000,1000\nCost recovery,15000,15500,16000,16500\nDrawdown from the Reserve Fund,2000,1000,0,0\nTOTAL REVENUE,156000,156000,157000,158000\nEXPENDITURE,,,,\nGeneral Secretariat,90000,91000,92000,93000\nSectors,66000,67000,68000,68500\nTOTAL EXPENDITURE,156000,158000,160000,161500\nBALANCE,0,-2000,-3000,-3500';
    const preview = await read(text, 'plan.csv');
    expect([preview.finance, preview.mismatches]).toEqual(['own', []]);
    const computed = computeFinance(preview.plan.finance!, preview.table);
    expect([figures(financeRow(computed, 'revenue-total').years), figures(financeRow(computed, 'balance').years)]).toEqual([['156000', '156000', '157000', '158000'], ['0', '-2000', '-3000', '-3500']]);
    expect(preview.plan.finance!.lines.find((l) => l.name.startsWith('Less:'))).toBeDefined();
  });

  it('reads a revenue table in French style as the revenue of the plan shown; refuses one in another unit, or of other years when asked for', async () => {
    const french = 'Plan financier 2028-2031 (en milliers de francs suisses)\n;2028;2029;2030;2031\nA. Contributions mises en recouvrement;;;;\nÉtats Membres;104 940;104 940;104 940;104 940\nMembres de Secteur;14 628;14 628;14 628;14 628\nB. Recouvrement des coûts;;;;\nPublications;40 000,5;40 000;40 000;40 000\nTotal des recettes;159 568,5;159 568;159 568;159 568\n';
    const preview = await read(french, 'recettes.csv');
    expect(preview.finance).toBe('attached');
    expect(preview.plan.finance!.title).toBe('Plan financier 2028-2031');
    expect(preview.plan.finance!.lines.map((l) => `${l.section} ${l.name}`)).toEqual(['A États Membres', 'A Membres de Secteur', 'B Publications']);
    expect(financeRow(computeFinance(preview.plan.finance!, preview.table), 'revenue-total').years[0]!.toFixed()).toBe('159568.5');
    await expect(read(french.replace('en milliers de francs suisses', 'EUR million'), 'eur.csv')).rejects.toThrow(/in EUR millions and the plan's in CHF thousands/);
    const other = readFileSync('fixtures/import/published/financial-plan-variance.csv');
    // A revenue table of other periods, read as any table, is a table of its own; asked for as the plan's revenue, it is refused.
    const asTable = await readTableFile(other, 'variance.csv', current, reader);
    expect(asTable.finance).toBeUndefined();
    expect(asTable.notes.join(' ')).toMatch(/It has a revenue total, but not the plan's years \(2028, 2029, 2030, 2031\): it is read as a table of its own/);
    await expect(previewSource(await readSource(other, 'variance.csv', reader, 'finance'), current, {}, 'finance')).rejects.toThrow(/its years \(2024-2025, 2026-2027\) are not the plan's \(2028, 2029, 2030, 2031\)/);
    await expect(previewSource(await readSource(bytesOf('Name,2028,2029\nA,1,2\nTotal,1,2\n'), 'x.csv', reader, 'finance'), current, {}, 'finance')).rejects.toThrow(/no revenue total/);
  });

  it('tells totals from lines and headings by their whole words: a heading “EXPENDITURE”, a subtotal “Total revenue from …”, a line “Expenditure on staff”, “Surplus carried forward”', async () => {
    const text = [
      'Financial plan 2028-2031 (CHF thousands)',
      ',2028,2029,2030,2031',
      'Assessed contributions,122 868,122 868,122 868,122 868',
      'Member States,104 940,104 940,104 940,104 940',
      'Sector Members,17 928,17 928,17 928,17 928',
      'Total revenue from assessed contributions,122 868,122 868,122 868,122 868',
      'Surplus carried forward from 2024-2027,1 000,0,0,0',
      'Contributions mises en recouvrement,10,10,10,10',
      'of which in kind,5,5,5,5',
      'A share of project support costs,40 000,40 000,40 000,40 000',
      'Total revenue,163 878,162 878,162 878,162 878',
      'EXPENDITURE,,,,',
      'Expenditure on staff,100 000,100 000,100 000,100 000',
      'Other expenses,62 000,62 000,62 000,62 000',
      'Total expenditure,162 000,162 000,162 000,162 000',
      'Surplus (deficit),1 878,878,878,878',
    ].join('\n');
    const preview = await read(text, 'words.csv');
    expect(preview.finance).toBe('own');
    expect(preview.plan.lines.map((l) => l.name)).toEqual(['Expenditure on staff', 'Other expenses']);
    const finance = preview.plan.finance!;
    // The heading with its sums is no line of its own (not counted twice); its subtotal row is checked, not a line either.
    expect(finance.lines.map((l) => `${l.section} ${l.name}`)).toEqual([
      'A Member States',
      'A Sector Members',
      'D Surplus carried forward from 2024-2027',
      'A Contributions mises en recouvrement',
      'B A share of project support costs',
    ]);
    expect(preview.notes.join(' ')).toMatch(/“Of which” lines are parts of the line above them, not revenue of their own: of which in kind/);
    expect(preview.mismatches).toEqual([]);
    expect(financeRow(computeFinance(finance, preview.table), 'balance').years.map((v) => v.toFixed())).toEqual(['1878', '878', '878', '878']);
  });

  it('reads a lettered section of one line followed by its “of which” as that line, the part not added', async () => {
    const text = 'Revenue 2028-2031 (CHF thousands)\n,2028,2029,2030,2031\nA. Member States,104 940,104 940,104 940,104 940\nD. Other revenue,400,400,400,400\nof which: voluntary contributions,100,100,100,100\nTotal revenue,105 340,105 340,105 340,105 340\n';
    const preview = await read(text, 'part.csv');
    expect(preview.plan.finance!.lines.map((l) => `${l.section} ${l.name}`)).toEqual(['A Member States', 'D Other revenue']);
    expect(preview.mismatches).toEqual([]);
  });

  it('checks the file’s Total revenue against the revenue read, in the rows’ order', async () => {
    const text = 'Revenue 2028-2031 (CHF thousands)\n,2028,2029,2030,2031\nMember States,104 940,104 940,104 940,104 940\nFees,1 000,1 000,1 000,1 000\nTotal revenue,105 940,105 940,105 940,105 041\nBalance,-56 220,-53 953,-56 384,-62 253\n';
    const preview = await read(text, 'total.csv');
    // 2031's Total revenue as written (105 041) is not its lines' 105 940; the balance as written is off by as much; each once, row by row.
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} → ${m.computed.toFixed()}`)).toEqual(['row 5, column 5 (2031): 105 041 → 105940', 'row 6, column 5 (2031): -62 253 → -61354']);
  });
});
