import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('number styles and units in a real Chromium', () => {
  const open = useApp();

  it.each([
    ['document', '57 023', '36,07%', '60 000', '60 000', '654 648'],
    ['swiss', "57'023", '36.07%', "60'000", "60'000", "654'648"],
    ['english', '57,023', '36.07%', '1,060,000', '1,060,000', '1,654,648'],
  ])('shows the %s style in TP1 2028 and accepts input in it', async (style, shown, share, typed, after, total) => {
    const { app, opened } = await open();
    await opened.page.getByTestId('number-style').selectOption(style);
    await expect.poll(() => app.text('TP1', '2028')).toBe(shown);
    expect(await app.text('TP1', 'share')).toBe(share);
    await app.type('TP1', '2028', typed);
    await expect.poll(() => app.text('TP1', '2028')).toBe(after);
    expect(await app.text('total', 'total')).toBe(total);
  });

  it('shows millions with one decimal, reads typed millions exactly, and keeps the choices after a reload', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('display-unit').selectOption('millions');
    await expect.poll(() => app.text('TP1', '2028')).toBe('57,0');
    expect(await app.text('total', 'total')).toBe('651,7');
    expect(await page.getByTestId('unit').textContent()).toBe('CHF millions');
    await app.type('TP2', '2028', '3,5');
    await expect.poll(() => app.text('TP2', '2028')).toBe('3,5');
    await page.getByTestId('display-unit').selectOption('plan');
    await expect.poll(() => app.text('TP2', '2028')).toBe('3 500');
    await page.getByTestId('number-style').selectOption('english');
    await page.getByTestId('display-unit').selectOption('millions');
    await page.reload();
    await app.ready();
    expect(await app.text('TP1', '2028')).toBe('57.0');
    expect(await page.getByTestId('number-style').inputValue()).toBe('english');
  });
});
