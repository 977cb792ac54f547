import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppendixPage } from './support/appendixPage';
import { useApp } from './support/browser';

const ROWS = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total'];
const COLUMNS = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total', 'share'];

/** The clipboard's HTML, parsed in the page: each header row's cells with their spans, each body row's cells, and their styles. */
interface ParsedTable {
  readonly html: string;
  readonly caption: string[];
  readonly head: { text: string; colspan: number; rowspan: number }[][];
  readonly body: { text: string; style: string; num: string | null }[][];
}

/** Reads the clipboard as a paste does, and parses its HTML with the browser's own parser. */
async function clipboardTable(page: Page): Promise<{ text: string; table: ParsedTable }> {
  return page.evaluate(async () => {
    // Unsanitized, to judge the HTML as written (Chromium otherwise rewrites what it gives a page); TypeScript does not know the option yet.
    const read = navigator.clipboard.read.bind(navigator.clipboard) as (options: { unsanitized: string[] }) => Promise<ClipboardItems>;
    const [item] = await read({ unsanitized: ['text/html'] });
    const text = await (await item!.getType('text/plain')).text();
    const html = await (await item!.getType('text/html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const cells = (row: Element) => [...row.children] as HTMLTableCellElement[];
    return {
      text,
      table: {
        html,
        caption: [...doc.querySelectorAll('p')].map((p) => p.textContent ?? ''),
        head: [...doc.querySelectorAll('thead tr')].map((row) => cells(row).map((cell) => ({ text: cell.textContent ?? '', colspan: cell.colSpan, rowspan: cell.rowSpan }))),
        body: [...doc.querySelectorAll('tbody tr')].map((row) =>
          // A figure's grouping spaces are no-break spaces in the HTML; the grid's are plain.
          cells(row).map((cell) => ({ text: (cell.textContent ?? '').replace(/\u00a0/g, ' '), style: cell.getAttribute('style') ?? '', num: cell.getAttribute('x:num') })),
        ),
      },
    };
  });
}

async function shownFigures(app: AppendixPage): Promise<string[][]> {
  return Promise.all(ROWS.map((rowId) => Promise.all(COLUMNS.map((columnId) => app.text(rowId, columnId)))));
}

describe('Copy table in a real Chromium', () => {
  const open = useApp();

  it('puts the table on the clipboard as HTML with the grid’s figures and header structure, and as tab-separated text', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.type('TP1', '2030', '60 000');
    await expect.poll(() => app.text('TP1', '2030')).toBe('60 000');
    await page.getByTestId('copy-table').click();
    await expect.poll(() => app.message()).toMatch(/^Copied “.+” \(8 rows, CHF thousands\) as a table: paste it into Word, an e-mail or Excel\.$/);
    const { text, table } = await clipboardTable(page);

    expect(table.caption).toEqual([await page.getByTestId('title').textContent(), expect.stringMatching(/^CHF thousands – scenario “.+”$/)]);
    expect(table.head).toEqual([
      [
        { text: 'Code', colspan: 1, rowspan: 2 },
        { text: 'Thematic priority', colspan: 1, rowspan: 2 },
        { text: '2028-2029', colspan: 3, rowspan: 1 },
        { text: '2030-2031', colspan: 3, rowspan: 1 },
        { text: '2028-2031', colspan: 1, rowspan: 2 },
        { text: 'In %', colspan: 1, rowspan: 2 },
      ],
      ['2028', '2029', 'Total', '2030', '2031', 'Total'].map((heading) => ({ text: heading, colspan: 1, rowspan: 1 })),
    ]);
    const shown = await shownFigures(app);
    expect(table.body.map((row) => row.slice(2).map((cell) => cell.text))).toEqual(shown);
    expect(table.body.map((row) => row[0]!.text)).toEqual(['TP1', 'TP2', 'TP3', 'TP4', 'TP5', '', '', '']);
    expect(table.body[0]![1]!.text).toBe('Spectrum and satellite orbits');
    // Excel's attributes: each figure exactly, a share as a fraction.
    expect(table.body[0]![5]!.num).toBe('60000');
    expect(table.body[6]![2]!.text).toBe('-1 000');
    expect(table.body[6]![2]!.num).toBe('-1000');
    expect(Number(table.body[0]![9]!.num)).toBeCloseTo(236806 / 653434, 10);
    for (const cell of table.body[7]!) expect(cell.style).toMatch(/font-weight:bold/);
    for (const cell of table.body[0]!.slice(2)) expect(cell.style).toMatch(/text-align:right/);
    expect(table.html).toMatch(/^<html xmlns:o=.*xmlns:x="urn:schemas-microsoft-com:office:excel"/);

    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Code\tThematic priority\t2028\t2029\t2028-2029\t2030\t2031\t2030-2031\t2028-2031\tIn %');
    expect(lines[1]).toBe(`TP1\tSpectrum and satellite orbits\t57023\t57080\t114103\t60000\t62703\t122703\t236806\t${await app.text('TP1', 'share')}`);
    expect(lines).toHaveLength(9);
    expect(opened.errors).toEqual([]);
  });

  it('copies in the number style and unit shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('number-style').selectOption('swiss');
    await expect.poll(() => app.text('TP1', '2028')).toBe("57'023");
    await page.getByTestId('copy-table').click();
    await expect.poll(() => app.message()).toMatch(/^Copied the published baseline/);
    let { table } = await clipboardTable(page);
    expect(table.body.map((row) => row.slice(2).map((cell) => cell.text))).toEqual(await shownFigures(app));
    expect(table.body[0]![2]!.text).toBe("57'023");
    expect(table.body[0]![9]!.text).toBe('36.07%');

    await page.getByTestId('display-unit').selectOption('millions');
    await expect.poll(() => app.text('TP1', '2028')).toBe('57.0');
    await page.getByTestId('copy-table').click();
    await expect.poll(() => app.message()).toMatch(/CHF millions/);
    ({ table } = await clipboardTable(page));
    expect(table.caption[1]).toBe('CHF millions – published baseline');
    expect(table.body.map((row) => row.slice(2).map((cell) => cell.text))).toEqual(await shownFigures(app));
    expect(table.body[0]![2]!.num).toBe('57.023');
  });

  it('copies by the copy command where the browser has no asynchronous clipboard, and says so when the clipboard refuses', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.evaluate(() => Reflect.deleteProperty(window, 'ClipboardItem'));
    await page.getByTestId('copy-table').click();
    await expect.poll(() => app.message()).toMatch(/^Copied the published baseline \(8 rows, CHF thousands\)/);
    const { text, table } = await clipboardTable(page);
    expect(text.split('\r\n')[1]).toBe('TP1\tSpectrum and satellite orbits\t57023\t57080\t114103\t58237\t62703\t120940\t235043\t36,07%');
    expect(table.head).toHaveLength(2);
    expect(table.body.map((row) => row.slice(2).map((cell) => cell.text))).toEqual(await shownFigures(app));

    const refusing = await open();
    await refusing.opened.page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await refusing.opened.page.getByTestId('copy-table').click();
    await expect.poll(() => refusing.app.message()).toBe('The table could not be copied: the browser refused the clipboard (Write permission denied.). Nothing was copied.');
  });

  it('copies a 2 × 2 block as the same tab-separated text as before and as an HTML table of the figures shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP5', '2031').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.locator('.cell-selected').count()).toBe(4);
    await page.keyboard.press('Control+c');
    const { text, table } = await clipboardTable(page);
    expect(text).toBe('34933\t69122\r\n170004\t334433');
    expect(table.head).toEqual([]);
    expect(table.body.map((row) => row.map((cell) => cell.text))).toEqual([
      [await app.text('TP5', '2031'), await app.text('TP5', '2030-2031')],
      [await app.text('subtotal', '2031'), await app.text('subtotal', '2030-2031')],
    ]);
    expect(table.body[1]![0]!.style).toMatch(/font-weight:bold/);
  });

  it('starts a block pressed at once after an edit at the cell Enter moved to, not at the cell edited', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const selected = () => page.locator('.cell-selected').evaluateAll((cells) => cells.map((c) => `${c.closest('[row-id]')?.getAttribute('row-id')}/${c.getAttribute('col-id')}`).sort());
    // AG Grid tells the focus's move after Enter in a timer, which a render can put after the next key: typed with no pause, as often as it takes to meet it.
    for (const [row, next, after] of [['TP1', 'TP2', 'TP3'], ['TP2', 'TP3', 'TP4'], ['TP3', 'TP4', 'TP5'], ['TP1', 'TP2', 'TP3']] as const) {
      await app.cell(row, '2028').click();
      await page.keyboard.type(String(50_000 + Number(row.slice(2))));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(selected).toEqual([`${next}/2028`, `${next}/2029`, `${after}/2028`, `${after}/2029`].sort());
      await page.keyboard.press('Escape');
    }
    // Shift+Enter after an edit moves up, and Shift+Tab left, as in Excel: neither makes a block.
    await app.cell('TP3', '2029').click();
    await page.keyboard.type('50 003');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(selected).toEqual(['TP2/2029']);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(selected).toEqual(['TP2/2028']);
    // Shift+click extends the block: the grid focuses the cell at pointerdown, before the mousedown.
    await app.cell('TP4', '2029').click({ modifiers: ['Shift'] });
    await expect.poll(selected).toEqual(['TP2/2028', 'TP2/2029', 'TP3/2028', 'TP3/2029', 'TP4/2028', 'TP4/2029']);
    expect(opened.errors).toEqual([]);
  });
});
