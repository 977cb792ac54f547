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

  it('a figure a thousand times smaller than the one it replaces asks first', async () => {
    const { app, opened } = await open();
    await app.type('TP1', '2028', '57');
    await expect.poll(() => app.message()).toMatch(/57 would replace 57 023, a figure about a thousand times smaller/);
    expect(await app.text('TP1', '2028')).toBe('57 023');
    await opened.page.getByTestId('choice-apply-anyway').click();
    await expect.poll(() => app.text('TP1', '2028')).toBe('57');
  });

  it('a reduction target of 650 (meant 650 000) asks first, and once applied the proposal is not valid, naming the rules', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('reduction:target', { total: '650', profile: 'current' });
    await expect.poll(() => app.message()).toMatch(/not applied yet, because its result would not be valid: Total is below zero/);
    expect(await app.text('total', 'total')).toBe('651 671');
    await page.getByTestId('choice-apply-anyway').click();
    await expect.poll(() => app.text('total', 'total')).toBe('650');
    expect(await page.getByTestId('validity').textContent()).toMatch(/^✗ Not valid/);
    const rules = await page.getByTestId('problems').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules).toEqual(['negative-total', 'share-range', 'reduction-size']);
    expect(await app.cell('total', '2031').getAttribute('class')).toMatch(/cell-breach/);
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
    // Five for 3 343 is a thousandfold change: the app asks once more before taking it.
    await expect.poll(() => app.message()).toMatch(/^Nothing was pasted yet: 1 figure would replace one about a thousand times larger or smaller\. TP2 .*, 2028: 5 for 3 343/);
    await page.getByTestId('choice-apply-anyway').click();
    await expect.poll(() => app.text('TP2', '2028')).toBe('5');
    expect(await app.text('TP2', '2029')).toBe('4 000');
  });
});
