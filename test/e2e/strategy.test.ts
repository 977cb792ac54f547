import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('the strategic side in a real Chromium', () => {
  const open = useApp();

  it('shows the outcomes and goals of the priority in focus beside its figures', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP3', '2029').click();
    await app.showTab('strategy');
    await expect.poll(() => page.getByTestId('strategy-plan-name').textContent()).toBe('Inclusive and secure telecommunication/ICT infrastructure and services');
    expect(await page.getByTestId('strategy-outcomes').locator('li').count()).toBe(8);
    expect(await page.getByTestId('strategy-figures').textContent()).toMatch(/^2028-2031: 191 560 CHF thousands, 29,40% of Total · 2028-2029: 95 193 · 2030-2031: 96 367$/);
    await page.getByTestId('strategy-select').selectOption('TP2');
    expect(await page.getByTestId('strategy-outcomes').locator('li').count()).toBe(3);
    expect(await page.getByTestId('strategy-panel').textContent()).toContain('Alternative wording: “Global ICT Interoperability”');
  });

  it('breaks TP3 into its outcomes; editing one moves TP3, Subtotal, Total and the shares', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP3', '2028').click();
    await app.showTab('strategy');
    await page.getByTestId('break-down').click();
    await expect.poll(() => app.text('TP3.1', '2028')).toBe('6 009');
    expect(await page.getByTestId('toggle-TP3').isVisible()).toBe(true);
    expect(await Promise.all(['TP3.4', 'TP3.5', 'TP3.8'].map((id) => app.text(id, '2028')))).toEqual(['6 009', '6 008', '6 008']);
    expect(await app.text('TP3', 'total')).toBe('191 560');
    expect(await page.getByTestId('strategy-outcomes').textContent()).toMatch(/Enhanced connectivity and access for all to fixed and mobile broadband services\. — 23 947 CHF thousands/);

    await app.type('TP3.1', '2028', '10 000');
    await expect.poll(() => app.text('TP3', '2028')).toBe('52 059');
    expect(await app.text('subtotal', '2028')).toBe('167 151');
    expect(await app.text('total', 'total')).toBe('655 662');
    expect(await app.text('TP3', 'share')).toBe('29,82%');
    expect(await app.text('TP1', 'share')).toBe('35,85%');

    // Editing the priority passes the change on to its outcomes in proportion.
    const outcomes2029 = () => Promise.all(['TP3.1', 'TP3.2', 'TP3.3', 'TP3.4', 'TP3.5', 'TP3.6', 'TP3.7', 'TP3.8'].map((id) => app.text(id, '2029')));
    expect(await app.text('TP3', '2029')).toBe('47 125');
    expect(await outcomes2029()).toEqual(['5 891', '5 891', '5 891', '5 891', '5 891', '5 890', '5 890', '5 890']);
    await app.type('TP3', '2029', '50 000');
    await expect.poll(() => app.text('TP3', '2029')).toBe('50 000');
    expect(await outcomes2029()).toEqual(['6 251', '6 251', '6 251', '6 250', '6 250', '6 249', '6 249', '6 249']);
    await page.getByTestId('toggle-TP3').click();
    await expect.poll(() => app.cell('TP3.1', '2028').count()).toBe(0);
    expect(await app.text('TP3', '2028')).toBe('52 059');
    await page.getByTestId('toggle-TP3').click();
    await expect.poll(() => app.cell('TP3.1', '2028').count()).toBe(1);

    await page.getByTestId('merge-outcomes').click();
    await expect.poll(() => app.cell('TP3.1', '2028').count()).toBe(0);
    expect(await app.text('TP3', '2028')).toBe('52 059');
    expect(opened.errors).toEqual([]);
  });
});
