import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { computeFinance } from '../../../src/model/finance/financeTable';
import { rowOf } from '../../../src/model/table';
import { splitTables } from '../../../src/io/import/splitTables';
import { csvSource } from '../../../src/io/csvFile';
import { baselinePlan } from '../../../src/state/baseline';
import { createAppStore } from '../../../src/state/appStore';
import { memoryStorage } from '../../../src/state/browserStorage';
import { workbookRows } from '../../../src/io/xlsxImport';

/** One file holding several tables: blocks one under the other, or a `table` column; each imported on its own. */

const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/import/published/${file}`, import.meta.url)));
const newStore = () => createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => crypto.randomUUID(), now: () => new Date('2026-11-23T10:00:00Z'), readWorkbook: async (bytes) => workbookRows(bytes) });

describe('several tables in one file', () => {
  it('finds blocks, each with its title lines, and keeps the file’s row numbers', () => {
    const { rows } = csvSource(bytesOf('two-tables-blocks.csv'), 'f.csv').source;
    const tables = splitTables(rows);
    expect(tables.map((t) => t.name)).toEqual(['Table 1. Revenue by source', 'Table 2. Expenses by Sector']);
    expect(tables[1]!.rows.length).toBe(rows.length);
    expect(tables[0]!.rows.findLastIndex((row) => row.some((cell) => cell.trim() !== ''))).toBe(6);
    expect(tables[1]!.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''))).toBe(8);
    // A file of one table, a biennium heading over its years included, is not split.
    expect(splitTables([['', '2026-2027', ''], ['Item', '2026', '2027'], ['Staff', '1', '2']])).toEqual([]);
  });

  it('reads the first table, says the others, and reads another when chosen, each as a plan of its own', async () => {
    const store = newStore();
    expect(await store.getState().previewImport(bytesOf('two-tables-blocks.csv'), 'annexes.csv')).toBe(true);
    let preview = store.getState().importPreview!;
    expect(preview.plan.title).toBe('Table 1. Revenue by source');
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('361300');
    expect(preview.notes[0]).toBe('The file holds 2 tables: “Table 1. Revenue by source” is read; choose “Table 2. Expenses by Sector” under “Table”.');
    expect(await store.getState().chooseImportTable(1)).toBe(true);
    preview = store.getState().importPreview!;
    expect([preview.plan.title, preview.plan.lineHeading, preview.source]).toEqual(['Table 2. Expenses by Sector', 'Sector', 'annexes.csv, table “Table 2. Expenses by Sector”']);
    expect(rowOf(preview.table, 'total').total.toFixed()).toBe('285000');
    expect(preview.mismatches).toEqual([]);
    expect(store.getState().importDraft!.tables!.chosen).toBe(1);
    expect(store.getState().acceptImport()).toBe(true);
    expect(store.getState().plans.map((p) => p.title)).toEqual(['Table 2. Expenses by Sector']);
  });

  it('splits by a table column, which is not read as a column of the table', async () => {
    const store = newStore();
    await store.getState().previewImport(bytesOf('tables-by-column.csv'), 'budgets.csv');
    expect(store.getState().importDraft!.tables!.names).toEqual(['Regular budget', 'Extrabudgetary']);
    expect(store.getState().importPreview!.plan.lines.map((line) => line.name)).toEqual(['Staff', 'Travel']);
    await store.getState().chooseImportTable(1);
    expect(store.getState().importPreview!.plan.lines.map((line) => line.name)).toEqual(['Projects', 'Fellowships']);
    expect(rowOf(store.getState().importPreview!.table, 'total').total.toFixed()).toBe('116');
  });
});

describe('one table is not split', () => {
  it('where a line’s figures read as years (2000, 2001…) right under another line', () => {
    const rows = [['code', 'name', '2028', '2029'], ['O1', 'Output 1', '1000', '1001'], ['O2', 'Output 2', '2000', '2001'], ['O3', 'Output 3', '3000', '3001']];
    expect(splitTables(rows)).toEqual([]);
  });
});

describe('splitting, at the edges', () => {
  const csv = (text: string) => text.split('\n').map((line) => line.split(','));
  it('a line whose figures read as years after a section heading is no heading row', () => {
    expect(splitTables(csv('Item,2024-2025,2026-2027,Total\nA. Programmes,,,\n1,Policy,1000,1100,2100\nB. Support,,,\n2b,Oversight,1900,2050,3950\nTotal,2900,3150,6050'))).toEqual([]);
  });
  it('a Section column labelling groups of lines is no table column; a table column keeps the title lines', () => {
    expect(splitTables(csv('Section,Appropriation line,2026,2027\nA. Policy-making organs,,,\nGeneral Assembly,3,4\nB. Executive direction,,,\nSecretary-General,5,6'))).toEqual([]);
    const tables = splitTables(csv('Budgets (EUR thousands),,,\nTable,Item,2026,2027\nRevenue,Fees,10,11\nRevenue,Total revenue,10,11\nCosts,Staff,5,6\nCosts,Total costs,5,6'));
    expect(tables.map((t) => t.name)).toEqual(['Revenue', 'Costs']);
    expect(tables[0]!.rows[0]).toEqual(['Budgets (EUR thousands)', '', '', '']);
    expect(tables[0]!.rows[1]).toEqual(['', 'Item', '2026', '2027']);
  });
  it('two tables of categories one under the other', () => {
    const tables = splitTables(csv('Costs by Sector,,,\nObject,GS,BR,Total\nStaff,1,2,3\nTotal,1,2,3\n,,,\nPosts by Sector,,,\nGrade,GS,BR,Total\nP,4,5,9\nTotal,4,5,9'));
    expect(tables.map((t) => t.name)).toEqual(['Costs by Sector', 'Posts by Sector']);
  });
});

describe('a financial plan’s revenue and expenses', () => {
  it('are one financial plan, never added into one Total: the expenses its lines, the revenue balanced against them', async () => {
    const text = 'Financial plan (CHF thousands)\n,2026,2027\nREVENUE,,\nContributions,100,110\nCost recovery,20,22\nTOTAL REVENUE,120,132\nEXPENSES,,\nStaff,90,95\nOther,30,37\nTOTAL EXPENSES,120,132\nRESULT,0,1';
    const store = newStore();
    await store.getState().previewImport(new TextEncoder().encode(text), 'plan.csv');
    const preview = store.getState().importPreview!;
    expect(store.getState().importDraft!.tables).toBeNull();
    expect(preview.finance).toBe('own');
    expect(rowOf(preview.table, 'total').years.map((a) => a.toFixed())).toEqual(['120', '132']);
    expect(computeFinance(preview.plan.finance!, preview.table).rows.find((row) => row.id === 'revenue-total')!.years.map((a) => a.toFixed())).toEqual(['120', '132']);
    // The result as written (1 in 2027) against revenue − expenses.
    expect(preview.mismatches.map((m) => `${m.where}: ${m.inFile} → ${m.computed.toFixed()}`)).toEqual(['row 11, column 3 (2027): 1 → 0']);
    expect(preview.plan.unit).toBe('CHF thousands');
    // Read as a table instead, as the person may ask: its revenue and expenses are two tables again, each its own Total.
    expect(await store.getState().rereadImport('table')).toBe(true);
    expect(store.getState().importDraft!.tables!.names).toEqual(['REVENUE', 'EXPENSES']);
    expect(store.getState().importPreview!.finance).toBeUndefined();
    expect(rowOf(store.getState().importPreview!.table, 'total').years.map((a) => a.toFixed())).toEqual(['120', '132']);
  });
});

describe('a workbook of several sheets', () => {
  it('reads one sheet and offers the others that hold figures; another is read when chosen, its own rows named', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Read me first: figures in CHF thousands']]), 'Cover');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Costs (CHF thousands)'], ['Item', '2026', '2027'], ['Staff', 90, 95], ['Other', 30, 37], ['Total', 120, 132]]), 'Costs');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Posts by grade'], ['Grade', '2026', '2027'], ['P', 4, 5], ['G', 6, 6], ['Total', 10, 11]]), 'Posts');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const store = newStore();
    expect(await store.getState().previewImport(bytes, 'book.xlsx')).toBe(true);
    const sheets = store.getState().importDraft!.read.sheets!;
    expect([sheets.names, sheets.chosen]).toEqual([['Costs', 'Posts'], 0]);
    expect(rowOf(store.getState().importPreview!.table, 'total').years.map((a) => a.toFixed())).toEqual(['120', '132']);
    expect(await store.getState().chooseImportSheet(1)).toBe(true);
    const preview = store.getState().importPreview!;
    expect(preview.source).toBe('book.xlsx, sheet “Posts”');
    expect(rowOf(preview.table, 'total').years.map((a) => a.toFixed())).toEqual(['10', '11']);
    expect(preview.notes[0]).toMatch(/^Read the sheet “Posts” \(the workbook also has “Costs”: choose another under “Sheet”\)/);
    expect(store.getState().importDraft!.read.sheets!.chosen).toBe(1);
  });
});
