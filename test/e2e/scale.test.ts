import { describe, expect, it } from 'vitest';
import { readProposal } from '../../src/io/proposalFile';
import { DOCUMENT_STYLE, Dec, formatAmount, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay, type Entry } from '../../src/model/proposal';
import { amountAt, type Table } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { largeAmount, largePlanCsv, lineCode, mixedProposal, twelveYearPlanCsv } from '../support/scaleFiles';
import * as XLSX from 'xlsx';
import { readFile } from 'node:fs/promises';
import type { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

/*
 * The sizes the issue "Trust at the edges" measured by hand: a scenario of 200
 * operations, and a table file of 4 999 lines whose 19 996 figures all
 * change. Figures are checked, never times (the README gives the times).
 */

const ROWS = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total'];
const COLUMNS = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total'];
const shownAs = (value: Amount) => formatAmount(value, DOCUMENT_STYLE, 0);
/** Every amount of Appendix A as the page shows it, row by row. */
const expectedFigures = (table: Table) => ROWS.map((row) => COLUMNS.map((column) => shownAs(amountAt(table, row, column))).join(' | '));
const shownFigures = (app: AppendixPage) => Promise.all(ROWS.map(async (row) => (await Promise.all(COLUMNS.map((column) => app.text(row, column)))).join(' | ')));
/** Grouped by threes with a space, as the document writes whole thousands. */
const grouped = (value: bigint) => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

describe('large proposals and plans in a real Chromium', () => {
  const open = useApp();

  it('edits the end of a 200-operation scenario and keeps every figure through a reload, undo and redo', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const file = mixedProposal(200);
    await page.getByTestId('open-proposal-file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // Read and replayed in slices, with its progress shown: on a loaded machine, longer than a poll's default 5 s.
    await expect.poll(() => app.scenarioName(), { timeout: 30_000 }).toBe('Many changes');
    expect(await page.getByTestId('entry').count()).toBe(200);

    const plan = baselinePlan();
    const entries: Entry[] = readProposal(file, plan).entries.map((entry, i) => ({ ...entry, id: `e${i}` }));
    const opened200 = replay(initialState(plan), entries);
    expect(opened200.failures.size).toBe(0);
    expect(await shownFigures(app)).toEqual(expectedFigures(opened200.table));

    await app.type('TP1', '2028', '60000');
    await expect.poll(() => app.text('TP1', '2028')).toBe('60 000');
    const edit: Entry = { id: 'edit', operation: { op: 'set', line: 'TP1', year: '2028', value: new Dec(60_000) }, rationale: '', at: '', enabled: true };
    const edited = expectedFigures(replay(initialState(plan), [...entries, edit]).table);
    expect(await shownFigures(app)).toEqual(edited);

    await page.reload();
    await app.ready();
    await expect.poll(() => page.getByTestId('entry').count()).toBe(201);
    expect(await shownFigures(app)).toEqual(edited);
    await page.getByTestId('undo').waitFor();
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    await app.type('TP2', '2031', '4000');
    await expect.poll(() => app.text('TP2', '2031')).toBe('4 000');
    await page.getByTestId('undo').click();
    await expect.poll(() => shownFigures(app)).toEqual(edited);
    await page.getByTestId('redo').click();
    await expect.poll(() => app.text('TP2', '2031')).toBe('4 000');
    expect(opened.errors).toEqual([]);
  });

  it('shows the progress of a large workbook being read, and stopped changes nothing', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // A workbook is read in a worker: the page answers while it is, and Stop is taken at once.
    const rows = twelveYearPlanCsv(20_000)
      .trim()
      .split('\n')
      .map((line) => line.split(',').map((cell, i) => (i >= 2 ? Number(cell) : cell)));
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Plan');
    const buffer = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
    await page.getByTestId('import-table-file').setInputFiles({ name: 'large.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await expect.poll(() => page.getByTestId('import-progress').textContent()).toMatch(/^Importing large\.xlsx: reading the file…/);
    await page.getByTestId('import-stop').click();
    await expect.poll(() => app.message()).toBe('The import of large.xlsx was stopped: nothing was changed.');
    // Long after the workbook is read, no preview, and the table as it was.
    await page.waitForTimeout(4000);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    expect(await app.text('total', 'total')).toBe('651 671');
    expect(opened.errors).toEqual([]);
  });

  it('accepts 19 996 changed figures of a 4 999-line plan as one change, shows them, and keeps them through a reload', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(largePlanCsv(4999)) });
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text(lineCode(1), '2028')).toBe(String(largeAmount(1, 0)));

    await page.getByTestId('import-table-file').setInputFiles({ name: 'large-revised.csv', mimeType: 'text/csv', buffer: Buffer.from(largePlanCsv(4999, 1)) });
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('19996 figures would change:');
    // The preview lists the first rows and says how many more there are.
    expect(await page.getByTestId('import-changes').locator('tbody tr').count()).toBe(200);
    expect(await page.getByTestId('import-more').textContent()).toMatch(/^The first 200 changes are shown, 19796 more are not\. Show all 19996$/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text(lineCode(1), '2028')).toBe(String(largeAmount(1, 0, 1)));
    expect(await app.scenarioName()).toBe('large-revised');
    expect(await app.entries()).toEqual([expect.stringMatching(/^Set 19 996 yearly amounts from large-revised\.csv, of L0001, L0002, L0003 and 4 996 more, in every year \(2028-2031\) — Imported from large-revised\.csv/)]);

    let total = -7420n;
    for (let n = 1; n <= 4999; n++) for (let y = 0; y < 4; y++) total += BigInt(largeAmount(n, y, 1));
    expect(await app.text('total', 'total')).toBe(grouped(total));

    await page.reload();
    await app.ready();
    await expect.poll(() => app.text(lineCode(1), '2028')).toBe(String(largeAmount(1, 0, 1)));
    expect(await app.text('total', 'total')).toBe(grouped(total));
    expect(await app.text(lineCode(2), 'total')).toBe(String([0, 1, 2, 3].reduce((sum, y) => sum + largeAmount(2, y, 1), 0)));

    // An edit after the reload moves the Total by what it changes.
    await app.type(lineCode(2), '2028', '555');
    await expect.poll(() => app.text('total', 'total')).toBe(grouped(total + 555n - BigInt(largeAmount(2, 0, 1))));
    expect(await app.entries()).toHaveLength(2);
    expect(opened.errors).toEqual([]);
  });

  it('shows the progress of a large plan being exported: Stop writes no file, and the export after it holds the figures shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(largePlanCsv(4999)) });
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text(lineCode(1), '2028')).toBe(String(largeAmount(1, 0)));
    let downloads = 0;
    page.on('download', () => downloads++);

    await page.getByTestId('open-export').click();
    await page.getByTestId('export-xlsx').click();
    await expect.poll(() => page.getByTestId('export-progress').textContent()).toMatch(/^Exporting to Excel: (starting|replaying the scenarios|writing the sheets|compressing the file)… Stop$/);
    await page.getByTestId('export-stop').click();
    await expect.poll(() => app.message()).toBe('The export to Excel was stopped: no file was written.');
    expect(await page.getByTestId('export-progress').count()).toBe(0);
    // Long after the workbook would have been written, no file came.
    await page.waitForTimeout(4000);
    expect(downloads).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
    const workbook = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 });
    const header = rows.find((row) => row[0] === 'Code')!;
    const [year, whole] = [header.indexOf('2028'), header.indexOf('2028-2031')];
    const totalRow = rows.find((row) => row[1] === 'Total')!;
    expect(String(totalRow[whole])).toBe((await app.text('total', 'total')).replace(/\s/g, ''));
    expect(rows.find((row) => row[0] === lineCode(1))![year]).toBe(largeAmount(1, 0));
    expect(downloads).toBe(1);
    expect(opened.errors).toEqual([]);
  });

  it('measures rows for their names only where a name can wrap: Appendix A’s can, a long plan of short names cannot', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // Appendix A's long names wrap in a narrow column: its rows grow to fit them.
    expect(await page.locator('.ag-cell-auto-height').count()).toBeGreaterThan(0);
    await page.getByTestId('import-table-file').setInputFiles({ name: 'short.csv', mimeType: 'text/csv', buffer: Buffer.from(twelveYearPlanCsv(500)) });
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text(lineCode(1), '2030')).not.toBe('');
    // Rows of fixed height: none measured one by one as it is drawn (what scrolling a long plan cost).
    expect(await page.locator('.ag-cell-auto-height').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });
});
