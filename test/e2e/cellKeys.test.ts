import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('Delete and typing on cells, as in Excel, in a real Chromium', () => {
  const open = useApp();

  it('Delete clears a typed figure to 0 and says so; undo brings it back', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP2', '2029').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => app.text('TP2', '2029')).toBe('0');
    expect(await app.message()).toMatch(/^TP2 International numbering resources, 2029 was cleared to 0 \(it held 3 243\)\. Undo \(Ctrl\+Z\) brings it back\.$/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.text('TP2', '2029')).toBe('3 243');
    // Once more, with nothing left to undo (as after a reload): said, not silent.
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.message()).toMatch(/^Nothing to undo: undo starts afresh each time the page is opened, and when another tab changes this workspace\./);
    expect(await app.text('TP2', '2029')).toBe('3 243');
  });

  it('Enter after a run of Tabs goes to the next row in the column the run started from, as in Excel; a click ends the run', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const focused = () =>
      page.evaluate(() => {
        const cell = document.activeElement?.closest('[col-id]');
        return `${cell?.closest('[row-id]')?.getAttribute('row-id')} ${cell?.getAttribute('col-id')}`;
      });
    await app.cell('TP1', '2028').click();
    // 2028, 2029, the biennium (computed: passed over with Tab), 2030, then Enter.
    for (const key of ['60000', 'Tab', '61000', 'Tab', 'Tab', '62000', 'Enter']) await (/^\d+$/.test(key) ? page.keyboard.type(key) : page.keyboard.press(key));
    await expect.poll(() => app.text('TP1', '2030')).toBe('62 000');
    expect([await app.text('TP1', '2028'), await app.text('TP1', '2029')]).toEqual(['60 000', '61 000']);
    expect(await focused()).toBe('TP2 2028');
    // A run of Tabs with nothing typed at its end, too.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('TP3 2028');
    // A click elsewhere ends the run: Enter moves down, as always.
    await page.keyboard.press('Tab');
    await app.cell('TP4', '2030').click();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('TP5 2030');
  });

  it('Delete or typing on a computed cell says what it is computed from and where to type, and changes nothing', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP1', '2028-2029').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => app.message()).toBe('TP1 Spectrum and satellite orbits, 2028-2029 cannot be cleared: it is the sum of 2028 and 2029: type in those years instead.');
    expect(await app.text('TP1', '2028-2029')).toBe('114 103');
    await app.cell('subtotal', '2030').click();
    await page.keyboard.type('5');
    await expect.poll(() => app.message()).toMatch(/^Subtotal, 2030 is computed: Subtotal is the sum of the lines above it: type in a line’s year instead\.$/);
    await app.cell('TP4', 'share').click();
    await page.keyboard.type('1');
    await expect.poll(() => app.message()).toMatch(/is computed: a share is the line's period total divided by Total's/);
    expect(await app.text('total', 'total')).toBe('651 671');
  });
});

describe('a row copied from the grid, in a real Chromium', () => {
  const open = useApp();

  it('pastes back: its typed figures taken, its totals and share checked and skipped', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP1', '2028').click();
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.cell-selected').count()).toBe(8);
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('57023\t57080\t114103\t58237\t62703\t120940\t235043\t36,07%');
    await app.type('TP1', '2028', '60 000');
    await expect.poll(() => app.text('TP1', '2028')).toBe('60 000');
    await app.cell('TP1', '2028').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => app.text('TP1', '2028')).toBe('57 023');
    expect(await app.message()).toBe('Pasted 1 figure. Undo (Ctrl+Z) takes them back. The totals and shares in the block agree with those computed.');
  });
});

/**
 * Records, in the page, every cell that flashes from now on (AG Grid's
 * changed-cell class added), as "row/column": a flash lasts a second and a
 * half, which a check made after it on a loaded machine can miss.
 */
async function recordFlashes(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    Object.assign(window, { flashedCells: seen });
    new MutationObserver((records) => {
      for (const record of records) {
        const cell = record.target as Element;
        if (cell.classList.contains('ag-cell-data-changed')) seen.add(`${cell.closest('.ag-row')?.getAttribute('row-id')}/${cell.getAttribute('col-id')}`);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  return () => page.evaluate(() => [...(window as unknown as { flashedCells: Set<string> }).flashedCells]);
}

describe('what flashes after an edit, in a real Chromium', () => {
  const open = useApp();

  it('only the computed cells whose figure changed', async () => {
    const { app } = await open();
    const flashed = await recordFlashes(app.page);
    await app.type('TP1', '2028', '60 000');
    await expect.poll(flashed).toContain('TP1/2028-2029');
    // The yearly figures of Subtotal and Total changed too.
    await expect.poll(flashed).toEqual(expect.arrayContaining(['subtotal/2028', 'total/2028']));
    await expect.poll(() => app.text('total', 'total')).toBe('654 648');
    expect(await flashed()).not.toContain('TP2/2028-2029');
    expect(await flashed()).not.toContain('TP1/2030-2031');
  });

  it('not a share whose figure, to the hundredth, stays the same', async () => {
    const { app } = await open();
    const flashed = await recordFlashes(app.page);
    await app.type('TP1', '2028', '57 123');
    await expect.poll(flashed).toContain('TP1/share');
    // TP2's share moved from 2,0222% to 2,0219%: still 2,02% as shown.
    expect(await app.text('TP2', 'share')).toBe('2,02%');
    expect(await flashed()).not.toContain('TP2/share');
  });
});
