import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

// `5,000` in the document's style (decimal comma) is five, or five thousand
// to anyone used to English figures: it must never be taken silently.
describe('a figure that reads two ways, in a real Chromium', () => {
  const open = useApp();

  it('typed in a cell: names both readings, changes nothing, then takes the one chosen', async () => {
    const { app, opened } = await open();
    await app.type('TP2', '2028', '5,000');
    await expect.poll(() => app.message()).toMatch(/“5,000” reads two ways: as 5 000 .* or as 5 .*The cell keeps 3 343\./);
    expect(await app.text('TP2', '2028')).toBe('3 343');
    await opened.page.getByTestId('choice-thousands').click();
    await expect.poll(() => app.text('TP2', '2028')).toBe('5 000');
    expect(await app.text('total', 'total')).toBe('653 328');
  });

  it('typed in a form field: refused with both readings, nothing applied', async () => {
    const { app } = await open();
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5,000' }, { years: ['2030'] });
    await expect.poll(() => app.message()).toMatch(/“5,000” reads two ways: as 5 000 .* or as 5 .*Nothing was changed\./);
    expect(await app.text('TP1', '2030')).toBe('58 237');
    expect(await app.entries()).toEqual([]);
  });

  it('pasted from Excel: nothing pasted until the person says how to read the block', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.evaluate(() => navigator.clipboard.writeText('5,000\t4 000\r\n'));
    await app.cell('TP2', '2028').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => app.message()).toMatch(/^Nothing was pasted: 1 of 2 cells read two ways\./);
    expect(await app.text('TP2', '2028')).toBe('3 343');
    await page.getByTestId('choice-decimal').click();
    await expect.poll(() => app.text('TP2', '2028')).toBe('5');
    expect(await app.text('TP2', '2029')).toBe('4 000');
  });
});
