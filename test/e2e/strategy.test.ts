import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('the strategic side in a real Chromium', () => {
  const open = useApp();

  it('shows the outcomes and goals of the priority in focus beside its figures', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP3', '2029').click();
    await expect.poll(() => page.getByTestId('strategy-plan-name').textContent()).toBe('Inclusive and secure telecommunication/ICT infrastructure and services');
    expect(await page.getByTestId('strategy-outcomes').locator('li').count()).toBe(8);
    expect(await page.getByTestId('strategy-figures').textContent()).toMatch(/^2028-2031: 191 560 CHF thousands, 29,40% of Total · 2028-2029: 95 193 · 2030-2031: 96 367$/);
    await page.getByTestId('strategy-select').selectOption('TP2');
    expect(await page.getByTestId('strategy-outcomes').locator('li').count()).toBe(3);
    expect(await page.getByTestId('strategy-panel').textContent()).toContain('Alternative wording: “Global ICT Interoperability”');
  });
});
