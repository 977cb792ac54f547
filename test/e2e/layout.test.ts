import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

/** Whether the element is wholly inside the window, as laid out now (no scrolling asked). */
async function isInView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5;
  });
}

/** The cells whose text does not fit (cut with "…" or hidden below). */
async function cutCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ag-row .ag-cell')]
      .filter((cell) => {
        const value = cell.querySelector<HTMLElement>('.ag-cell-value') ?? cell;
        return value.scrollWidth > value.clientWidth + 1 || value.scrollHeight > cell.clientHeight + 1;
      })
      .map((cell) => `${cell.closest('.ag-row')?.getAttribute('row-id')}/${cell.getAttribute('col-id')}: ${cell.textContent}`),
  );
}

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
];

describe('the page as an application, from 1 024 to 2 560 px wide', () => {
  const open = useApp();

  it('keeps the whole table, its Total and the panels’ tabs in view, with no name or figure cut', async () => {
    const { opened } = await open();
    const { page } = opened;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => cutCells(page), { message: `${size.width} px` }).toEqual([]);
      expect(await isInView(page, '.ag-row[row-id="total"] .ag-cell[col-id="share"]'), `Total at ${size.width} px`).toBe(true);
      expect(await isInView(page, '.ag-row[row-id="TP3"] .ag-cell[col-id="name"]'), `TP3 at ${size.width} px`).toBe(true);
      expect(await isInView(page, '[data-testid="tab-compare"]'), `compare at ${size.width} px`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${size.width} px`).toBe(true);
      // From 1 280 px, the scenario and file buttons stay on one line.
      const tops = await page.locator('[role="toolbar"][aria-label="Scenarios"] button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(size.width < 1280 || new Set(tops).size === 1, `toolbar at ${size.width} px: ${tops.join(', ')}`).toBe(true);
    }
    // On a wide screen the panels sit beside the table and the page uses the width.
    const pane = await page.locator('.side-pane').boundingBox();
    const grid = await page.getByTestId('appendix-grid').boundingBox();
    expect(pane!.x).toBeGreaterThanOrEqual(grid!.x + grid!.width);
    expect(pane!.x + pane!.width).toBeGreaterThan(2400);
    expect(opened.errors).toEqual([]);
  });

  it('shows an operation’s entry and the table at once, and the comparison one click away', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.setViewportSize({ width: 1280, height: 800 });
    // The baseline is never offered to be compared with itself.
    await app.showTab('compare');
    expect(await page.getByTestId('compare-select').locator('option').allTextContents()).toEqual(['a scenario…']);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/^There is no scenario to compare with yet/);
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await expect.poll(() => app.text('TP3', '2030')).toBe('52 965');
    expect(await isInView(page, '[data-testid="entry"]')).toBe(true);
    expect(await isInView(page, '.ag-row[row-id="total"] .ag-cell[col-id="total"]')).toBe(true);
    await app.showTab('compare');
    expect(await isInView(page, '[data-testid="compare-select"]')).toBe(true);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/^\d+ figures of the table differ/);
    // With a scenario's second envelope line and a message on a small screen, the headings and Total stay in view (its lines scroll).
    for (const size of [{ width: 1024, height: 768 }, { width: 1366, height: 768 }]) {
      await page.setViewportSize(size);
      await expect.poll(() => isInView(page, '.ag-row[row-id="total"] .ag-cell[col-id="total"]'), { message: `Total at ${size.width}` }).toBe(true);
      expect(await isInView(page, '.ag-header-cell[col-id="2028"]'), `headings at ${size.width}`).toBe(true);
    }
    expect(await page.getByTestId('compare-select').locator('option').allTextContents()).toEqual(['the baseline']);
  });

  it('widens a column for a figure of absurd size instead of cutting it, and only that column', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const widthOf = (id: string) => app.cell('TP1', id).evaluate((cell) => cell.getBoundingClientRect().width);
    const [year, otherYear] = [await widthOf('2028'), await widthOf('2030')];
    await app.type('TP1', '2028', '999 999 999 999 999');
    await page.getByTestId('choice-apply-anyway').click();
    await expect.poll(() => app.text('TP1', '2028')).toBe('999 999 999 999 999');
    await expect.poll(() => cutCells(page)).toEqual([]);
    expect(await widthOf('2028')).toBeGreaterThan(year);
    expect(await widthOf('2030')).toBe(otherYear);
  });
});
