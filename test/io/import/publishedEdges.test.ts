import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { replay } from '../../../src/model/proposal';
import { readTableFile } from '../../../src/io/importFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { interpretTable } from '../../../src/io/tableImport';
import { computeTable, rowOf, shownTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';

/** Published layouts a reviewer met that were read wrongly without a word: each read right now, or said. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const read = (text: string, decimal: ',' | '.' = '.') =>
  interpretTable({ name: 't.csv', rows: text.split('\n').map((line) => line.split(decimal === ',' ? ';' : ',')), decimal }, current);
const lines = (text: string) => read(text).plan.lines.map((line) => line.name);
const totals = (text: string) => rowOf(read(text).table, 'total').years.map((a) => a.toFixed());

describe('published tables at the edges', () => {
  it('keeps a first row of figures that look like years (1 000, 2 100) a row of figures, under the years heading', () => {
    expect(read('Programme,2026,2027\nPolicy,1000,1100\nOperations,2000,1900').plan.years).toEqual(['2026', '2027']);
    expect(lines('Programme budget (US$ thousands)\nProgramme,2026,2027\nPolicy,1000,1100\nOperations,2000,1900')).toEqual(['Policy', 'Operations']);
    expect(read('Sector,2024-25,2026-27,Total\nGeneral Secretariat,1000,1100,2100').plan.years).toEqual(['2024-2025', '2026-2027']);
  });

  it('does not add a memo under the Total, and says so; an “of which” line is shown under its line and added into nothing', () => {
    const memo = 'Budget (CHF thousands)\nProgramme,2026,2027\nPolicy,100,110\nOperations,200,210\nTotal,300,320\nMemo item: extrabudgetary,40,45';
    expect(totals(memo)).toEqual(['300', '320']);
    expect(read(memo).mismatches).toEqual([]);
    expect(read(memo).notes).toContain('Row 6 has figures but is not added (below the Total, or percentages): mark it under “How the file is read” if it is a line.');
    const ofWhich = 'Sector,2026,2027\nStaff costs,100,110\nof which: overtime,10,11\nTravel,50,60\nTotal,150,170';
    expect(lines(ofWhich)).toEqual(['Staff costs', 'of which: overtime', 'Travel']);
    const preview = read(ofWhich);
    expect(preview.table.rows.map((row) => `${row.kind} ${row.partOf ?? ''}`.trim())).toEqual(['line', 'memo L1', 'line', 'subtotal', 'reduction', 'total']);
    expect(totals(ofWhich)).toEqual(['150', '170']);
    expect(preview.mismatches).toEqual([]);
  });

  it('takes a deduction written negative, in brackets or with a sign, and a dash as nil', () => {
    for (const written of ['(20),(25)', '-20,-25', '20,25']) {
      const table = `Budget (CHF thousands)\nItem,2026,2027\nStaff,100,110\nTravel,50,60\nGross total,150,170\nLess: income,${written}\nNet total,130,145`;
      expect(read(table).plan.reduction.amounts.map((a) => a.toFixed())).toEqual(['-20', '-25']);
      expect(read(table).mismatches.map((m) => `${written} ${m.where} ${m.inFile} ${m.computed.toFixed()}`)).toEqual([]);
    }
    expect(rowOf(read('Programme,2026,2027\nPolicy,100,-\nOperations,–,210').table, 'total').years.map((a) => a.toFixed())).toEqual(['100', '210']);
  });

  it('says which rows head sections, so that a heading grouping what follows is never silent', () => {
    const notes = read('Programme,2026,2027\nPolicy,100,110\nNew initiative,,\nOperations,200,210\nTotal,300,320').notes;
    expect(notes.some((note) => note.startsWith('Read as section headings, each grouping the lines under it: row 3 (New initiative).'))).toBe(true);
  });

  it('reads French names of Subtotal and the deduction, and units in French or as a bare currency', () => {
    const french = read('Budget (en milliers de francs suisses)\nObjet de dépense;2026;2027\nPersonnel;100;110\nVoyages;50;60\nTotal brut;150;170\nMoins: recettes;20;25\nTotal net;130;145', ',');
    expect(french.plan.unit).toBe('CHF thousands');
    expect([french.plan.subtotalName, french.plan.reduction.name, french.plan.totalName]).toEqual(['Total brut', 'Moins: recettes', 'Total net']);
    expect(french.mismatches).toEqual([]);
    const sous = read('Objet;2026;2027\nPersonnel;100;110\nSous-total, personnel;100;110\nVoyages;50;60\nTotal;150;170', ',');
    expect(sous.plan.lines.map((line) => line.name)).toEqual(['Personnel', 'Voyages']);
    expect(read('Budget (EUR)\nItem,2026,2027\nStaff,100,110').plan.unit).toBe('EUR');
  });
});

describe('published tables at the edges, from a second review', () => {
  it('reads a Total written above its lines, checked against them', () => {
    const top = 'Budget\nItem,2024,2025\nTotal,120,130\nStaff,100,110\nTravel,20,20';
    expect(lines(top)).toEqual(['Staff', 'Travel']);
    expect([totals(top), read(top).mismatches]).toEqual([['120', '130'], []]);
    expect(read(top.replace('Total,120', 'Total,121')).mismatches.map((m) => `${m.where}: ${m.inFile} / ${m.computed.toFixed()}`)).toEqual(['row 3, column 2 (2024): 121 / 120']);
  });

  it('reads a deduction inside a section, the net total after it, and lines further down as lines again', () => {
    const table = (text: string) => read(text).table.rows.map((row) => `${row.kind} ${row.name} ${row.total.toFixed()}`);
    const revenue = 'Financial plan\n,2024,2025\nREVENUE,,\nContributions,100,110\nCost recovery,20,20\nLess: provision for arrears,5,5\nNet revenue,115,125';
    expect(table(revenue)).toEqual(['group REVENUE 250', 'line Contributions 210', 'line Cost recovery 40', 'subtotal Subtotal 250', 'reduction Less: provision for arrears -10', 'total Net revenue 240']);
    // Both sides in one table: the expenses' lines are lines, not a second net total; the two Totals are said.
    const both = `${revenue}\nEXPENSES,,\nStaff,60,62\nTOTAL EXPENSES,60,62`;
    expect(() => read(both)).toThrow(/row 10: code total appears twice \(also on row 7\)/);
  });

  it('says where a row’s figures stand in a column with no heading, and reads a line below zero as an adjustment, said', () => {
    expect(read('Budget\nItem,2024,2025\nStaff,100,110,999\nTravel,20,20\nTotal,120,130').notes).toContain(
      'Column 4 has figures but no heading (row 3): it is not read. Give the column a heading, or say what it is under “How the file is read”.',
    );
    const refunds = read('Budget\nItem,2024,2025\nStaff,100,110\nRefunds,-20,-20\nTotal,80,90');
    expect(refunds.plan.lines.map((line) => `${line.name}${'signed' in line && line.signed === true ? ' ±' : ''}`)).toEqual(['Staff', 'Refunds ±']);
    expect(refunds.mismatches).toEqual([]);
    expect(refunds.notes.find((note) => note.startsWith('Row 4'))).toMatch(/^Row 4 \(“Refunds”\) is read as an adjustment: .* If it only takes off, mark it “Deduction \(taken off\)” under “How the file is read”\.$/);
    // Two rows below zero: both adjustments, said together.
    const two = read('Budget\nItem,2024,2025\nStaff,100,110\nRefunds,-20,-20\nVacancy factor,-5,-5\nTotal,75,85');
    expect(two.notes.find((note) => note.startsWith('Rows 4, 5'))).toMatch(/are read as adjustments/);
    expect(rowOf(two.table, 'total').years.map((v) => v.toFixed())).toEqual(['75', '85']);
    // A line that adds in one year and takes off in the next, as published, checked against the Total.
    const mixed = read('Budget\nItem,2024,2025\nStaff,100,110\nExchange differences,(5),3\nTotal,95,113');
    expect(rowOf(mixed.table, 'L2').years.map((v) => v.toFixed())).toEqual(['-5', '3']);
    expect(rowOf(mixed.table, 'total').years.map((v) => v.toFixed())).toEqual(['95', '113']);
    expect(mixed.mismatches).toEqual([]);
    expect(mixed.layout.rows.get(3)).toBe('adjustment');
    // As published, the Total is checked: one that does not add up is said with both figures.
    expect(read('Budget\nItem,2024,2025\nStaff,100,110\nExchange differences,(5),3\nTotal,105,113').mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed.toFixed()}`)).toEqual(['row 5, column 2 (2024) 105 95']);
  });

  it('never adds a row of percentages into the money, and keeps a Total named “TOTAL COMMITMENTS” the table’s', () => {
    const mff = read('MFF (EUR million)\nHeading,2021,2022\nSingle Market,100,110\nCohesion,200,210\nTOTAL COMMITMENTS,300,320\nin % of GNI,1.1,1.0');
    expect(mff.table.rows.map((row) => `${row.kind} ${row.name}`)).toEqual(['line Single Market', 'line Cohesion', 'subtotal Subtotal', 'reduction Reduction', 'total TOTAL COMMITMENTS']);
    expect(mff.notes).toContain('Row 6 has figures but is not added (below the Total, or percentages): mark it under “How the file is read” if it is a line.');
    const both = read('MFF\nHeading,2021,2022\nSingle Market,100,110\nCohesion,200,210\nTOTAL COMMITMENT APPROPRIATIONS,300,320\nas a percentage of GNI,0.50,0.51\nTOTAL PAYMENT APPROPRIATIONS,290,310\nas a percentage of GNI,0.48,0.50');
    expect(both.plan.precision).toBe(0);
    expect(both.table.rows.filter((row) => row.kind === 'line').map((row) => row.name)).toEqual(['Single Market', 'Cohesion']);
  });

  it('reads a statement published latest year first, and a bare “%” after a change as that change in per cent', () => {
    const latestFirst = read('Statement (US$ 000)\nItem,2025,2024\nContributions,5 400,5 200\nOther revenue,300,250\nTotal revenue,5 700,5 450');
    expect(latestFirst.plan.years).toEqual(['2024', '2025']);
    expect(rowOf(latestFirst.table, 'L1').years.map((v) => v.toFixed())).toEqual(['5200', '5400']);
    expect(latestFirst.mismatches).toEqual([]);
    expect(() => read('Item,2025,2023,2024\nStaff,1,2,3')).toThrow(/out of order/);
    const increase = read('Integrated budget (in thousands of United States dollars)\nCategory,2022-2023 approved,2024-2025 proposed,Increase (decrease),%\nDevelopment effectiveness,10 000,11 000,1 000,10.0\nManagement,20 000,19 000,(1 000),(5.0)\nSpecial purpose,5 000,5 000,-,-\nTotal,35 000,35 000,0,0.0');
    expect(increase.mismatches).toEqual([]);
    expect(increase.plan.changes?.map((change) => `${change.heading} ${change.percentOf ?? ''}`.trim())).toEqual(['Increase (decrease)', 'Increase (decrease) % 2022-2023']);
  });

  it('checks the variance of a deduction written positive on the file’s own figures', () => {
    const net = read('Financial plan 2024-2027\n(in thousands of Swiss francs)\n\n,Budget 2024-2025,Budget 2026-2027,Variance,Variance %\nAssessed contributions,270 720,274 100,3 380,1.25\nCost recovery,88 400,91 300,2 900,3.28\nGross revenue,359 120,365 400,6 280,1.75\nLess: provision for arrears,1 000,1 200,200,20.00\nNet revenue,358 120,364 200,6 080,1.70');
    expect(net.mismatches.map((m) => m.where)).toEqual([]);
    expect(rowOf(net.table, 'total').total.toFixed()).toBe('722320');
  });

  it('nests 1a and 1b in 1, as 1.1 in 1, and checks 1 against them', () => {
    const lettered = read('Programme budget (US$ 000)\nNo.,Programme,2026,2027\n1,Policy,100,110\n1a,Policy - regional,40,45\n1b,Policy - HQ,60,65\n2,Operations,200,210\nTotal,,300,320');
    expect(lettered.table.rows.map((row) => `${row.kind} ${row.id} ${row.ancestors.join('/')}`.trim())).toEqual(['group 1', 'line 1a 1', 'line 1b 1', 'line 2', 'subtotal subtotal', 'reduction reduction', 'total total']);
    expect([lettered.mismatches, rowOf(lettered.table, 'total').total.toFixed()]).toEqual([[], '620']);
  });

  it('reads a named line left blank right above the Total as a line of nil, said', () => {
    const blank = read('Item,2026,2027\nStaff,100,110\nOther,5,6\nTravel,,\nTotal,105,116');
    expect(blank.plan.lines.map((line) => line.name)).toEqual(['Staff', 'Other', 'Travel']);
    expect(blank.notes).toContain('Blank cells read as nil (0): row 4, column 2 (2026); row 4, column 3 (2027).');
    // Below the last line with no Total after it, a row of words is a note, not a line.
    expect(lines('Item,2026,2027\nStaff,100,110\nOther,5,6\nSource: the budget office,,')).toEqual(['Staff', 'Other']);
  });

  it('reads its own workbook back with its sections, whatever their codes', async () => {
    const preview = read('Budget by section (EUR thousands)\nItem,2026,2027\nPart I,,\nStaff,100,110\nTravel,20,22\nSubtotal Part I,120,132\nPart II,,\nEquipment,30,33\nRent,40,44\nSubtotal Part II,70,77\nGrand total,190,209');
    const base = replay(initialState(preview.plan), []);
    const built = buildWorkbook({ plan: preview.plan, baseline: base, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const again = await readTableFile(await workbookBytes(built), 'again.xlsx', { plan: preview.plan, table: preview.table }, async (bytes) => workbookRows(bytes));
    expect([again.kind, again.changes.length, again.mismatches.length]).toEqual(['changes', 0, 0]);
    expect(rowOf(again.table, 'total').total.toFixed()).toBe('399');
  });

  it('shows no Subtotal and no reduction of nil for a table without a deduction', () => {
    const preview = read('Budget\nItem,2024,2025\nStaff,100,110\nTravel,20,20\nTotal,120,130');
    expect(preview.plan.showsReduction).toBe(false);
    expect(shownTable(preview.table, preview.plan).rows.map((row) => row.kind)).toEqual(['line', 'line', 'total']);
    expect(read('Budget\nItem,2024,2025\nStaff,100,110\nLess: income,-20,-20\nTotal,80,90').plan.showsReduction).toBeUndefined();
  });
});
