import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readProposal } from '../../src/io/proposalFile';
import { DOCUMENT_STYLE, Dec, formatAmount, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay } from '../../src/model/proposal';
import { formatPercent, type Ratio } from '../../src/model/share';
import { amountAt, shareOf, type Table } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { useApp } from './support/browser';

/*
 * The issue "Many proposals pooled": five delegations' files opened at once,
 * every cell's minimum, median and maximum as the page shows them against
 * the same figures computed here from the files, with the engine's replay and
 * a plain sort of Decimals; a damaged file refused by name; pick two to
 * compare; merge.
 */

const proposal = (name: string, operations: object[]) =>
  JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: 'itu-strategic-plan-2028-2031-appendix-a', name, savedAt: '2026-11-22T10:00:00.000Z', operations });
const FILES = [
  { name: 'a.json', text: proposal('Delegation A', [{ op: 'transfer', from: 'TP1', to: 'TP3', amount: '5000', years: ['2030'] }]) },
  { name: 'b.json', text: proposal('Delegation B', [{ op: 'set', line: 'TP1', year: '2030', value: '60001' }, { op: 'set', line: 'TP2', year: '2028', value: '3001' }]) },
  { name: 'c.json', text: proposal('Delegation C', [{ op: 'transfer', from: 'TP5', to: 'TP2', amount: '1501', years: ['2028', '2029'] }]) },
  { name: 'd.json', text: proposal('Delegation D', [{ op: 'set', line: 'TP1', year: '2030', value: '55000' }, { op: 'scale', line: 'TP4', percent: '97', years: ['2031'], compensate: 'none' }]) },
  { name: 'e.json', text: proposal('Delegation E', [{ op: 'setShare', line: 'TP2', share: '3' }]) },
];
const ROWS = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total'];
const COLUMNS = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total'];

const plan = baselinePlan();
const tableOf = (text: string): Table => replay(initialState(plan), readProposal(text, plan).entries.map((entry, i) => ({ ...entry, id: String(i) }))).table;
/** As the pool shows an amount: grouped by threes, with the decimal a median of two may carry. */
const shownAmount = (value: Amount) => formatAmount(value, DOCUMENT_STYLE, value.decimalPlaces());

/** Min, median and max of each cell, computed here: Decimals sorted, the mean of the two middle ones for an even count. */
function expectedSpread(tables: readonly Table[], rowId: string, columnId: string): string[] {
  if (columnId === 'share') {
    // Shares sorted by their exact fractions, cross-multiplied (all Totals are positive here).
    const shares = tables.map((table) => shareOf(table, rowId)).sort((a, b) => a.part.times(b.whole).comparedTo(b.part.times(a.whole)));
    const middle: Ratio = shares.length % 2 === 1 ? shares[(shares.length - 1) / 2]! : { part: shares[shares.length / 2 - 1]!.part.times(shares[shares.length / 2]!.whole).plus(shares[shares.length / 2]!.part.times(shares[shares.length / 2 - 1]!.whole)), whole: shares[shares.length / 2 - 1]!.whole.times(shares[shares.length / 2]!.whole).times(2) };
    return [shares[0]!, middle, shares.at(-1)!].map((ratio) => formatPercent({ part: ratio.part, whole: ratio.whole }, DOCUMENT_STYLE));
  }
  const values = tables.map((table) => amountAt(table, rowId, columnId)).sort((a, b) => a.comparedTo(b));
  const n = values.length;
  const median = n % 2 === 1 ? values[(n - 1) / 2]! : values[n / 2 - 1]!.plus(values[n / 2]!).div(new Dec(2));
  return [values[0]!, median, values[n - 1]!].map(shownAmount);
}

/** Every row of the pooled view: its cell and the three figures shown. */
const shownSpreads = (page: Page) =>
  page.getByTestId('pool-row').evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-row'), row.getAttribute('data-column'), ...['pool-min', 'pool-median', 'pool-max'].map((id) => row.querySelector(`[data-testid="${id}"]`)?.textContent ?? '')]),
  );

const upload = (files: readonly { name: string; text: string }[]) => files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }));

describe('many proposals pooled, in a real Chromium', () => {
  const open = useApp();

  it('shows for every cell the minimum, median and maximum of five proposal files opened at once', async () => {
    const { opened } = await open();
    const { page } = opened;
    await page.getByTestId('tab-pool').click();
    await page.getByTestId('pool-open-file').setInputFiles(upload(FILES));
    await expect.poll(() => page.getByTestId('pool-proposal').count()).toBe(5);
    const tables = FILES.map((file) => tableOf(file.text));
    const expected = ROWS.flatMap((rowId) => [...COLUMNS, 'share'].map((columnId) => [rowId, columnId, ...expectedSpread(tables, rowId, columnId)]));
    expect(await shownSpreads(page)).toEqual(expected);
    // Spot check, by hand: TP1 2030 is 53 237, 60 001, 58 237, 55 000, and E's share moves it.
    expect(expected.find(([row, column]) => row === 'TP1' && column === '2030')!.slice(2, 3)).toEqual(['53 237']);
    const tp1 = page.locator('[data-testid="pool-row"][data-row="TP1"][data-column="2030"]');
    expect(await tp1.getByTestId('pool-baseline').textContent()).toBe('58 237');
    expect(await page.getByTestId('pool-priorities').textContent()).toContain('Delegation A -5 000');

    // Sorted by median, descending, from the keyboard: amounts first, the largest first.
    await page.getByTestId('pool-sort-median').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const sorted = await shownSpreads(page);
    const medians = sorted.filter(([, column]) => column !== 'share').map(([, , , median]) => Number(median!.replace(/\s/g, '').replace(',', '.')));
    expect(medians).toEqual([...medians].sort((a, b) => b - a));

    // Exported: the pool is a sheet of its own, its median a live formula with the figure shown.
    await page.getByTestId('open-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    const book = XLSX.read(await readFile((await download.path())!), { type: 'buffer', cellFormula: true });
    expect(book.SheetNames).toContain('Pool');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Pool!, { header: 1, defval: null });
    const tp1Row = rows.findIndex((row) => row[0] === 'TP1' && row[2] === '2030');
    expect(rows[tp1Row]![10]).toBe(Number(expectedSpread(tables, 'TP1', '2030')[1]!.replace(/\s/g, '')));
    expect((book.Sheets.Pool![XLSX.utils.encode_cell({ r: tp1Row, c: 10 })] as XLSX.CellObject).f).toBe(`MEDIAN(E${tp1Row + 1}:I${tp1Row + 1})`);
    expect(opened.errors).toEqual([]);
  });

  it('refuses a damaged file by its name and pools the four others; merges and compares', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('tab-pool').click();
    const damaged = { name: 'damaged.json', text: FILES[2]!.text.slice(0, 80) };
    await page.getByTestId('pool-open-file').setInputFiles(upload([FILES[0]!, FILES[1]!, damaged, FILES[3]!, FILES[4]!]));
    await expect.poll(() => page.getByTestId('pool-proposal').count()).toBe(4);
    expect(await app.message()).toMatch(/4 proposals were added to the pool.*1 file was refused.*damaged\.json: This proposal cannot be opened: it is not JSON/);
    const tables = [0, 1, 3, 4].map((i) => tableOf(FILES[i]!.text));
    const tp1 = page.locator('[data-testid="pool-row"][data-row="TP1"][data-column="2030"]');
    expect(await tp1.getByTestId('pool-median').textContent()).toBe(expectedSpread(tables, 'TP1', '2030')[1]);

    // A and B both change TP1 2030, to different figures: the conflict is listed before the merge.
    const picks = page.getByTestId('pool-pick');
    await picks.nth(0).check();
    await picks.nth(1).check();
    await expect.poll(() => page.getByTestId('pool-conflicts').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('pool-conflicts').textContent()).toContain('TP1 2030 (baseline 58 237): Delegation A 53 237 · Delegation B 60 001; merged 60 001');
    await page.getByTestId('pool-merge').click();
    await expect.poll(() => app.scenarioName()).toBe('Merged: Delegation A + Delegation B');
    expect(await app.text('TP1', '2030')).toBe('60 001');
    expect(await app.message()).toMatch(/1 cell is changed to different figures/);

    await page.getByTestId('pool-compare').click();
    await expect.poll(() => app.scenarioName()).toBe('Delegation A');
    await expect.poll(() => page.getByTestId('compare').isVisible()).toBe(true);
    expect(await page.getByTestId('compare-select').inputValue()).not.toBe('');
    expect(await app.text('TP1', '2030')).toBe('53 237');

    await page.getByTestId('tab-pool').click();
    await page.getByTestId('pool-remove').first().click();
    await expect.poll(() => page.getByTestId('pool-proposal').count()).toBe(3);
    expect(opened.errors).toEqual([]);
  });

  it('pools proposal files dropped on the table, and leaves a drag of text alone', async () => {
    const { opened } = await open();
    const { page } = opened;
    // As a file manager drops files: a drop event whose DataTransfer carries them, on the grid.
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      const target = document.querySelector('.table-pane')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, FILES.slice(0, 2));
    await expect.poll(() => page.getByTestId('pool-proposal').count()).toBe(2);
    // The Pool tab is shown for them.
    expect(await page.getByTestId('pool-panel').isVisible()).toBe(true);
    const isTextDropTaken = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', '123');
      return !document.querySelector('.table-pane')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    expect(isTextDropTaken).toBe(false);
    expect(opened.errors).toEqual([]);
  });
});
