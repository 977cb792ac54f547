import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

/** Serious and critical findings of axe-core on the page as it is. */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility and the keyboard in a real Chromium', () => {
  const open = useApp();

  it('has no serious or critical axe finding on any view', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    expect(await seriousFindings(page)).toEqual([]);
    await app.applyOperation('setShare', { line: 'TP2', share: '3' }, { rationale: 'numbering' });
    await app.showTab('charts');
    await page.getByTestId('chart-effect').waitFor();
    await page.getByTestId('open-export').click();
    expect(await seriousFindings(page)).toEqual([]);
    const csv = 'code,name,2028,2029,2030,2031\r\nTP1,a,1,2,3,4\r\nTP2,b,1,2,3,4\r\nTP3,c,1,2,3,4\r\nTP4,d,1,2,3,4\r\nTP5,e,1,2,3,4\r\n';
    await page.getByTestId('import-table-file').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('open-print-view').click();
    await page.getByTestId('print-view').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
  });

  it('works like Excel from the keyboard: arrows, typing replaces, Enter moves down, F2 edits, Esc cancels, Tab moves on', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const focused = () => page.evaluate(() => {
      const cell = document.activeElement?.closest('[col-id]');
      return `${cell?.closest('[row-id]')?.getAttribute('row-id')} ${cell?.getAttribute('col-id')}`;
    });
    await app.cell('TP1', '2028').click();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('TP1 2029');
    await page.keyboard.type('60000');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.text('TP1', '2029')).toBe('60 000');
    expect(await focused()).toBe('TP2 2029');
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.type('9');
    expect(await app.editor().inputValue()).toBe('32439');
    await page.keyboard.press('Escape');
    await app.editor().waitFor({ state: 'detached' });
    await expect.poll(() => app.text('TP2', '2029')).toBe('3 243');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('TP2 2028-2029');
    // Tab after typing commits and moves right, as in Excel, without opening the next cell.
    await app.cell('TP3', '2028').click();
    await page.keyboard.type('50000');
    await page.keyboard.press('Tab');
    await expect.poll(() => app.text('TP3', '2028')).toBe('50 000');
    expect(await focused()).toBe('TP3 2029');
    expect(await app.editor().count()).toBe(0);
    // Every control has a visible focus ring.
    await page.getByTestId('new-scenario').focus();
    const outline = await page.getByTestId('new-scenario').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
