import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { convertWithOffice, pdfPages } from '../support/office';
import { useApp } from './support/browser';

/** The workbook of the baseline alone (no scenario ticked), exported and downloaded as a person would: its bytes and as read. */
async function exportBaseline(page: Page): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  await page.getByTestId('open-export').click();
  for (const box of await page.getByTestId('export-panel').getByRole('checkbox').all()) await box.uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  // Appendix A comes with its financial plan, on a sheet of its own; an imported table without one.
  const [first = '', ...rest] = names;
  expect(first).toMatch(/^(Published baseline|Table as imported) /);
  expect(rest).toEqual(first.startsWith('Published baseline') ? ['Financial plan', 'Notes'] : ['Notes']);
  return { bytes, workbook };
}

/**
 * The pages LibreOffice prints of the baseline's sheet: the whole file as
 * downloaded (rewriting it would lose its page breaks), less one page for
 * each other sheet (the financial plan, the notes).
 */
function officePages(bytes: Uint8Array, workbook: ExcelJS.Workbook): number {
  return pdfPages(convertWithOffice(bytes, 'appendix.xlsx', 'pdf').get('appendix.pdf')!) - (workbook.worksheets.length - 1);
}

/** The pages Chromium prints of the print view. */
async function printedPages(page: Page): Promise<number> {
  await page.evaluate(() => void (window.location.hash = 'print'));
  await page.getByTestId('print-view').waitFor();
  return pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

/** A sheet's header rows and row labels, as text. */
function sheetLabels(sheet: ExcelJS.Worksheet, rows: number): { heads: string[]; labels: string[] } {
  const text = (row: number, column: number) => String(sheet.getCell(row, column).value ?? '');
  const lastColumn = sheet.columnCount;
  // A merged heading is read once, from its first cell.
  const isFirst = (row: number, column: number) => sheet.getCell(row, column).master.address === sheet.getCell(row, column).address;
  // Hidden columns (each row's kind and parent, for reading the file back) are not printed.
  const isShown = (column: number) => sheet.getColumn(column).hidden !== true;
  const heads = [4, 5].flatMap((r) => Array.from({ length: lastColumn }, (_, c) => (isFirst(r, c + 1) && isShown(c + 1) ? text(r, c + 1) : ''))).filter((t) => t !== '');
  const labels = Array.from({ length: rows }, (_, i) => `${text(6 + i, 1)}|${text(6 + i, 2)}`);
  return { heads, labels };
}

describe('the print view and the workbook print alike', () => {
  const open = useApp();

  it('Appendix A: the same headings and rows, on one page in both', async () => {
    const { opened } = await open();
    const { page } = opened;
    const { bytes, workbook } = await exportBaseline(page);
    const sheet = workbook.getWorksheet('Published baseline 2028-2031')!;
    expect(await printedPages(page)).toBe(1);
    const view = page.getByTestId('print-view');
    const heads = (await view.locator('thead th').allTextContents()).map((t) => t.trim());
    const labels = await view.locator('tbody tr').evaluateAll((rows) => rows.map((row) => `${row.children[0]!.textContent}|${row.children[1]!.textContent}`));
    const written = sheetLabels(sheet, 8);
    expect(labels).toEqual(written.labels);
    expect(labels[0]).toBe('TP1|Spectrum and satellite orbits');
    // The same headings: the print view lists its upper row first, the sheet its columns left to right.
    expect([...heads].sort()).toEqual([...written.heads].sort());
    expect(heads).toEqual(['Code', 'Thematic priority', '2028-2029', '2030-2031', '2028-2031', 'In %', '2028', '2029', 'Total', '2030', '2031', 'Total']);
    expect(officePages(bytes, workbook)).toBe(1);
    expect(opened.errors).toEqual([]);
  }, 180_000);

  it('a plan of 150 lines, long names wrapping: the same page count, the header rows on every page', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const lines = Array.from({ length: 150 }, (_, i) => {
      const n = i + 1;
      const name = n % 6 === 0 ? `Output ${n} strengthened capacity of Member States to develop and update regulatory frameworks on space-based services` : `Output ${n}`;
      return `O${n},${name},${[0, 1, 2, 3].map((y) => 1000 * n + y).join(',')}`;
    });
    const csv = ['code,name,2028,2029,2030,2031', ...lines, 'reduction,Progressive global reduction,-1000,-1605,-2105,-2710'].join('\r\n');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'programme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('O1', '2031')).toBe('1 003');
    const { bytes, workbook } = await exportBaseline(page);
    const printed = await printedPages(page);
    const view = page.getByTestId('print-view');
    expect(printed).toBeGreaterThan(3);
    expect(Number(await view.getAttribute('data-pages'))).toBe(printed);
    // Each page of the table is a table of its own, its header rows on top.
    expect(await view.locator('table.print-table > thead').count()).toBe(printed);
    expect(officePages(bytes, workbook)).toBe(printed);
    expect(opened.errors).toEqual([]);
  }, 240_000);
});
