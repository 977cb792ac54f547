import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('moving around the page from the keyboard, in a real Chromium', () => {
  const open = useApp();
  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

  it('reaches the operation form from the grid in at most three key presses, and comes back with Shift+F6', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP3', '2030').click();
    let presses = 0;
    while ((await focusedTestId(page)) !== 'op-type' && presses < 3) {
      await page.keyboard.press('F6');
      presses++;
    }
    expect(await focusedTestId(page)).toBe('op-type');
    expect(presses).toBeLessThanOrEqual(3);
    // F6 goes on into the panels of the other tabs, showing each.
    await page.keyboard.press('F6');
    expect(await focusedTestId(page)).toBe('compare-select');
    expect(await page.getByTestId('tab-compare').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Shift+F6');
    expect(await focusedTestId(page)).toBe('op-type');
    for (let i = 0; i < presses; i++) await page.keyboard.press('Shift+F6');
    const cell = await page.evaluate(() => {
      const focused = document.activeElement?.closest('[col-id]');
      return `${focused?.closest('[row-id]')?.getAttribute('row-id')} ${focused?.getAttribute('col-id')}`;
    });
    expect(cell).toBe('TP3 2030');
  });

  it('Alt+N on a cell opens a new operation with its line and year filled in', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('op-type').selectOption('set');
    // From another tab too: the form's tab is brought forward.
    await app.showTab('charts');
    expect(await page.getByTestId('op-type').isVisible()).toBe(false);
    await app.cell('TP4', '2031').click();
    await page.keyboard.press('Alt+n');
    await expect.poll(() => focusedTestId(page)).toBe('op-type');
    expect(await page.getByTestId('op-field-line').inputValue()).toBe('TP4');
    expect(await page.getByTestId('op-field-year').inputValue()).toBe('2031');
  });

  it('Alt+N on a biennium, the reduction or a Total opens the form on the nearest line and years, or says why not', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const ticked = () => page.locator('[data-testid^="op-year-"]:checked').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-testid')!.replace('op-year-', '')));
    await app.cell('TP2', '2030-2031').click();
    await page.keyboard.press('Alt+n');
    await expect.poll(() => focusedTestId(page)).toBe('op-type');
    expect(await page.getByTestId('op-type').inputValue()).toBe('transfer');
    expect(await page.getByTestId('op-field-from').inputValue()).toBe('TP2');
    expect(await ticked()).toEqual(['2030', '2031']);

    await app.cell('reduction', '2029').click();
    await page.keyboard.press('Alt+n');
    await expect.poll(() => page.getByTestId('op-type').inputValue()).toBe('set');
    expect(await page.getByTestId('op-field-line').inputValue()).toBe('reduction');
    expect(await page.getByTestId('op-field-year').inputValue()).toBe('2029');

    await app.cell('total', '2031').click();
    await page.keyboard.press('Alt+n');
    await expect.poll(() => app.message()).toMatch(/^Total is computed from the Subtotal and the reduction, so the new operation starts from 2031 but no line: choose the line in the form/);
    expect(await page.getByTestId('op-field-year').inputValue()).toBe('2031');
    expect(await focusedTestId(page)).toBe('op-type');
  });

  it('offers skip links as the first stops of Tab', async () => {
    const { opened } = await open();
    const { page } = opened;
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('skip-grid');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('op-type');
  });
});
