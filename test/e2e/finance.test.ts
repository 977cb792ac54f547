import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { writeFinanceCsv } from '../../src/io/financeCsv';
import { computeTable } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { useApp } from './support/browser';

/** The financial plan beside Appendix A, in a real Chromium: revenue against expenditure, balanced exactly. */

const finance = (rowId: string, columnId: string) => `[data-testid="financial-plan"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${columnId}"]`;

describe('the financial plan, in a real Chromium', () => {
  const open = useApp();

  it('moves balance and indicator by exactly an Appendix A edit and a unit value edit; solves the unit value', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const text = async (rowId: string, columnId: string) => ((await page.locator(finance(rowId, columnId)).textContent()) ?? '').trim();
    const tab = page.getByRole('tab', { name: /Financial plan/ });
    await tab.click();
    await page.locator(finance('balance', 'total')).waitFor();
    expect(await text('revenue-total', 'total')).toBe('657 098');
    expect(await text('expenditure', 'total')).toBe('651 671');
    expect(await text('balance', 'total')).toBe('5 427');
    expect(await text('balance', '2028-2029')).toBe('4 483');
    expect(await text('A1', '2028')).toBe('104 940');
    expect(await page.getByTestId('finance-note').textContent()).toMatch(/^Illustrative figures/);
    expect(await app.envelope()).toBe('Total 2028-2031 651 671 – revenue 657 098: surplus 5 427');

    // Appendix A's TP1 2030 up by 1 000: expenditure up by 1 000, the balance and the indicator down by as much.
    await app.type('TP1', '2030', '59 237');
    await expect.poll(() => text('expenditure', 'total')).toBe('652 671');
    expect(await text('balance', 'total')).toBe('4 427');
    expect(await text('balance', '2030')).toBe('-56');
    expect(await app.envelope()).toBe('Total 2028-2031 652 671 – revenue 657 098: surplus 4 427');

    // The unit value of 2031 up by CHF 2 000: 330 units and 230 at 1/5 bring 660 + 92 = 752 more.
    const unitValue = page.getByTestId('parameter-unit-value-2031');
    await unitValue.fill('320 000');
    await unitValue.press('Enter');
    await expect.poll(() => text('balance', 'total')).toBe('5 179');
    expect(await text('A1', '2031')).toBe('105 600');
    expect(await text('A2', '2031')).toBe('14 720');
    expect(await app.envelope()).toBe('Total 2028-2031 652 671 – revenue 657 850: surplus 5 179');

    // A figure that reads two ways is refused, naming the cell; nothing changes.
    await unitValue.fill('320,000');
    await unitValue.press('Enter');
    await expect.poll(() => app.message()).toMatch(/^Parameter “Contributory unit value”, 2031: “320,000” reads two ways/);
    expect(await text('balance', 'total')).toBe('5 179');

    // Solved: the smallest unit value in steps of 1 000 whose revenue covers 652 671 over the period.
    await page.getByTestId('solve-unit-value').click();
    await expect.poll(() => page.getByTestId('parameter-unit-value-2028').inputValue()).toBe('316 000');
    expect(await text('balance', 'total')).toBe('1 419');
    expect(await app.message()).toMatch(/unit value is 316 000 .* with 1 419 to spare/);
    await page.screenshot({ path: 'test-results/financial-plan.png', fullPage: true });

    // Compare: revenue, expenditure and balance against the published baseline.
    await app.showTab('compare');
    const difference = (rowId: string) => page.locator(`[data-testid="compare-finance"] tr[data-row="${rowId}"] td[data-col="total"]`).textContent();
    expect(await difference('expenditure')).toBe('+1 000');
    expect(await difference('balance')).toBe('-4 008');
    expect(await difference('revenue-total')).toBe('-3 008');
    await tab.click();

    // The drawdown closes 2030's gap; undo takes it back.
    await page.getByTestId('solve-drawdown').click();
    await expect.poll(() => text('E1', '2030')).not.toBe('0');
    expect(await text('balance', '2030')).toBe('0');
    await page.getByTestId('undo').click();
    await expect.poll(() => text('E1', '2030')).toBe('0');
    expect(opened.errors).toEqual([]);
  });

  it('takes a revenue amount typed in its grid cell, and makes a zero nominal growth scenario from the recosting boxes', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const text = async (rowId: string, columnId: string) => ((await page.locator(finance(rowId, columnId)).textContent()) ?? '').trim();
    await page.getByRole('tab', { name: /Financial plan/ }).click();
    await page.locator(finance('B2', '2029')).click();
    await page.keyboard.type('18 000');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('B2', '2029')).toBe('18 000');
    expect(await text('balance', 'total')).toBe('5 927');
    // F2 opens the figure without its group separator, as Excel does: a digit added makes a figure.
    await page.locator(finance('B2', '2029')).click();
    await page.keyboard.press('F2');
    expect(await page.locator(`${finance('B2', '2029')} input`).inputValue()).toBe('18000');
    await page.keyboard.press('Escape');
    await page.getByTestId('inflation-2029').fill('2');
    await page.getByTestId('preset-zero-nominal-growth').click();
    await expect.poll(() => app.scenarioName()).toBe('Zero nominal growth');
    // Every year's Total stays as published; the lines are recosted and the reduction absorbs it.
    expect(await app.text('total', '2029')).toBe('159 893');
    expect(await app.text('subtotal', '2029')).toBe('164 728');

    // From 2028 carried forward, TP1 alone recosted: every later year's Total is 2028's.
    await app.showTab('finance');
    await page.getByTestId('preset-base').selectOption('2028');
    await page.getByTestId('preset-lines').selectOption(['TP1']);
    await page.getByTestId('preset-zero-nominal-growth').click();
    await expect.poll(() => app.scenarioName()).toBe('Zero nominal growth from 2028 on TP1');
    expect(await app.text('total', '2031')).toBe('162 160');
    expect(await app.text('TP2', '2031')).toBe('3 343');

    // A class typed as a fraction, exactly; the period's drawdown closes only the period's gap.
    const units = page.getByTestId('parameter-ms-units-2031');
    await units.fill('290 1/16');
    await units.press('Enter');
    await expect.poll(() => text('A1', '2031')).toBe('92 239,875');
    await page.getByTestId('solve-drawdown-period').click();
    // The gap rounded up to the plan's unit (a thousand francs): what is left is under one.
    await expect.poll(() => text('balance', 'total')).toBe('0,875');
    expect(await app.message()).toMatch(/^Drawdown from the Reserve Account: .*revenue now covers expenditure over 2028-2031/);
    expect(opened.errors).toEqual([]);
  });

  it('keeps every figure typed across a revenue row at once after Tab, explains a computed figure, clears one on Delete, and keeps the focus on a refused one', async () => {
    const { opened } = await open();
    const { page } = opened;
    const text = async (rowId: string, columnId: string) => ((await page.locator(finance(rowId, columnId)).textContent()) ?? '').trim();
    const focused = () => page.evaluate(() => { const cell = document.activeElement?.closest('[col-id]'); return cell ? `${cell.closest('[row-id]')?.getAttribute('row-id')}/${cell.getAttribute('col-id')}` : ''; });
    await page.getByRole('tab', { name: /Financial plan/ }).click();
    // As fast as keys come: Tab commits and moves on without opening the next cell, whose editor AG Grid would select
    // again in a timer after mounting it, over the first digits typed. Tab passes over the biennium, which is computed.
    for (const [row, figures] of [['B1', ['20 001', '20 112', '', '20 223', '20 334']], ['B3', ['22 001', '22 112', '', '22 223', '22 334']]] as const) {
      await page.locator(finance(row, '2028')).click();
      for (const [i, figure] of figures.entries()) {
        if (figure !== '') await page.keyboard.type(figure);
        await page.keyboard.press(i === figures.length - 1 ? 'Enter' : 'Tab');
      }
    }
    await expect.poll(() => text('B3', '2031')).toBe('22 334');
    // Enter after the row's run of Tabs goes to the next row's first year, as in Excel.
    expect(await focused()).toBe('B4/2028');
    for (const [row, base] of [['B1', 20], ['B3', 22]] as const) {
      expect([await text(row, '2028'), await text(row, '2029'), await text(row, '2030'), await text(row, '2031')]).toEqual([`${base} 001`, `${base} 112`, `${base} 223`, `${base} 334`]);
    }
    // Typing on a computed figure says what it is computed from; the figure stays.
    await page.locator(finance('B1', '2028-2029')).click();
    await page.keyboard.type('5');
    await expect.poll(() => page.getByTestId('message').textContent()).toMatch(/^“Project support costs”, 2028-2029 is computed: it is the sum of 2028 and 2029/);
    expect(await text('B1', '2028-2029')).toBe('40 113');
    // Delete clears a typed figure to 0, said, as in the Appendix grid.
    await page.locator(finance('B1', '2030')).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => text('B1', '2030')).toBe('0');
    expect(await page.getByTestId('message').textContent()).toMatch(/^Revenue “Project support costs”, 2030 was cleared to 0 \(it held 20 223\)/);
    // Backspace in an editor, Enter at once: the figure typed, not a cleared cell (AG Grid tells its key event late).
    await page.locator(finance('B2', '2028')).click();
    await page.keyboard.type('17509');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('B2', '2028')).toBe('17 508');
    // A refused figure leaves the focus on its cell, to be typed again, as in the Appendix grid.
    await page.locator(finance('B2', '2030')).click();
    await page.keyboard.type('x1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('message').textContent()).toMatch(/^Revenue “Publications”, 2030: “x1”/);
    await expect.poll(focused).toBe('B2/2030');
    // Another tab and back: the grid made again shows the figures typed, not those it was first given.
    await page.getByRole('tab', { name: /Strategy/ }).click();
    await page.getByRole('tab', { name: /Financial plan/ }).click();
    await expect.poll(() => text('B3', '2031')).toBe('22 334');
    expect(await text('B2', '2028')).toBe('17 508');
    expect(opened.errors).toEqual([]);
  });

  it('imports a financial plan from a file: the revenue of the plan shown, kept on reload; a published revenue and expense table as a plan of its own', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const text = async (rowId: string, columnId: string) => ((await page.locator(finance(rowId, columnId)).textContent()) ?? '').trim();
    const plan = baselinePlan();
    const edited = writeFinanceCsv(plan.finance!, computeTable(plan), { separator: ',' }).replace('B2,Publications,line,17500,17500', 'B2,Publications,line,17500,18000');
    await app.showTab('finance');
    await page.getByTestId('import-finance-file').setInputFiles({ name: 'revenue.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await expect.poll(async () => page.getByTestId('import-finance-summary').textContent()).toMatch(/total revenue 657 598 CHF thousands, against expenditure of 651 671 CHF thousands over 2028-2031: surplus 5 927/);
    // The file's own sums (section B, Total revenue, balance) were written before the edit: listed, the computed ones used.
    expect(await page.getByTestId('import-mismatches').textContent()).toMatch(/row 27, column 5 \(2029\) \(Total revenue\): the file says 163268, computed 163 768/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.scenarioName()).toBe('Revenue of revenue.csv (read-only)');
    await expect.poll(() => text('B2', '2029')).toBe('18 000');
    expect(await text('balance', 'total')).toBe('5 927');
    // F2 opens the figure without its group separator, as Excel does: a digit added makes a figure.
    await page.locator(finance('B2', '2029')).click();
    await page.keyboard.press('F2');
    expect(await page.locator(`${finance('B2', '2029')} input`).inputValue()).toBe('18000');
    await page.keyboard.press('Escape');
    expect(await text('A1', '2028')).toBe('104 940');
    expect(await app.envelope()).toBe('Total 2028-2031 651 671 – revenue 657 598: surplus 5 927');
    await page.reload();
    await app.showTab('finance');
    await expect.poll(() => text('balance', 'total')).toBe('5 927');
    expect(await app.scenarioName()).toBe('Revenue of revenue.csv (read-only)');

    // A published revenue and expense table: its expenses the plan's lines, its revenue balanced against them.
    const published = await readFile('fixtures/import/published/financial-plan-revenue-expenses.csv');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'financial-plan.csv', mimeType: 'text/csv', buffer: published });
    await expect.poll(async () => page.getByTestId('import-finance-summary').textContent()).toMatch(/total revenue 627 698 CHF thousands, against expenditure of 626 552 CHF thousands over 2028-2031: surplus 1 146/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => text('revenue-total', '2030-2031')).toBe('315 762');
    expect(await text('expenditure', '2030-2031')).toBe('315 552');
    expect(await app.text('L1', '2028-2029')).toBe('230 000');
    await page.screenshot({ path: 'test-results/financial-plan-imported.png', fullPage: true });
    expect(opened.errors).toEqual([]);
  });
});
