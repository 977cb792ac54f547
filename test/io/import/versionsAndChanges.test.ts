import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../../src/model/amount';
import { withAmount } from '../../../src/model/plan';
import { amountAt, computeTable, rowOf, shareOf } from '../../../src/model/table';
import { writeCsv } from '../../../src/io/csvFile';
import { readPlan, writePlan } from '../../../src/io/planFile';
import { exactText } from '../../../src/io/tableCells';
import { readTableFile } from '../../../src/io/importFile';
import { interpretTable } from '../../../src/io/tableImport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { baselinePlan } from '../../../src/state/baseline';
import { activeReplay, compareReplay, createAppStore } from '../../../src/state/appStore';
import { memoryStorage } from '../../../src/state/browserStorage';

/** Versions of the same figures side by side (real growth and zero real growth), and columns of changes between columns. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const text = (file: string) => readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url), 'utf8');
const read = (file: string, body = text(file)) => readTableFile(new TextEncoder().encode(body), file, current, async (bytes) => workbookRows(bytes));
const table = (csv: string) => interpretTable({ name: 't.csv', rows: csv.split('\n').map((line) => line.split(',')), decimal: '.' }, current);
const changes = (version: { changes: readonly { rowId: string; year: string; to: { toFixed: () => string } }[] }) => version.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`);

describe('versions of the figures', () => {
  it('real growth and zero real growth under a heading row each: the first is the table, the other a scenario, its totals checked', async () => {
    const preview = await read('programme-budget-growth-versions.csv');
    expect(preview.plan.years).toEqual(['2026', '2027']);
    expect(preview.plan.baselineName).toBe('Real growth');
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('128400');
    expect(preview.versions.map((v) => v.name)).toEqual(['Zero real growth']);
    expect(changes(preview.versions[0]!)).toEqual(['1 2026 13900', '1 2027 14000', '2 2026 21100', '2 2027 21300', '3 2026 17400', '3 2027 17600', '4 2026 9500', '4 2027 9500']);
    // Both versions' totals and the rg_change column agree with the figures.
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain("The file holds 2 versions of its figures: “Real growth” is read as the table's; “Zero real growth” (8 figures differ) becomes a scenario of its own, to compare.");
    // A wrong total of the other version is named, with both figures.
    const wrong = await read('programme-budget-growth-versions.csv', text('programme-budget-growth-versions.csv').replace('61 900', '61 800'));
    expect(wrong.mismatches.map((m) => `${m.where}: ${m.inFile} / ${m.computed.toFixed()}`)).toEqual(['row 10, column 6 (2026): 61 800 / 61900']);
  });

  it('versions named in each heading, "Budget 2025" beside "Forecast 2025"; a period headed once is every version’s', () => {
    const preview = table('Item,Budget 2025,Budget 2026,Forecast 2025,Forecast 2026\nStaff,100,110,104,112\nTravel,20,22,18,22');
    expect([preview.plan.baselineName, preview.versions.map((v) => v.name).join()]).toEqual(['Budget', 'Forecast']);
    expect(changes(preview.versions[0]!)).toEqual(['L1 2025 104', 'L1 2026 112', 'L2 2025 18']);
    // A period headed once is every version's: 2025's budget is the forecast's too.
    const shared = table('Item,Budget 2025,Budget 2026,Forecast 2026\nStaff,100,110,112');
    expect([shared.plan.years, shared.versions.map((v) => [v.name, changes(v)])]).toEqual([['2025', '2026'], [['Forecast', ['L1 2026 112']]]]);
    // One version of each period, in different words, is a table of periods as before.
    expect(table('Item,Actual 2024,Budget 2025,Forecast 2026\nStaff,100,110,112').plan.years).toEqual(['2024', '2025', '2026']);
  });

  it('accepted, the other version is a scenario of the new plan, shown and compared with the table; undo takes both back', async () => {
    let n = 0;
    const store = createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => `v${++n}`, now: () => new Date('2026-11-23T10:00:00Z'), readWorkbook: async (bytes) => workbookRows(bytes) });
    await store.getState().previewImport(new TextEncoder().encode(text('programme-budget-growth-versions.csv')), 'pb.csv');
    expect(store.getState().acceptImport()).toBe(true);
    const s = store.getState();
    expect(s.scenarios.map((scenario) => scenario.name)).toEqual(['Zero real growth']);
    expect(rowOf(activeReplay(s).table, 'total').total.toFixed()).toBe('124300');
    expect(rowOf(compareReplay(s).table, 'total').total.toFixed()).toBe('128400');
    expect(s.message?.text).toMatch(/“Zero real growth” is shown, compared with it\.$/);
    store.getState().undo();
    expect([store.getState().plans.length, store.getState().scenarios.length]).toEqual([0, 0]);
  });
});

describe('versions of changes to the plan shown', () => {
  it('the first version changes the scenario shown, the other is a scenario beside it, and one undo takes both back', async () => {
    let n = 0;
    const store = createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => `c${++n}`, now: () => new Date('2026-11-23T10:00:00Z'), readWorkbook: async (bytes) => workbookRows(bytes) });
    const lines = plan.lines.map((line) => ('amounts' in line ? line : null)!);
    const figures = (line: (typeof lines)[number], plus: number) => line.amounts.map((a) => a.plus(plus).toFixed()).join(',');
    const csv = [',,Proposal A,,,,Proposal B,,,', 'code,name,2028,2029,2030,2031,2028,2029,2030,2031', ...lines.map((line, i) => `${line.code},${line.name},${figures(line, i === 0 ? 100 : 0)},${figures(line, i === 0 ? 0 : 5)}`)].join('\n');
    await store.getState().previewImport(new TextEncoder().encode(csv), 'versions.csv');
    expect([store.getState().importPreview?.kind, store.getState().importPreview?.versions.map((v) => v.name)]).toEqual(['changes', ['Proposal B']]);
    expect(store.getState().acceptImport()).toBe(true);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['versions', 'Proposal B']);
    expect(store.getState().past.length).toBe(1);
    store.getState().undo();
    expect([store.getState().scenarios.length, store.getState().past.length]).toEqual([0, 0]);
    store.getState().redo();
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['versions', 'Proposal B']);
  });
});

describe('columns of changes', () => {
  it('a financial plan’s variance and variance % between two periods: checked, each mismatch named, then derived', async () => {
    const preview = await read('financial-plan-variance.csv');
    expect(preview.plan.years).toEqual(['2024-2025', '2026-2027']);
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain('Column 5 (“Variance %”) is read as a change, column 3 − column 2 in % of column 2, and checked on 4 rows: it is kept as a column derived from those two.');
    // Kept as columns of the plan, derived from the two periods from now on.
    expect(preview.plan.changes).toEqual([
      { id: 'variance', heading: 'Variance', from: '2024-2025', to: '2026-2027' },
      { id: 'variance-pct', heading: 'Variance %', from: '2024-2025', to: '2026-2027', percentOf: '2024-2025' },
    ]);
    expect(preview.table.layout.columns.map((column) => column.id)).toEqual(['2024-2025', '2026-2027', 'total', 'variance', 'variance-pct', 'share']);
    const shown = (rowId: string) => preview.table.layout.columns.map((column) => exactText({ row: rowOf(preview.table, rowId), share: shareOf(preview.table, rowId) }, column, { plan: preview.plan, style: DOCUMENT_STYLE, displayUnit: 'plan' }));
    expect(shown('total')).toEqual(['361520', '367300', '728820', '5780', '1,60%', '100,00%']);
    // An edit moves the variance: Interest 2026-2027 down by 100 makes its change −600, −25,00 %.
    const interest = preview.table.rows.find((row) => row.name === 'Interest')!.id;
    const edited = computeTable(withAmount(preview.plan, interest, '2026-2027', new Dec(1800)));
    expect(amountAt(edited, interest, 'variance').toFixed()).toBe('-600');
    expect(exactText({ row: rowOf(edited, interest), share: shareOf(edited, interest) }, edited.layout.columnById.get('variance-pct')!, { plan: preview.plan, style: DOCUMENT_STYLE, displayUnit: 'plan' })).toBe('-25,00%');
    // The plan's CSV file brings the same columns back, checked again.
    const again = await read('again.csv', writeCsv(preview.plan, preview.table, { separator: ',' }));
    expect([again.plan.changes, again.mismatches]).toEqual([preview.plan.changes, []]);
    expect(readPlan(writePlan(preview.plan)).changes).toEqual(preview.plan.changes);
    const wrong = await read('financial-plan-variance.csv', text('financial-plan-variance.csv').replace('2 900,3.28', '2 900,3.29').replace('3 380', '3 381'));
    expect(wrong.mismatches.map((m) => `${m.where}: ${m.inFile} / ${m.computed.toFixed()}`)).toEqual(['row 6, column 4 (Variance): 3 381 / 3380', 'row 7, column 5 (Variance %): 3.29 / 3.28']);
  });

  it('a change written the other way round (earlier less later), and one with nothing to compare, said', () => {
    const preview = table('Item,2025,2026,Decrease\nStaff,100,90,10\nTravel,20,25,-5');
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes.some((note) => note.startsWith('Column 4 (“Decrease”) is read as a change, column 2 − column 3'))).toBe(true);
    const alone = table('Item,2025,Change\nStaff,100,10');
    expect(alone.notes).toContain('Column 3 (“Change”) is a change with no two columns of figures before it to compare: it is not read.');
  });
});

describe('columns of changes, at the edges', () => {
  it('a change in % of the column it changes to, one after a Total column, and one naming its periods', () => {
    const rg = table(',Real growth,Zero real growth,RG change %\nItem,2026,2026,\nStaff,110,100,10\nTravel,22,20,10\nTotal,132,120,10');
    expect(rg.mismatches).toEqual([]);
    expect(rg.notes.some((note) => note.includes('in % of column 3'))).toBe(true);
    const budget = table('Item,Actual 2025,Budget 2025,Variance,Variance %\nStaff,90,100,10,10.0\nTravel,30,20,-10,-50.0');
    expect(budget.mismatches).toEqual([]);
    const afterTotal = table('Item,2026,2027,Total,Change\nStaff,100,110,210,10\nTravel,20,25,45,5');
    expect(afterTotal.mismatches).toEqual([]);
    const named = table('Item,2025,2026,2027,Change 2027/2025\nStaff,100,105,110,10\nTravel,20,30,25,5');
    expect(named.mismatches).toEqual([]);
  });
});

describe('versions, at the edges', () => {
  it('a plain Total under each version, and "Budget 2028" under a version named above', () => {
    const totals = table(',,Zero real growth (ZRG),,,Real growth (RG),,\nRef.,Programme,2028,2029,Total,2028,2029,Total\n1,Policy,100,100,200,110,120,230\n2,Support,50,50,100,52,54,106\n,Total,150,150,300,162,174,336');
    expect([totals.plan.baselineName, totals.versions.map((v) => v.name).join(), totals.mismatches.length]).toEqual(['Zero real growth (ZRG)', 'Real growth (RG)', 0]);
    const worded = table(',Zero real growth,,Real growth,\nItem,Budget 2028,2029,Budget 2028,2029\nStaff,100,100,110,120');
    expect([worded.plan.baselineName, worded.versions.map((v) => v.name).join()]).toEqual(['Zero real growth', 'Real growth']);
  });
});

describe('a plan of one period in two versions', () => {
  it('heads its total “Total 2026”, not 2026 twice; its workbook and CSV read back as the same figures', async () => {
    const preview = await read('one-period.csv', 'Budget 2026 (CHF thousands)\nLine,Real growth 2026,Zero real growth 2026\nA,100,98\nB,200,195\nTotal,300,293\n');
    expect(preview.table.layout.columns.map((c) => c.heading)).toEqual(['2026', 'Total 2026', 'In %']);
    expect(preview.versions.map((v) => v.name)).toEqual(['Zero real growth']);
    const { buildWorkbook, workbookBytes } = await import('../../../src/io/xlsxExport');
    const { replay } = await import('../../../src/model/proposal');
    const { initialState } = await import('../../../src/model/apply');
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: replay(initialState(preview.plan), []), scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const on = { plan: preview.plan, table: preview.table };
    const again = await readTableFile(await workbookBytes({ workbook, pages: new Map() }), 'again.xlsx', on, async (bytes) => workbookRows(bytes));
    expect([again.kind, again.changes.length, again.mismatches.length]).toEqual(['changes', 0, 0]);
    const csv = await readTableFile(new TextEncoder().encode(writeCsv(preview.plan, preview.table, { separator: ',' })), 'again.csv', on, async (bytes) => workbookRows(bytes));
    expect([csv.kind, csv.changes.length, csv.mismatches.length]).toEqual(['changes', 0, 0]);
  });
});

describe('shares and changes headed with a period, or over two columns', () => {
  it('reads “Share 2026 (%)” as no version (not read, said once), and “Variance” over “Amount” and “%” as a change and its per cent', async () => {
    const shares = await read('shares.csv', 'Budget (CHF thousands)\nLine,2026,2027,Share 2026 (%),Share 2027 (%)\nA,100,110,33.33,33.33\nB,200,220,66.67,66.67\nTotal,300,330,100.00,100.00\n');
    expect([shares.versions.length, shares.plan.years]).toEqual([0, ['2026', '2027']]);
    expect(shares.notes.filter((note) => note.startsWith('Column 4'))).toEqual(['Column 4 (“Share 2026 (%)”) is not a period: it is not read (a change, a variance or a category).']);
    const variance = await read('variance.csv', 'Budget (CHF thousands)\n,Budget,,Variance,\nLine,2026,2027,Amount,%\nA,100,110,10,10.00\nB,200,220,20,10.00\nTotal,300,330,30,10.00\n');
    expect(variance.mismatches).toEqual([]);
    expect(variance.plan.changes?.map((c) => `${c.heading} ${c.from}→${c.to}${c.percentOf ? ` of ${c.percentOf}` : ''}`)).toEqual(['Variance 2026→2027', 'Variance % 2026→2027 of 2026']);
  });
});

describe('versions over different periods', () => {
  it('reads Approved and Revised 2024-2025 beside Proposed 2026-2027: the proposed period every version’s, the revised one a scenario', async () => {
    const preview = await read('approved.csv', 'Programme budget (USD thousands)\nProgramme,Approved 2024-2025,Revised 2024-2025,Proposed 2026-2027\nA,100,105,110\nB,200,190,220\nTotal,300,295,330\n');
    expect(preview.plan.years).toEqual(['2024-2025', '2026-2027']);
    expect(preview.plan.baselineName).toBe('Approved');
    expect(preview.versions.map((v) => [v.name, changes(v)])).toEqual([['Revised', ['L1 2024-2025 105', 'L2 2024-2025 190']]]);
    expect(rowOf(preview.table, 'total').years.map((v) => v.toFixed())).toEqual(['300', '330']);
  });
});
