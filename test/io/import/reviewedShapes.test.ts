import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeTable, rowOf } from '../../../src/model/table';
import { csvSource } from '../../../src/io/csvFile';
import { ImportError, interpretTable } from '../../../src/io/tableImport';
import { splitTables } from '../../../src/io/import/splitTables';
import { baselinePlan } from '../../../src/state/baseline';

/** Shapes a third review of published tables found misread or refused (fixtures/import/published/). */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const source = (file: string) => csvSource(new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url))), file).source;
const rowsOf = (preview: ReturnType<typeof interpretTable>) => preview.table.rows.filter((row) => row.kind !== 'reduction' || !row.total.isZero()).map((row) => `${row.kind} ${row.name} ${row.years.map((a) => a.toFixed()).join(' ')}`);

describe('periods headed by a word and a year', () => {
  it('reads "Amount 2025" as 2025, never its figures as codes; the change and its per cent checked; a column of weights set aside', () => {
    const preview = interpretTable(source('programme-budget-amount-headings.csv'), current);
    expect(preview.plan.years).toEqual(['2025', '2026']);
    expect(rowsOf(preview)).toEqual(['line Council 1000 1100', 'line Conferences 2000 1900', 'line Publications 2200 2300', 'subtotal Subtotal 5200 5300', 'total Total 5200 5300']);
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain('Column 7 (“Weight”) is not a period: it is not read (a change, a variance or a category).');
    expect(preview.plan.changes?.map((c) => c.id)).toHaveLength(2);
  });
});

describe('headings over two rows, periods named with their figures’ kind, parts lettered on some rows', () => {
  it('reads the second heading row as headings, the letters as no codes, and the table as published', () => {
    const preview = interpretTable(source('appropriations-two-heading-rows.csv'), current);
    expect(preview.plan.years).toEqual(['2016-2017', '2018-2019', '2020-2021']);
    expect(preview.plan.unit).toBe('USD thousands');
    expect(preview.plan.lineHeading).toBe('Section');
    expect(rowsOf(preview)).toEqual([
      'group Programme support 14700 15400 16050',
      'line Policymaking organs 1500 1600 1650',
      'line Executive direction 3200 3300 3400',
      'line Programme of work 10000 10500 11000',
      'line Staff assessment 2000 2100 2200',
      'subtotal Total gross appropriations 16700 17500 18250',
      'reduction Less: estimated income -2000 -2100 -2200',
      'total Estimated net appropriations 14700 15400 16050',
    ]);
    expect(preview.mismatches).toEqual([]);
  });
});

describe('a version with more decimals than the table’s own figures', () => {
  it('is read, the plan keeping the decimals of every version; "variance_pct" is a change in per cent', () => {
    const preview = interpretTable(source('budget-forecast-decimals.csv'), current);
    expect(preview.plan.precision).toBe(1);
    expect(preview.versions.map((v) => v.name)).toEqual(['Forecast']);
    expect(preview.versions[0]!.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`)).toEqual(['L1 2025 118.5', 'L2 2025 84', 'L3 2025 27']);
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes.join(' ')).toMatch(/Column 5 \(“variance_pct”\) is read as a change, column 3 − column 2 in % of column 2/);
  });
});

describe('a row of figures without a name', () => {
  it('is refused by its row, never added as a line', () => {
    const rows = [['Programme', '2026'], ['Staff', '100'], ['Travel', '20'], ['', '120']];
    expect(() => interpretTable({ name: 't.csv', rows, decimal: '.' }, current)).toThrow(ImportError);
    expect(() => interpretTable({ name: 't.csv', rows, decimal: '.' }, current)).toThrow(/row 4: it has figures but no name: if it is the Total .* mark it so/);
    // Told it is the Total, it is read as one.
    expect(rowOf(interpretTable({ name: 't.csv', rows, decimal: '.' }, current, { rows: { 3: 'total' } }).table, 'total').years[0]!.toFixed()).toBe('120');
  });
});

describe('tables back to back under one title line', () => {
  it('give each table the title’s unit', () => {
    const tables = splitTables(source('back-to-back-shared-title.csv').rows);
    expect(tables.map((t) => t.name)).toEqual(['Expenditure by programme and by source (EUR thousands)', 'Source (rows 6-10)']);
    const second = interpretTable({ name: 't.csv', rows: tables[1]!.rows, decimal: '.' }, current);
    expect(second.plan.unit).toBe('EUR thousands');
    expect(rowsOf(second)).toEqual(['line Contributions 250 270', 'line Fees 50 60', 'subtotal Subtotal 300 330', 'total Total 300 330']);
  });
});

describe('two deductions', () => {
  it('marked so, are taken off together: the plan’s reduction their sum, named after both, the Total checked', () => {
    const rows = [['Item', '2026', '2027', 'Total'], ['Staff', '5000', '5200', '10200'], ['Travel', '400', '420', '820'], ['Vacancy factor', '-250', '-260', '-510'], ['Efficiency savings', '-100', '-150', '-250'], ['Total', '5050', '5210', '10260']];
    const told = interpretTable({ name: 't.csv', rows, decimal: '.' }, current, { rows: { 3: 'reduction', 4: 'reduction' } });
    expect(told.plan.reduction).toMatchObject({ name: 'Vacancy factor; Efficiency savings' });
    expect(told.plan.reduction.amounts.map((a) => a.toFixed())).toEqual(['-350', '-410']);
    expect(rowOf(told.table, 'total').years.map((a) => a.toFixed())).toEqual(['5050', '5210']);
    expect(told.mismatches).toEqual([]);
    expect(told.notes).toContain("Rows 4, 5 (“Vacancy factor”, “Efficiency savings”) are taken off together: the plan's reduction is their sum, checked with the Total.");
    // A wrong Total is still caught.
    const wrong = rows.map((cells, i) => (i === 5 ? ['Total', '5051', '5210', '10261'] : cells));
    expect(interpretTable({ name: 't.csv', rows: wrong, decimal: '.' }, current, { rows: { 3: 'reduction', 4: 'reduction' } }).mismatches.map((m) => `${m.where} ${m.inFile}`)).toEqual(['row 6, column 2 (2026) 5051', 'row 6, column 4 (total) 10261']);
  });
});

describe('a table of categories with each column’s share under its Total', () => {
  const rows = [
    ['Category', 'ITU-R', 'ITU-T', 'ITU-D', 'General Secretariat', 'Total'],
    ['Staff costs', '20000', '15000', '25000', '40000', '100000'],
    ['Travel', '1000', '800', '2500', '700', '5000'],
    ['Contractual services', '3000', '2000', '6000', '4000', '15000'],
    ['Total', '24000', '17800', '33500', '44700', '120000'],
    ['In % of the total', '20.0', '14.8', '27.9', '37.3', '100.0'],
  ];

  it('checks the shares as written, and says where one disagrees, with both figures', () => {
    const right = interpretTable({ name: 't.csv', rows, decimal: '.' }, current);
    expect(right.mismatches).toEqual([]);
    expect(right.notes.join(' ')).not.toMatch(/Row 6 has figures but is not added/);
    const wrong = rows.map((cells, i) => (i === 5 ? ['In % of the total', '25.0', '14.8', '27.9', '37.3', '100.0'] : cells));
    expect(interpretTable({ name: 't.csv', rows: wrong, decimal: '.' }, current).mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed.toFixed(2)}`)).toEqual(['row 6, column 2 (ITU-R) 25.0 20.00']);
  });
});

describe('each version followed by its own change', () => {
  it('reads each change as its own version’s 2027 less 2026, as the rows say, not one version less the other', () => {
    const preview = interpretTable(source('programme-budget-versions-own-changes.csv'), current);
    expect(preview.mismatches).toEqual([]);
    expect(preview.notes).toContain('Column 8 (“zrg_change”) is read as a change, column 7 − column 6, and checked on 4 rows: it is not kept: a version’s changes are what the comparison of its scenario shows.');
    expect(preview.plan.changes?.map((c) => `${c.heading} ${c.to} − ${c.from}`)).toEqual(['rg_change 2027 − 2026']);
  });
});

describe('a unit said under the table, and a total column headed with its unit', () => {
  it('reads the unit from a note under the table where none is above it', () => {
    const rows = [['Budget 2026-2027'], ['Item', '2026', '2027'], ['Staff', '100', '110'], ['Total', '100', '110'], ['Note: all figures in thousands of US dollars.']];
    const preview = interpretTable({ name: 't.csv', rows, decimal: '.' }, current);
    expect([preview.plan.unit, preview.unitSaid]).toEqual(['USD thousands', true]);
  });

  it('checks a column headed "Total (CHF 000)" as the total', () => {
    const rows = [['Budget 2026-2027'], ['Item', '2026', '2027', 'Total (CHF 000)'], ['Staff', '100', '110', '210'], ['Travel', '20', '20', '41'], ['Total', '120', '130', '250']];
    const preview = interpretTable({ name: 't.csv', rows, decimal: '.' }, current);
    expect(preview.mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed.toFixed()}`)).toEqual(['row 4, column 4 (total) 41 40']);
    expect(preview.notes.join(' ')).not.toMatch(/not a period/);
  });
});
