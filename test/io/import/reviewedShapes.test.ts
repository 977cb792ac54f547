import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/model/apply';
import { replay } from '../../../src/model/proposal';
import { computeTable, rowOf } from '../../../src/model/table';
import { readTableFile } from '../../../src/io/importFile';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { shownByFormat, workbookRows } from '../../../src/io/xlsxImport';
import { interpretTable } from '../../../src/io/tableImport';
import type { Current } from '../../../src/io/import/matchPlan';
import { DOCUMENT_STYLE } from '../../../src/model/amount';
import { baselinePlan } from '../../../src/state/baseline';

/** Published shapes two reviews found misread, each read as published now. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const read = (text: string, given: Current = current) => interpretTable({ name: 'table.csv', rows: text.split('\n').map((line) => line.split(',')), decimal: '.' }, given);
const semicolons = (text: string) => interpretTable({ name: 'table.csv', rows: text.split('\n').map((line) => line.split(';')), decimal: ',' }, current);
const totals = (preview: ReturnType<typeof read>) => rowOf(preview.table, 'total').years.map((v) => v.toFixed());
const lineNames = (preview: ReturnType<typeof read>) => preview.table.rows.filter((row) => row.kind === 'line').map((row) => row.name);

describe('shapes found misread by the reviews of published tables', () => {
  it('reads a Total named in any of the six languages or German, and one known only by being the sum of the lines above it', () => {
    for (const name of ['Итого', 'Всего', '合计', '总计', 'المجموع', 'الإجمالي', 'Summe', 'Gesamttotal', 'Total général']) {
      const preview = semicolons(`Budget\nProgramme;2025;2026\nA;1 000;1 100\nB;500;600\n${name};1 500;1 700`);
      expect([name, totals(preview), lineNames(preview)]).toEqual([name, ['1500', '1700'], ['A', 'B']]);
    }
    // A code the rules do not know ("TOT") on a row that is the sum of the lines above it: the Total, said.
    const coded = read('code,name,2014,2015\nP1,Programme one,100,200\nP2,Programme two,50,60\nTOT,All programmes,150,260');
    expect([totals(coded), lineNames(coded)]).toEqual([['150', '260'], ['Programme one', 'Programme two']]);
    expect(coded.notes).toContain('Row 4 (“All programmes”) is the sum of the lines above it in every column: it is read as the Total. If it is a line, mark it “A line” under “How the file is read”.');
    // A last line that is not the sum stays a line.
    expect(lineNames(read('Item,2014,2015\nA,100,200\nB,50,60\nC,150,261'))).toEqual(['A', 'B', 'C']);
  });

  it('reads a column that is the sum of the categories beside it as their total, and leaves an “of which” column out, said', () => {
    const sectors = read('Object of expenditure,Radiocommunication,Standardization,Development,All Sectors\nPosts,20.5,11.2,17.3,49.0\nOther staff costs,1.1,0.6,0.9,2.6\nTravel,0.8,0.5,1.9,3.2\nTotal,22.4,12.3,20.1,54.8');
    expect([sectors.plan.years, rowOf(sectors.table, 'total').total.toFixed(), sectors.mismatches]).toEqual([['Radiocommunication', 'Standardization', 'Development'], '54.8', []]);
    const ofWhich = read('Category,ITU-R,ITU-T,ITU-D,Total,of which: extrabudgetary\nStaff costs,21000,12000,18000,51000,3000\nTravel,900,600,2000,3500,800\nTotal,21900,12600,20000,54500,3800');
    expect([ofWhich.plan.years, rowOf(ofWhich.table, 'total').total.toFixed(), ofWhich.mismatches]).toEqual([['ITU-R', 'ITU-T', 'ITU-D'], '54500', []]);
    expect(ofWhich.notes).toContain('Column 6 (“of which: extrabudgetary”) is part of the columns beside it, not one more to add: it is not read.');
    // A column equal to the only other one with figures (found by a property) is a category of its own, not their sum.
    expect(read('Object,Regional offices,Objective 2,Objective 1,BDT\nStaff costs,21,0,0,21\nTotal,21,0,0,21').plan.years).toEqual(['Regional offices', 'Objective 2', 'Objective 1', 'BDT']);
  });

  it('reads a “Difference” group over versions, and a “Variance 2027” beside them, as changes between the versions, checked', () => {
    const group = 'Programme budget 2026-2027 (CHF thousands)\n,Real growth,,Zero real growth,,Difference,\nProgramme,2026,2027,2026,2027,2026,2027\nGovernance,1200,1250,1180,1200,20,50\nOperations,5400,5600,5300,5350,100,250\nTotal,6600,6850,6480,6550,120,300';
    const preview = read(group);
    expect([preview.versions.map((v) => v.name), totals(preview), preview.mismatches]).toEqual([['Zero real growth'], ['6600', '6850'], []]);
    expect(read(group.replace('100,250', '100,260')).mismatches.map((m) => `${m.where}: ${m.inFile} vs ${m.computed.toFixed()}`)).toEqual(['row 5, column 7 (Difference 2027): 260 vs 250']);
    const variance = read('Budget (EUR thousands)\n,Real growth,,Zero real growth,,\nProgramme,2026,2027,2026,2027,Variance 2027\nGovernance,1200,1250,1180,1200,50\nOperations,5400,5600,5300,5350,250\nTotal,6600,6850,6480,6550,300');
    expect([variance.versions.map((v) => v.name), variance.mismatches, variance.notes.some((n) => n.includes('(“Variance 2027”) is read as a change, column 3 − column 5'))]).toEqual([['Zero real growth'], [], true]);
  });

  it('reads groups of the same years as parts, each column a category, where one group is the sum of the others (Sector by year)', () => {
    const table = 'Budget by Sector and year (CHF thousands)\n,ITU-R,,ITU-T,,Total,\nObject,2026,2027,2026,2027,2026,2027\nStaff,21000,21500,12000,12300,33000,33800\nNon-staff,5000,5100,3000,3100,8000,8200\nTotal,26000,26600,15000,15400,41000,42000';
    const preview = read(table);
    expect([preview.plan.years, rowOf(preview.table, 'total').total.toFixed(), preview.versions, preview.mismatches]).toEqual([['ITU-R 2026', 'ITU-R 2027', 'ITU-T 2026', 'ITU-T 2027'], '83000', [], []]);
    expect(preview.notes).toContain('Column 6 (“Total 2026”) is the sum of the other groups’ columns of the same period on every row: it is checked so, and not read.');
    // Where no group sums the others, they are versions, as before.
    expect(read(table.replace('33000,33800', '33000,33900')).versions.map((v) => v.name)).toEqual(['ITU-T', 'Total']);
  });

  it('reads a Total column that sums the budget years but not last year’s actuals as their total, checked', () => {
    const table = 'Budget proposal (CHF thousands)\nProgramme,2025 actual,2026,2027,Total\nGovernance,950,1000,1100,2100\nOperations,3900,4000,4200,8200\nTotal,4850,5000,5300,10300';
    const preview = read(table);
    expect([preview.plan.years, totals(preview), preview.mismatches]).toEqual([['2025', '2026', '2027'], ['4850', '5000', '5300'], []]);
    expect(preview.notes).toContain('Column 5 (“Total”) is the sum of 2026-2027, not of 2025 actual too: it is read and checked as the total of 2026-2027.');
    // Checked as that: a wrong figure in it is still said, against 2026 and 2027.
    expect(read(table.replace('8200', '8300')).mismatches.map((m) => `${m.inFile} vs ${m.computed.toFixed()}`)).toEqual(['8300 vs 8200']);
  });

  it('takes a title split at its comma ("…objectives, 2026-2027") for a title, and the row of words under it for the headings', () => {
    const preview = read('Linkage of outputs to objectives, 2026-2027\n(CHF thousands)\nOutput,Objective 1,Objective 2,Objective 3,Total\nConferences,1200,300,0,1500\nPublications,450,820,130,1400\nTotal,1650,1120,130,2900');
    expect([preview.plan.years, rowOf(preview.table, 'total').total.toFixed(), preview.mismatches, preview.plan.unit]).toEqual([['Objective 1', 'Objective 2', 'Objective 3'], '2900', [], 'CHF thousands']);
  });

  it('reads the UN “Changes” block (its parts, then its Total and Percentage) as the change between the periods it stands between, checked', () => {
    const table = 'Overall: financial resources by object of expenditure\n(Thousands of United States dollars)\n,,,Changes,,,,,\nObject of expenditure,2022 expenditure,2023 appropriation,Technical adjustments,New/expanded mandates,Other,Total,Percentage,2024 estimate\nPosts,20 145.3,21 033.6,—,—,(120.5),(120.5),(0.6),20 913.1\nConsultants,310.7,254.9,(50.0),—,25.0,(25.0),(9.8),229.9\nTravel of staff,402.5,520.3,—,30.0,—,30.0,5.8,550.3\nTotal,20 858.5,21 808.8,(50.0),30.0,(95.5),(115.5),(0.5),21 693.3';
    const preview = read(table);
    expect([preview.plan.years, totals(preview), preview.mismatches]).toEqual([['2022', '2023', '2024'], ['20858.5', '21808.8', '21693.3'], []]);
    expect(preview.notes).toContain('Column 4 (“Technical adjustments”) is a part of the change “Changes”: it is not read; the change’s total is checked.');
    expect(preview.notes.some((n) => n.startsWith('Column 7 (“Changes”) is read as a change, column 9 − column 3'))).toBe(true);
    expect(read(table.replace('30.0,5.8', '31.0,5.8')).mismatches.map((m) => `${m.where}: ${m.inFile} vs ${m.computed.toFixed()}`)).toEqual(['row 7, column 7 (Changes): 31.0 vs 30']);
  });

  it('reads the same “Changes” in one heading row: its parts, “Total changes” and “Percentage”', () => {
    const preview = read('Overall financial resources (Thousands of United States dollars)\nSection,2023 expenditure,2024 appropriation,Technical adjustments,New and expanded mandates,Other changes,Total changes,Percentage,2025 estimate\n1. Policymaking,98 512.3,101 204.5,1 012.0,-506.0,-250.0,256.0,0.3,101 460.5\n2. General Assembly,186 401.0,190 015.2,1 900.2,-850.1,-500.0,550.1,0.3,190 565.3\nTotal,284 913.3,291 219.7,2 912.2,-1 356.1,-750.0,806.1,0.3,292 025.8');
    expect([preview.plan.years, preview.mismatches]).toEqual([['2023', '2024', '2025'], []]);
    expect(preview.notes).toContain('Column 6 (“Other changes”) is a part of the change “Total changes”: it is not read; the change’s total is checked.');
    expect(preview.notes.some((n) => n.startsWith('Column 8 (“Total changes %”) is read as a change, column 9 − column 3 in % of column 3'))).toBe(true);
  });

  it('reads versions named under a period merged over their columns (“2026-2027 proposed” over “Real growth”, “Zero real growth”)', () => {
    const preview = read('Regular budget 2026-2027 (in US dollars)\nSector,2024-2025 approved,2026-2027 proposed,\n,,Real growth,Zero real growth\nEducation,100000,103000,101000\nSciences,50000,51500,50500\nTotal,150000,154500,151500');
    expect([preview.plan.years, preview.versions.map((v) => v.name), totals(preview), preview.mismatches]).toEqual([['2024-2025', '2026-2027'], ['Zero real growth'], ['150000', '154500'], []]);
  });

  it('checks a change between versions over the whole period (“rg_change” of a biennium) against both years’ sums', () => {
    const preview = read('Programme budget 2016-2017 (US$ 000)\nProgramme,RG 2016,RG 2017,ZRG 2016,ZRG 2017,rg_change\nProgramme A,10000,10500,9800,9900,800\nProgramme B,5000,5200,4950,5000,250\nTotal,15000,15700,14750,14900,1050');
    expect([preview.versions.map((v) => v.name), preview.mismatches]).toEqual([['ZRG'], []]);
    expect(preview.notes.some((n) => n.startsWith('Column 6 (“rg_change”) is read as a change, the sum of columns 2, 3 − the sum of columns 4, 5'))).toBe(true);
  });

  it('reads figures with footnote marks as the figures, and a name starting with a year as a name', () => {
    const preview = read('Budget (CHF thousands)\nProgramme,2026,2027\n2030 Agenda support,500 c,520\nGovernance,1 000*,1 100 a/\nOperations,850(b),900¹\nTotal,2 350,2 520');
    expect([lineNames(preview), preview.plan.lines.map((l) => l.code), totals(preview), preview.mismatches]).toEqual([['2030 Agenda support', 'Governance', 'Operations'], ['L1', 'L2', 'L3'], ['2350', '2520'], []]);
    // "Évolution (%)" is a change in per cent, checked.
    const evolution = semicolons('Crédits (en millions d’euros)\nMission;LFI 2024;PLF 2025;Évolution (%)\nDéfense;47 200,3;50 539,1;7,1\nJustice;10 055,6;10 191,4;1,4\nTotal général;57 255,9;60 730,5;6,1');
    expect([evolution.mismatches, evolution.notes.some((n) => n.startsWith('Column 4 (“Évolution (%)”) is read as a change'))]).toEqual([[], true]);
    // A footnote's mark on a heading ("2027 a") leaves the period it heads.
    const headed = read('Budget 2026-2027 (CHF thousands)\n\nProgramme,2026,2027 a\nConferences,1 000,1 100 b\nPublications,500 c,550\nTotal,1 500,1 650\n\na Provisional.');
    expect([headed.plan.years, totals(headed), headed.mismatches]).toEqual([['2026', '2027'], ['1500', '1650'], []]);
    // A section closed by a subtotal named in another language only is named by its number, not "小计".
    const sub = read('方案预算（千美元）\n方案,2026\n会议,1200\n出版物,800\n小计,2000\n管理,500\n总计,2500');
    expect(sub.table.rows.filter((row) => row.kind === 'group').map((row) => row.name)).toEqual(['Section 1']);
    // "2030. Agenda" is numbered so.
    expect(read('Programme,2026\n2030. Agenda,5\nOther,6').plan.lines.map((l) => l.code)).toEqual(['2030', 'L2']);
  });

  it('groups sub-lines lettered (a), (b) under the line whose figures are their sum; leaves them lines where they do not add up', () => {
    const table = 'Programme budget (USD thousands)\nProgramme,2026,2027\n1. Governance,1000,1100\n(a) Executive direction,600,650\n(b) Oversight,400,450\n2. Operations,3000,3100\n3. Support,500,520\n(a) Finance,300,310\n(b) IT,200,210\nTotal,4500,4720';
    const preview = read(table);
    const groups = preview.table.rows.filter((row) => row.kind === 'group').map((row) => `${row.name}=${row.years.map((v) => v.toFixed()).join('/')}`);
    expect([groups, lineNames(preview), totals(preview), preview.mismatches]).toEqual([['Governance=1000/1100', 'Support=500/520'], ['(a) Executive direction', '(b) Oversight', 'Operations', '(a) Finance', '(b) IT'], ['4500', '4720'], []]);
    // Lettered lines that are not the line above broken down are lines, and the Total says the sum is off.
    const flat = read(table.replace('(b) IT,200,210', '(b) IT,250,210'));
    expect([flat.table.rows.some((row) => row.kind === 'group'), flat.mismatches.length > 0]).toEqual([false, true]);
  });

  it('reads codes 2.1 and 2.1a as two lines where 2.1 has figures of its own; fiscal years with a unit in their headings; a unit after the title’s comma', () => {
    const codes = read('Budget estimates by output (EUR thousand)\nNo.,Output,2025,2026\n2,Operations,,\n2.1,Field offices,900,950\n2.1a,Security of field offices,60,62\n2.2,Procurement,140,150\n,Total,1100,1162');
    expect([lineNames(codes), codes.table.rows.filter((row) => row.kind === 'group').map((row) => row.name), codes.mismatches]).toEqual([['Field offices', 'Security of field offices', 'Procurement'], ['Operations'], []]);
    const fiscal = read('Budget\nItem,2024-25 Budget $000,2025-26 Budget $000\nSalaries,8200,8450\nSupplies,2300,2380\nTotal,10500,10830');
    expect([fiscal.plan.years, fiscal.plan.unit, totals(fiscal)]).toEqual([['2024/25', '2025/26'], 'USD thousands', ['10500', '10830']]);
    expect(semicolons('Staff and non-staff costs, CHF\nCategory;Budget 2025\nPersonnel;5000000\nOther;2000000\nTotal;7000000').plan.unit).toBe('CHF');
  });

  it('groups the lines by a column naming their section, its subtotals closing each, the grand Total in none', () => {
    const coded = read('section,code,name,2026,2027\nProgrammes,1,Conferences,1000,1100\nProgrammes,2,Publications,500,550\nSupport,3,Management,700,720\nSupport,4,IT,300,300\n,,Total,2500,2670');
    const groups = (preview: ReturnType<typeof read>) => preview.table.rows.filter((row) => row.kind === 'group').map((row) => `${row.name}=${row.years.map((v) => v.toFixed()).join('/')}`);
    expect([groups(coded), lineNames(coded), totals(coded), coded.mismatches]).toEqual([['Programmes=1500/1650', 'Support=1000/1020'], ['Conferences', 'Publications', 'Management', 'IT'], ['2500', '2670'], []]);
    const named = read('Programme budget (USD thousands)\nSection,Programme,2026\nProgrammes,Conferences,1000\nProgrammes,Publications,500\nProgrammes,Subtotal programmes,1501\nSupport,Management,700\nSupport,Subtotal support,700\n,Total,2200');
    expect([groups(named), lineNames(named), named.mismatches.map((m) => `${m.inFile} vs ${m.computed.toFixed()}`)]).toEqual([['Programmes=1500', 'Support=700'], ['Conferences', 'Publications', 'Management'], ['1501 vs 1500']]);
    expect(named.notes).toContain('The lines are grouped by their section, in column 1 (“Section”): row 5 (Programmes), row 7 (Support). To leave them ungrouped, mark the column “Not read” under “How the file is read”.');
    // Where each section holds one line, "Section" heads the names.
    expect(lineNames(read('Section,2026\nGeneral Secretariat,100\nRadiocommunication,50\nTotal,150'))).toEqual(['General Secretariat', 'Radiocommunication']);
  });

  it('takes no row of figures below the first one for the heading row, even when its figures read as years', () => {
    const stations = read('Staff costs by duty station (CHF thousands)\nDuty station,Geneva,Nairobi,Bangkok\nSalaries,1200,1250,1300\nCommon staff costs,2050,2080,2100\nOther,540,560,580');
    expect([stations.plan.years, lineNames(stations)]).toEqual([['Geneva', 'Nairobi', 'Bangkok'], ['Salaries', 'Common staff costs', 'Other']]);
    // A lone number above the table (a preamble's "Version: 2") is no row of figures.
    expect(read('Version:,2\nProgramme,2025,2026\nA,1200,1250\nB,100,110').plan.years).toEqual(['2025', '2026']);
    const abbreviated = read('Programme budget 2026-2027 (CHF thousands)\nProgramme,RG 2026,RG 2027,ZRG 2026,ZRG 2027\nGovernance,1200,1250,1180,1200\nOperations,5400,5600,5300,5350\nTotal,6600,6850,6480,6550');
    expect([abbreviated.plan.years, totals(abbreviated), abbreviated.versions.map((v) => v.name)]).toEqual([['2026', '2027'], ['6600', '6850'], ['ZRG']]);
  });

  it('reads a run of fiscal years as years, not as overlapping two-year periods', () => {
    const slash = read('Departmental expenditure limits (£ million)\nDepartment,2014/15,2015/16,2016/17\nHealth,110,113,116\nEducation,56,57,58\nTotal,166,170,174');
    expect([slash.plan.years, slash.plan.periodLabel, totals(slash), slash.plan.unit]).toEqual([['2014/15', '2015/16', '2016/17'], '2014/15-2016/17', ['166', '170', '174'], 'GBP millions']);
    expect(read('Item,2014-15,2015-16\nA,1,2\nB,3,4').plan.years).toEqual(['2014/15', '2015/16']);
    // One such heading alone is a biennium, as before.
    expect(read('Item,2008-09\nA,1\nB,3').plan.years).toEqual(['2008-2009']);
  });

  it('reads its own workbook again where a total row is named as the table names it, and a names heading with a slash', async () => {
    const text = 'Programme budget (US$ 000)\nCode,Outcome / output,2024,2025\n1,Governance,100,110\n2,Operations,200,210\n,Total gross appropriations,300,320\n,Less: estimated income,-30,-30\n,Estimated net appropriations,270,290';
    const preview = read(text);
    expect([lineNames(preview), totals(preview), preview.plan.lineHeading]).toEqual([['Governance', 'Operations'], ['270', '290'], 'Outcome / output']);
    const state = replay(initialState(preview.plan), []);
    const bytes = await workbookBytes(buildWorkbook({ plan: preview.plan, baseline: state, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' }));
    const back = await readTableFile(bytes, 'again.xlsx', current, async (b) => workbookRows(b));
    expect([back.table.rows.map((row) => `${row.kind} ${row.name}`), rowOf(back.table, 'total').years.map((v) => v.toFixed())]).toEqual([
      ['line Governance', 'line Operations', 'subtotal Total gross appropriations', 'reduction Less: estimated income', 'total Estimated net appropriations'],
      ['270', '290'],
    ]);
  });

  it('reads the next edition of a file of versions as a plan of its own when one of its versions’ scenarios is shown, never one version into another’s scenario', () => {
    const edition = (zrg: number) => `Programme budget (CHF thousands)\n,Real growth,,Zero real growth,\nProgramme,2026,2027,2026,2027\nGovernance,1200,1250,${zrg},1200\nOperations,5400,5600,5300,5350\nTotal,6600,6850,${zrg + 5300},6550`;
    const first = read(edition(1180));
    expect(first.versions.map((v) => v.name)).toEqual(['Zero real growth']);
    const shown = { plan: first.plan, table: first.table };
    expect(read(edition(1170), { ...shown, scenarioName: 'Zero real growth' }).kind).toBe('new-plan');
    // Over the table itself, the file's figures are changes to it, as before.
    expect(read(edition(1170), shown).kind).toBe('changes');
  });
  it('reads a change standing between the two periods it compares, and keeps it derived from them', () => {
    const preview = read('Table 4.2 (thousands of United States dollars)\nComponent,2023 expenditure,2024 appropriation,Increase (decrease),2025 estimate\nA,120.4,130.0,5.0,135.0\nB,1800.2,1850.0,(50.0),1800.0\nTotal,1920.6,1980.0,(45.0),1935.0');
    expect(preview.mismatches).toEqual([]);
    expect(preview.plan.changes).toEqual([{ id: 'increase-decrease', heading: 'Increase (decrease)', from: '2024', to: '2025' }]);
  });

  it('reads figures as a number format shows them, a currency sign beside them, “n/a” as nil, and headings such as budget_2024', () => {
    expect([shownByFormat('1234567', '#,##0,'), shownByFormat('1234567', '#,##0.0,,'), shownByFormat('1234567', '#,##0'), shownByFormat('1234567', '#,##0,"K";(#,##0,)')]).toEqual(['1235', '1.2', '1234567', '1235']);
    const signs = interpretTable({ name: 't.csv', rows: [['Item', 'FY2024', 'FY2025'], ['Personnel', '$1 200 000', '$1 250 000'], ['Facilities', '€ 300', '310 CHF']], decimal: '.' }, current);
    expect(rowOf(signs.table, 'total').years.map((v) => v.toFixed())).toEqual(['1200300', '1250310']);
    const none = read('Budget (EUR thousands)\nItem,2022,2023\nAlpha,1200,n/a\nBeta,…,500\nTotal,1200,500');
    expect([totals(none), none.mismatches]).toEqual([['1200', '500'], []]);
    expect(read('Item,budget_2024,budget_2025\nA,1,2\nB,3,4').plan.years).toEqual(['2024', '2025']);
  });
  it('reads the unit and title of a key/value preamble, and leaves columns that count people out', () => {
    const preamble = read('Organization:,Example International Organization\nCurrency:,USD\nDate:,2025\nUnit:,thousands\n,\nProgramme,2025,2026\nNormative work,3200,3300\nManagement,900,910\nTotal,4100,4210');
    expect([preamble.plan.unit, preamble.plan.title, totals(preamble)]).toEqual(['USD thousands', 'Imported from table.csv', ['4100', '4210']]);
    const posts = read('Table 9. Resources and posts by subprogramme\n,Resources (thousands of US dollars),,Posts,\nSubprogramme,2024,2025,2024,2025\n1. Economic analysis,5200,5350,28,29\n2. Trade,3100,3150,17,17\nTotal,8300,8500,45,46');
    expect([posts.versions, totals(posts), posts.plan.unit]).toEqual([[], ['8300', '8500'], 'USD thousands']);
    expect(posts.notes).toContain('The columns under “Posts” count people, not money: they are not read.');
  });
  it('leaves out what a workbook hides, said, and passes a cover sheet with a figure or two by', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Budget (EUR thousands)'],
      ['Programme', '2025', '2026', '2027'],
      ['Governance', 900, 1000, 1050],
      ['helper', 1, 1, 1],
      ['Operations', 4800, 5000, 5200],
      ['Total', 5700, 6000, 6250],
    ]);
    sheet['!cols'] = [{}, { hidden: true }];
    sheet['!rows'] = [{}, {}, {}, { hidden: true }];
    const cover = XLSX.utils.aoa_to_sheet([['Budget 2026'], ['Version 2'], [2025]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, cover, 'Cover');
    XLSX.utils.book_append_sheet(book, sheet, 'Budget');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', cellStyles: true }) as ArrayBuffer);
    const preview = await readTableFile(bytes, 'hidden.xlsx', current, async (b) => workbookRows(b));
    expect([preview.plan.years, lineNames(preview), rowOf(preview.table, 'total').years.map((v) => v.toFixed())]).toEqual([['2026', '2027'], ['Governance', 'Operations'], ['6000', '6250']]);
    expect(preview.notes).toContain('The workbook hides row 4 and column B: not read, as it is not shown.');
  });
  it('reads a published workbook’s figures as its number format shows them, said, and the app’s own workbook in millions exactly', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Budget by programme (CHF thousands)'], ['Programme', '2026', '2027'], ['Governance', 1250, 1279.625], ['Operations', 4800, 4913.2], ['Total', 6050, 6192.825]]);
    for (const address of ['B3', 'C3', 'B4', 'C4', 'B5', 'C5']) sheet[address]!.z = '#,##0';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Budget');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const preview = await readTableFile(bytes, 'unrounded.xlsx', current, async (b) => workbookRows(b));
    expect([rowOf(preview.table, 'L1').years.map((v) => v.toFixed()), rowOf(preview.table, 'total').years.map((v) => v.toFixed()), preview.plan.precision, preview.mismatches]).toEqual([['1250', '1280'], ['6050', '6193'], 0, []]);
    expect(preview.notes).toContain('3 figures are read as the workbook shows them, to its number format’s decimals, the value having more (C3: 1279.625 shown as 1280, C4: 4913.2 shown as 4913, C5: 6192.825 shown as 6193). To keep the values, show their decimals in the workbook and import it again.');
    // Where the totals shown agree with the cells' values and not with the figures shown, the values are read, said.
    const precise = XLSX.utils.aoa_to_sheet([['Budget (EUR million)'], ['Programme', '2026'], ['Horizon', 12900.1234], ['Digital', 1300.0449], ['Total', 14200.1683]]);
    for (const address of ['B3', 'B4', 'B5']) precise[address]!.z = '#,##0.0';
    const preciseBook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(preciseBook, precise, 'Budget');
    const values = await readTableFile(new Uint8Array(XLSX.write(preciseBook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'precise.xlsx', current, async (b) => workbookRows(b));
    expect([rowOf(values.table, 'total').years.map((v) => v.toFixed()), values.mismatches]).toEqual([['14200.1683'], []]);
    expect(values.notes).toContain('The workbook’s totals agree with its cells’ values, not with the figures its number formats show: 3 figures are read with all their decimals.');
    // The app's own workbook shown in millions keeps the amounts in thousands in its cells: read back exactly.
    const millions = buildWorkbook({ plan, baseline: replay(initialState(plan), []), scenarios: [], style: DOCUMENT_STYLE, displayUnit: 'millions', exportedAt: new Date(), appVersion: 't' });
    const own = await readTableFile(await workbookBytes(millions), 'own.xlsx', current, async (b) => workbookRows(b));
    expect([own.kind, own.changes, own.mismatches, rowOf(own.table, 'TP1').years.map((v) => v.toFixed())]).toEqual(['changes', [], [], ['57023', '57080', '58237', '62703']]);
  });

  it('reads a year among the words heading categories as a category (“2030 Agenda” beside “Goal 1”, “Goal 2”)', () => {
    const goals = read('Linkage of outputs to goals (CHF thousands)\nOutput,Goal 1,Goal 2,2030 Agenda,Total\nConferences,1200,300,500,2000\nPublications,450,820,130,1400\nTotal,1650,1120,630,3400');
    expect([goals.plan.years, rowOf(goals.table, 'total').total.toFixed(), goals.mismatches]).toEqual([['Goal 1', 'Goal 2', '2030 Agenda'], '3400', []]);
  });
  it('reads units as Russian, Chinese, Arabic and Spanish tables write them, and other dollars', () => {
    const units = ['(тыс. долл. США)', '（千美元）', '(بآلاف الدولارات)', '(en miles de dólares)', '(A$ million)'].map((unit) => read(`Budget ${unit}\nItem,2026,2027\nA,1,2\nB,3,4\nTotal,4,6`).plan.unit);
    expect(units).toEqual(['USD thousands', 'USD thousands', 'USD thousands', 'USD thousands', 'AUD millions']);
  });
  it('reads lines indented by spaces under a heading as its group, checked against the heading’s figures, not added twice', () => {
    const spaced = read('Item,2026,2027\nProgrammes,1500,1650\n  Conferences,1000,1100\n  Other,500,550\nSupport,1000,1020\n  Management,700,720\n  Other,300,300\nTotal,2500,2670');
    expect([totals(spaced), spaced.mismatches, spaced.table.rows.filter((row) => row.kind === 'group').map((row) => row.name)]).toEqual([['2500', '2670'], [], ['Programmes', 'Support']]);
    // A heading whose figures are not its lines' sum is said, with both figures.
    expect(read('Item,2026\nProgrammes,1600\n  Conferences,1000\n  Other,500\nTotal,1500').mismatches.map((m) => `${m.inFile} ${m.computed.toFixed()}`)).toEqual(['1600 1500']);
  });
  it('checks a change after “Approved”, “Revised” and “Proposed” as Proposed less Revised, never a column less itself', () => {
    const parts = read('Regular budget by part (US$ 000)\nPart,Approved 2024-2025,Revised 2024-2025,Proposed 2026-2027,Increase (decrease),%\nPart I,2500,2480,2600,120,4.8\nPart II,40000,41200,42500,1300,3.2\nTotal,42500,43680,45100,1420,3.3');
    expect(parts.mismatches).toEqual([]);
    expect(parts.notes).toContain('Column 5 (“Increase (decrease)”) is read as a change, column 4 − column 3, and checked on 3 rows: it is not kept: a version’s changes are what the comparison of its scenario shows.');
  });
});
