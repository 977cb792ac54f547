import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../../src/io/import/mapping';
import { csvSource } from '../../../src/io/csvFile';
import { ImportError, interpretTable } from '../../../src/io/tableImport';
import { rowOf, computeTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';

/** The person's corrections to how a file is read: heading row, column roles, row roles. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const source = (file: string) => csvSource(new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url))), file).source;

describe('a table read as the person says', () => {
  it('reads a row the names do not tell as the Total when told, and then checks it', () => {
    const table = source('total-not-named.csv');
    // As detected, "All programmes" is the sum of the lines above it in every column: the Total, said (it was once one more line, the Total twice what it is).
    const detected = interpretTable(table, current);
    expect(rowOf(detected.table, 'total').total.toFixed()).toBe('16350');
    expect(detected.notes).toContain('Row 8 (“All programmes”) is the sum of the lines above it in every column: it is read as the Total. If it is a line, mark it “A line” under “How the file is read”.');
    // Marked a line, it is one.
    expect(rowOf(interpretTable(table, current, { rows: { 7: 'line' } }).table, 'total').total.toFixed()).toBe('32700');
    const told = interpretTable(table, current, { rows: { 7: 'total' } });
    expect(told.plan.lines.map((line) => line.name)).toEqual(['Capacity building', 'Emergency telecommunications', 'Digital inclusion']);
    expect(rowOf(told.table, 'total').years.map((a) => a.toFixed())).toEqual(['8000', '8350']);
    expect(told.mismatches).toEqual([]);
    expect(told.layout.rows.get(7)).toBe('total');
    // A row not read at all.
    const skipped = interpretTable(table, current, { rows: { 7: 'skip', 5: 'skip' } });
    expect(skipped.plan.lines.map((line) => line.name)).toEqual(['Capacity building', 'Digital inclusion']);
  });

  it('takes the heading row and the columns’ roles from the person, refusing as before what still does not read', () => {
    const rows = [['Staffing table'], ['Unit', 'Description', 'Grade', '2026', '2027'], ['GS', 'General Secretariat', 'P4', '10', '11'], ['BR', 'Radiocommunication Bureau', 'P3', '5', '6']];
    const table = { name: 'posts.csv', rows, decimal: '.' as const };
    const detected = interpretTable(table, current);
    expect(detected.layout.header).toBe(1);
    expect(detected.layout.columns).toEqual(['code', 'name', 'skip', 'headed', 'headed']);
    // The names are the units' codes' descriptions; the person says the codes are the grades instead, and the unit not read.
    const told = interpretTable(table, current, { columns: { 0: 'skip', 2: 'code' } });
    expect(told.plan.lines.map((line) => `${line.code} ${line.name}`)).toEqual(['P4 General Secretariat', 'P3 Radiocommunication Bureau']);
    expect(told.layout.columns).toEqual(['skip', 'name', 'code', 'headed', 'headed']);
    // A heading row that holds no periods: refused, naming what is missing.
    expect(() => interpretTable(table, current, { header: 0 })).toThrow(ImportError);
    expect(() => interpretTable(table, current, { header: 0 })).toThrow(/no year column/);
  });

  it('gives two editions of a table the same shape, and another table another', () => {
    const thisYear = [['Budget 2026-2027'], ['Programme', '2026', '2027'], ['Capacity building', '4 200', '4 350']];
    const nextYear = [['Budget 2028-2029'], ['Programme', '2028', '2029'], ['Capacity building', '4 900', '5 000'], ['Outreach', '1', '2']];
    expect(shapeOf(nextYear)).toBe(shapeOf(thisYear));
    expect(shapeOf([['Revenue 2026-2027'], ['Source', '2026', '2027']])).not.toBe(shapeOf(thisYear));
  });
});
