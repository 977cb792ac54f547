import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeTable, rowOf } from '../../../src/model/table';
import { csvSource } from '../../../src/io/csvFile';
import { interpretTable } from '../../../src/io/tableImport';
import type { TableMapping } from '../../../src/io/import/mapping';
import { baselinePlan } from '../../../src/state/baseline';

/** Columns the person says are the total, a share, a change or another version, and the version read as the table. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const fixture = (file: string) => csvSource(new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url))), file).source;
const table = (csv: string, mapping: TableMapping = {}) => interpretTable({ name: 't.csv', rows: csv.split('\n').map((line) => line.split(',')), decimal: '.' }, current, mapping);
const changes = (version: { changes: readonly { rowId: string; year: string; to: { toFixed: () => string } }[] }) => version.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`);
const mismatches = (preview: ReturnType<typeof table>) => preview.mismatches.map((m) => `${m.where} ${m.inFile} ${m.computed}`);

describe('the version read as the table', () => {
  it('is the one the person chooses; the other becomes the scenario, and both are still checked', () => {
    const source = fixture('programme-budget-growth-versions.csv');
    const detected = interpretTable(source, current);
    expect(detected.layout.versions).toEqual({ read: 'Real growth', names: ['Real growth', 'Zero real growth'] });
    const chosen = interpretTable(source, current, { version: 'Zero real growth' });
    expect(chosen.plan.baselineName).toBe('Zero real growth');
    expect(rowOf(chosen.table, 'total').total.toFixed()).toBe('124300');
    expect(chosen.versions.map((v) => v.name)).toEqual(['Real growth']);
    expect(changes(chosen.versions[0]!)).toEqual(['1 2026 14200', '1 2027 14600', '2 2026 21500', '2 2027 22400', '3 2026 17800', '3 2027 18500', '4 2026 9600', '4 2027 9800']);
    expect(chosen.layout.versions?.read).toBe('Zero real growth');
    expect(chosen.mismatches).toEqual([]);
    // A name no longer in the file reads as detected.
    expect(interpretTable(source, current, { version: 'Medium growth' }).plan.baselineName).toBe('Real growth');
  });
});

describe('a column marked as another version', () => {
  it('pairs with the table’s periods in order when its heading names none, and the table’s own columns are the other version', () => {
    const csv = 'Item,2026,2027,ZRG,ZRG\nStaff,100,110,95,100\nTravel,20,22,20,21\nTotal,120,132,115,121';
    // As detected, the two ZRG columns are not periods, and are not read.
    expect(table(csv).versions).toEqual([]);
    const told = table(csv, { columns: { 3: 'version', 4: 'version' } });
    expect(told.plan.years).toEqual(['2026', '2027']);
    expect(rowOf(told.table, 'total').years.map((a) => a.toFixed())).toEqual(['120', '132']);
    expect(told.versions.map((v) => [v.name, changes(v)])).toEqual([['ZRG', ['L1 2026 95', 'L1 2027 100', 'L2 2027 21']]]);
    // Its Total row is checked as the version's.
    expect(told.mismatches).toEqual([]);
    expect(mismatches(table(csv.replace('115,121', '115,122'), { columns: { 3: 'version', 4: 'version' } }))).toEqual(['row 4, column 5 (2027) 122 121']);
    expect(told.layout.columns.slice(3)).toEqual(['version', 'version']);
  });

  it('takes its period from its heading when it names one', () => {
    const told = table('Item,2026,2027,Revised (2027)\nStaff,100,110,120', { columns: { 3: 'version' } });
    expect(told.versions.map((v) => [v.name, changes(v)])).toEqual([['Revised', ['L1 2027 120']]]);
  });
});

describe('columns marked as the total, a share or a change', () => {
  const csv = 'Item,2026,2027,All years,Weight,Movement,Movement pct\nStaff,100,110,210,84.68,10,10.00\nTravel,20,18,38,15.32,-2,-10.00\nTotal,120,128,248,100.00,8,6.67';

  it('are checked against the figures, and a wrong one is named with both figures', () => {
    const roles: TableMapping = { columns: { 3: 'total', 4: 'share', 5: 'change', 6: 'changePercent' } };
    const told = table(csv, roles);
    expect(told.mismatches).toEqual([]);
    expect(told.layout.columns).toEqual(['name', 'headed', 'headed', 'total', 'share', 'change', 'changePercent']);
    expect(told.plan.changes?.map((c) => c.id)).toHaveLength(2);
    const wrong = table(csv.replace('210,84.68,10', '211,84.68,11'), roles);
    expect(mismatches(wrong)).toEqual(expect.arrayContaining([expect.stringMatching(/^row 2, column 4 .* 211 210$/), expect.stringMatching(/^row 2, column 6 .* 11 10$/)]));
  });

  it('as detected, without the roles, are set aside and said', () => {
    const detected = table(csv);
    expect(detected.plan.changes ?? []).toEqual([]);
    expect(detected.notes.join(' ')).toMatch(/Column 4 \(“All years”\) is not a period/);
  });
});
