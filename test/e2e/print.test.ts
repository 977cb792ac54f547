import { describe, expect, it } from 'vitest';
import { asDocumentText, readReference } from '../support/reference';
import { useApp } from './support/browser';

describe('print in a real Chromium', () => {
  const open = useApp();

  it('prints the scenario like Appendix A, then its changes, with no controls', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'], rationale: 'to fund cybersecurity' });
    await expect.poll(() => app.text('TP3', '2030')).toBe('52 965');
    await page.getByTestId('open-print-view').click();
    const view = page.getByTestId('print-view');
    await view.waitFor();
    expect(await view.locator('h1').textContent()).toBe('Allocation of resources – Linkage between the 2028-2031 strategic and financial plans');
    expect(await view.locator('tr[data-row="TP3"] td[data-col="2030"]').textContent()).toBe('52 965');
    expect(await view.locator('tr[data-row="total"] td[data-col="total"]').textContent()).toBe('651 671');
    expect(await view.locator('.print-note').textContent()).toMatch(/approximately CHF 650 million/);
    expect(await view.locator('.print-proposal li').allTextContents()).toEqual(['Move 5 000 from TP1 to TP3 in 2030 — to fund cybersecurity']);

    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/print-view.png', fullPage: true });
    expect(await page.locator('button:visible, select:visible, input:visible, .ag-root:visible').count()).toBe(0);
    expect(await view.isVisible()).toBe(true);
    const rowBreaks = await view.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).breakInside);
    expect(rowBreaks).toBe('avoid');
  });

  it('prints the published table from the workspace itself, every figure as in the document', async () => {
    const { opened } = await open();
    const { page } = opened;
    const view = page.getByTestId('print-view');
    expect(await view.count()).toBe(0); // not kept in the page while nobody prints
    await page.emulateMedia({ media: 'print' });
    await view.waitFor();
    expect(await view.isVisible()).toBe(true);
    expect(await page.locator('.ag-root:visible, button:visible').count()).toBe(0);
    for (const row of readReference()) {
      for (const [column, figure] of row.figures) {
        expect(`${row.code} ${column} ${await view.locator(`tr[data-row="${row.code}"] td[data-col="${column}"]`).textContent()}`).toBe(
          `${row.code} ${column} ${asDocumentText(column, figure)}`,
        );
      }
    }
    expect(await view.locator('.print-proposal').count()).toBe(0);
  });
});
