import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { replay } from '../../../src/model/proposal';
import { computeTable, rowOf } from '../../../src/model/table';
import { readTableFile } from '../../../src/io/importFile';
import { readCsv, writeCsv } from '../../../src/io/csvFile';
import { readPlan, writePlan } from '../../../src/io/planFile';
import { ImportError, interpretTable } from '../../../src/io/tableImport';
import { splitTables } from '../../../src/io/import/splitTables';
import { buildWorkbook, workbookBytes } from '../../../src/io/xlsxExport';
import { workbookRows } from '../../../src/io/xlsxImport';
import { csvSource } from '../../../src/io/csvFile';
import { baselinePlan } from '../../../src/state/baseline';

/** How a table groups its lines: lines indented by column, sections marked by the person, "of which" under a heading, tables back to back. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url)));
const read = (file: string) => readTableFile(bytesOf(file), file, current, async (bytes) => workbookRows(bytes));
// Subtotal and the reduction are rows of every table; these have none written.
const rowsOf = (preview: { table: ReturnType<typeof computeTable> }) => preview.table.rows.filter((row) => row.kind !== 'subtotal' && row.kind !== 'reduction').map((row) => `${row.kind} ${row.id} ${row.name} ${row.partOf ?? '-'} ${row.years.map((a) => a.toFixed()).join(' ')}`);
const entry = (operation: Parameters<typeof replay>[1][number]['operation']) => ({ id: 'e', operation, rationale: '', at: '', enabled: true });
const table = (rows: string[][]) => ({ name: 't.csv', rows, decimal: '.' as const });

describe('lines indented by column', () => {
  it('reads an outline: each name with lines under it a section, its sums checked, other outer names lines of their own, inner "of which" memos', async () => {
    const preview = await read('programme-outline-indented.csv');
    expect(rowsOf(preview)).toEqual([
      'group S1 Governance - 12500 12900',
      'line L1 Council and working groups - 7400 7600',
      'line L2 Conferences and assemblies - 5100 5300',
      'group S2 Development - 12500 12850',
      'memo M1 of which: field offices S2 3000 3100',
      'line L3 Capacity building - 8200 8450',
      'line L4 Digital inclusion - 4300 4400',
      'line L5 Outreach and communication - 1800 1850',
      'line L6 Staff costs - 20000 20600',
      'memo M2 of which: overtime L6 400 420',
      'total total Total - 46800 48200',
    ]);
    expect(preview.mismatches).toEqual([]);
    expect(preview.plan.lineHeading).toBe('Programme');
    expect(preview.notes.join(' ')).not.toMatch(/not read/);
  });

  it('leaves a heading’s lines ungrouped when the person marks it “Not read”, at any depth', async () => {
    const three = csvSource(bytesOf('outline-three-levels.csv'), 'o.csv').source;
    // Row 3 is "Pillar I - Standards": its programmes stand on their own, their lines still in them.
    const told = interpretTable(three, current, { rows: { 2: 'skip' } });
    expect(told.table.rows.filter((row) => row.kind === 'group').map((row) => `${row.name} ${row.depth}`)).toEqual(['Programme 1 0', 'Programme 2 0', 'Pillar II - Development 0', 'Programme 3 1']);
    expect(rowOf(told.table, 'total').years.map((a) => a.toFixed())).toEqual(['4000', '4270']);
  });

  it('says where a heading’s own sums disagree with its lines, with both figures', () => {
    const rows = [['Programme', '', '2026'], ['Governance', '', '100'], ['', 'Council', '60'], ['', 'Conferences', '45'], ['Outreach', '', '5'], ['Total', '', '110']];
    const preview = interpretTable(table(rows), current);
    expect(preview.mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed}`)).toEqual(['row 2, column 3 (2026) 100 105']);
    expect(rowOf(preview.table, 'L3').name).toBe('Outreach');
  });

  it('keeps working after import: a transfer into a section, the workbook read back, plan file and CSV', async () => {
    const preview = await read('programme-outline-indented.csv');
    const moved = replay(initialState(preview.plan), [entry({ op: 'transfer', from: 'L6', to: 'L1', amount: new Dec(500), years: ['2026'] })]);
    expect(moved.failures.size).toBe(0);
    expect([rowOf(moved.table, 'S1').years[0]!.toFixed(), rowOf(moved.table, 'total').years[0]!.toFixed()]).toEqual(['13000', '46800']);
    const { workbook } = buildWorkbook({ plan: preview.plan, baseline: moved, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' });
    const again = await readTableFile(await workbookBytes({ workbook, pages: new Map() }), 'again.xlsx', { plan: preview.plan, table: preview.table }, async (bytes) => workbookRows(bytes));
    expect(again.changes.map((change) => `${change.rowId} ${change.year} ${change.to.toFixed()}`)).toEqual(['L1 2026 7900', 'L6 2026 19500']);
    expect(readPlan(writePlan(preview.plan))).toEqual(preview.plan);
    const csv = readCsv(new TextEncoder().encode(writeCsv(preview.plan, preview.table, { separator: ',' })), 'again.csv', { plan: preview.plan, table: preview.table });
    expect([csv.kind, csv.changes.length, csv.mismatches.length]).toEqual(['changes', 0, 0]);
  });
});

describe('an outline of three levels', () => {
  it('groups each name’s lines under it at every depth, its own sums checked where it gives them', async () => {
    const preview = await read('outline-three-levels.csv');
    expect(preview.table.rows.map((row) => `${row.kind} ${'  '.repeat(row.depth)}${row.name} ${row.years.map((a) => a.toFixed()).join(' ')}`).filter((text) => !/^(subtotal|reduction)/.test(text))).toEqual([
      'group Pillar I - Standards 1500 1650',
      'group   Programme 1 1200 1350',
      'line     Study groups 1000 1100',
      'line     Workshops 200 250',
      'group   Programme 2 300 300',
      'line     Publications 300 300',
      'group Pillar II - Development 2500 2620',
      'group   Programme 3 2500 2620',
      'line     Field projects 2000 2100',
      'memo     of which: Africa 800 850',
      'line     Training 500 520',
      'total Total 4000 4270',
    ]);
    expect(preview.mismatches).toEqual([]);
    // A programme's own sums that its lines do not make are named, with both figures.
    const wrong = await readTableFile(new TextEncoder().encode(new TextDecoder().decode(bytesOf('outline-three-levels.csv')).replace(',Programme 2,,300,300,600', ',Programme 2,,310,300,610')), 'o.csv', current, async (b) => workbookRows(b));
    expect(wrong.mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed}`)).toEqual(['row 7, column 4 (2026) 310 300', 'row 7, column 6 (total) 610 600']);
  });
});

describe('blank nil cells left of a row’s first figure', () => {
  it('are no outline: a table of categories whose first columns are nil reads as one', () => {
    const rows = [['Object', 'TSB', 'BR', 'GS'], ['Staff costs', '', '', '1'], ['Total', '', '', '1']];
    const preview = interpretTable(table(rows), current);
    expect(preview.plan.years).toEqual(['TSB', 'BR', 'GS']);
    expect(rowsOf(preview)).toEqual(['line L1 Staff costs - 0 0 1', 'total total Total - 0 0 1']);
  });
});

describe('an "of which" right under a section heading', () => {
  it('is part of the section; one with no line at all above it is refused by its row, not by an invented code', () => {
    const rows = [['Programme', '2026'], ['A. Governance', ''], ['of which: Council', '10'], ['Conferences', '40'], ['Council', '60'], ['B. Other', ''], ['Outreach', '5'], ['Total', '105']];
    const preview = interpretTable(table(rows), current);
    expect(rowOf(preview.table, 'M1').partOf).toBe('A');
    expect(rowOf(preview.table, 'A').years[0]!.toFixed()).toBe('100');
    expect(preview.mismatches).toEqual([]);
    const first = [['Programme', '2026'], ['of which: Council', '10'], ['Conferences', '40'], ['Total', '40']];
    expect(() => interpretTable(table(first), current)).toThrow(ImportError);
    expect(() => interpretTable(table(first), current)).toThrow('row 2: “of which: Council” is an “of which” line with no line above it to be part of');
  });
});

describe('a row the person marks as a section heading', () => {
  const rows = [['Programme', '2026', '2027'], ['Governance', '100', '100'], ['Council', '60', '60'], ['Conferences', '40', '40'], ['Outreach', '5', '5'], ['Total', '105', '105']];

  it('carrying its sums: groups the lines that make them, and the lines after are the plan’s again', () => {
    // As detected, Governance is one more line, and the Total disagrees.
    expect(interpretTable(table(rows), current).mismatches.length).toBe(2);
    const told = interpretTable(table(rows), current, { rows: { 1: 'section' } });
    expect(rowsOf(told)).toEqual([
      'group S1 Governance - 100 100',
      'line L1 Council - 60 60',
      'line L2 Conferences - 40 40',
      'line L3 Outreach - 5 5',
      'total total Total - 105 105',
    ]);
    expect(told.mismatches).toEqual([]);
    expect(told.layout.rows.get(1)).toBe('group');
  });

  it('whose sums its lines never make: groups the lines up to the Total, and says where they disagree', () => {
    const off = rows.map((cells, i) => (i === 1 ? ['Governance', '90', '100'] : cells));
    const told = interpretTable(table(off), current, { rows: { 1: 'section' } });
    expect(rowsOf(told)).toEqual(['group S1 Governance - 105 105', 'line L1 Council - 60 60', 'line L2 Conferences - 40 40', 'line L3 Outreach - 5 5', 'total total Total - 105 105']);
    expect(told.mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed}`)).toEqual(['row 2, column 2 (2026) 90 105', 'row 2, column 3 (2027) 100 105']);
  });
});

describe('two tables with no blank row between them', () => {
  it('are split at the heading row repeated under the first one’s Total, each read on its own', async () => {
    const { rows } = csvSource(bytesOf('budget-by-source-back-to-back.csv'), 'f.csv').source;
    expect(splitTables(rows).map((t) => t.name)).toEqual(['Budget by source of funds 2026-2027', 'Extrabudgetary resources (rows 7-11)']);
    const first = interpretTable(table(splitTables(rows)[0]!.rows as string[][]), current);
    expect(rowsOf(first)).toEqual(['line L1 Governance - 12500 12900', 'line L2 Development - 14200 14650', 'total total Total - 26700 27550']);
    const second = interpretTable(table(splitTables(rows)[1]!.rows as string[][]), current);
    expect(rowsOf(second)).toEqual(['line L1 Development - 6100 5900', 'line L2 Emergency telecommunications - 2400 2650', 'total total Total - 8500 8550']);
    expect([first.mismatches, second.mismatches]).toEqual([[], []]);
  });

  it('but a line whose figures are the years, under a Total, is no heading row', () => {
    const rows = [['Item', '2026', '2027'], ['Staff', '10', '20'], ['Total', '10', '20'], ['Memo', '2026', '2028']];
    expect(splitTables(rows)).toEqual([]);
  });
});
