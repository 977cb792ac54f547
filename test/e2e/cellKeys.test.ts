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

describe('what flashes after an edit, in a real Chromium', () => {
  const open = useApp();

  it('only the computed cells whose figure changed', async () => {
    const { app } = await open();
    await app.type('TP1', '2028', '60 000');
    const flashes = (row: string, column: string) => app.cell(row, column).evaluate((cell) => /ag-cell-data-changed/.test(cell.className));
    await expect.poll(() => flashes('TP1', '2028-2029')).toBe(true);
    expect(await flashes('TP2', '2028-2029')).toBe(false);
    expect(await flashes('TP1', '2030-2031')).toBe(false);
    // The yearly figures of Subtotal and Total changed too.
    expect(await flashes('subtotal', '2028')).toBe(true);
    expect(await flashes('total', '2028')).toBe(true);
  });

  it('not a share whose figure, to the hundredth, stays the same', async () => {
    const { app } = await open();
    const flashes = (row: string, column: string) => app.cell(row, column).evaluate((cell) => /ag-cell-data-changed/.test(cell.className));
    await app.type('TP1', '2028', '57 123');
    await expect.poll(() => flashes('TP1', 'share')).toBe(true);
    // TP2's share moved from 2,0222% to 2,0219%: still 2,02% as shown.
    expect(await app.text('TP2', 'share')).toBe('2,02%');
    expect(await flashes('TP2', 'share')).toBe(false);
  });
});
