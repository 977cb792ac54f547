import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('charts in a real Chromium', () => {
  const open = useApp();

  it('draws the four charts with the right values for a known scenario, loading Recharts only when shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const scripts = () => opened.requests.filter((url) => /\/assets\/Charts-.*\.js$/.test(url)).length;
    expect(scripts()).toBe(0);
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'] });
    await expect.poll(() => app.text('TP3', '2030')).toBe('52 965');
    await app.showTab('charts');
    await page.getByTestId('toggle-charts').click();
    await page.getByTestId('chart-effect').locator('.recharts-label-list').first().waitFor();
    expect(scripts()).toBe(1);

    const labels = async (id: string) =>
      (await page.getByTestId(`chart-${id}`).locator('.recharts-label-list text').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    expect(await labels('shares')).toEqual(['35,30%', '2,02%', '30,16%', '12,70%', '20,95%']);
    expect(await labels('waterfall')).toEqual(['659 091', '-7 420', '651 671']);
    const envelope = page.getByTestId('chart-waterfall').locator('text', { hasText: 'Envelope' });
    expect((await envelope.textContent())?.replace(/\u00a0/g, ' ')).toBe('Envelope 650 000');
    // A bar of zero height has no label: only the moved priorities are labelled.
    expect(await labels('effect')).toEqual(['-5 000', '+5 000', '-0,77 pp', '+0,77 pp']);
    const byYear = await labels('by-year');
    expect(byYear.filter((t) => t.startsWith('-'))).toEqual(['-1 000', '-1 605', '-2 105', '-2 710']);
    expect(byYear.filter((t) => t === 'TP3')).toHaveLength(4);

    // Live with the scenario: an edit redraws.
    await app.type('TP2', '2028', '13 343');
    await expect.poll(() => labels('waterfall')).toEqual(['669 091', '-7 420', '661 671']);
    expect(opened.errors).toEqual([]);
  });
});
