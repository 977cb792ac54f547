import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

/** Published tables of other kinds, imported as published in a real Chromium: categories, "of which" lines, versions, several tables in one file. */

const fixture = (name: string) => readFile(new URL(`../../fixtures/import/published/${name}`, import.meta.url));

describe('published tables of other kinds, in a real Chromium', () => {
  const open = useApp();

  it('a table of costs by Sector: the Sectors are columns, each with its share of the whole under the Total; an edit moves it', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'costs-by-sector.csv', mimeType: 'text/csv', buffer: await fixture('costs-by-sector.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^7 lines over the categories GS, BR, TSB, BDT; Total: 123 100 CHF thousands\.$/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('123 100');
    // Shares of the columns under the Total, and of the rows beside it.
    expect(await app.text('column-share', 'GS')).toBe('43,99%');
    expect(await app.text('column-share', 'BDT')).toBe('27,01%');
    expect(await app.text('L1', 'share')).toBe('72,34%');
    await page.screenshot({ path: 'test-results/import-categories.png', fullPage: true });
    await app.type('L5', 'BR', '1000');
    await expect.poll(() => app.text('total', 'BR')).toBe('22 050');
    expect(await app.text('column-share', 'BR')).toBe('17,77%');
    expect(opened.errors).toEqual([]);
  });

  it('shows a category’s long heading whole, wrapped onto more lines rather than cut', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const csv = 'Costs by Sector (CHF thousands)\nObject of expenditure,Radiocommunication Sector,Telecommunication Standardization Sector,Total\nStaff,100,50,150\nTravel,10,5,15\nTotal,110,55,165\n';
    await page.getByTestId('import-table-file').setInputFiles({ name: 'long-headings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('165');
    const text = page.locator('.ag-header-cell[col-id="Telecommunication Standardization Sector"] .ag-header-cell-text');
    expect(await text.textContent()).toBe('Telecommunication Standardization Sector');
    // Not cut: the whole text fits the width it has (an ellipsis would leave it wider than shown).
    expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(opened.errors).toEqual([]);
  });

  it('“of which” lines are shown under their line and added into nothing; the real and zero real growth versions open as the table and a scenario compared with it', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'budget-of-which.csv', mimeType: 'text/csv', buffer: await fixture('budget-of-which.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^4 lines, 3 “of which” lines shown and not added, over 2026, 2027; Total 2026-2027: 319 200/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('319 200');
    expect(await page.locator('.ag-row[row-id="M1"]').getAttribute('class')).toMatch(/row-memo/);
    await app.type('M1', '2026', '20000');
    await expect.poll(() => app.text('M1', '2026')).toBe('20 000');
    expect(await app.text('total', 'total')).toBe('319 200');

    await page.getByTestId('import-table-file').setInputFiles({ name: 'pb.csv', mimeType: 'text/csv', buffer: await fixture('programme-budget-growth-versions.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/Other versions, each a scenario: “Zero real growth”\.$/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('124 300');
    expect(await page.getByTestId('scenario-select').locator('option:checked').textContent()).toMatch(/Zero real growth/);
    // Compared with the table, only its own rows: it has no Subtotal or reduction to show.
    await app.showTab('compare');
    await page.locator('[data-testid="compare-table"] tr[data-row="total"]').waitFor();
    expect(await page.locator('[data-testid="compare-table"] tr[data-row="reduction"], [data-testid="compare-table"] tr[data-row="subtotal"]').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });

  it('a file of two tables: the first read, the second chosen', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'annexes.csv', mimeType: 'text/csv', buffer: await fixture('two-tables-blocks.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/Total 2026-2027: 361 300/);
    await page.getByTestId('import-table-choice').selectOption({ label: 'Table 2. Expenses by Sector' });
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^3 lines over 2026, 2027; Total 2026-2027: 285 000/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('285 000');
    expect(await page.getByTestId('import-table-choice').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });
});

describe('a financial plan with its variance, in a real Chromium', () => {
  const open = useApp();

  it('keeps the variance and variance % as columns derived from the two periods, shows no Subtotal of a table without a deduction, and an edit moves both', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'variance.csv', mimeType: 'text/csv', buffer: await fixture('financial-plan-variance.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/Changes derived from now on: “Variance”, “Variance %”\.$/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'variance')).toBe('5 780');
    expect(await app.text('total', 'variance-pct')).toBe('1,60%');
    expect(await page.locator('.ag-row[row-id="subtotal"]').count()).toBe(0);
    expect(await page.locator('.ag-row[row-id="reduction"]').count()).toBe(0);
    await app.type('L3', '2026-2027', '1800');
    await expect.poll(() => app.text('L3', 'variance')).toBe('-600');
    expect(await app.text('L3', 'variance-pct')).toBe('-25,00%');
    expect(await app.text('total', 'variance')).toBe('5 680');
    await page.screenshot({ path: 'test-results/import-variance.png', fullPage: true });
    expect(opened.errors).toEqual([]);
  });
  it('a line below zero as published is an adjustment: it takes a figure below zero, another line does not, and the share rule leaves it be', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.getByTestId('import-table-file').setInputFiles({ name: 'estimates.csv', mimeType: 'text/csv', buffer: await fixture('estimates-exchange-adjustment.csv') });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toMatch(/Rows 7, 8 \(“Exchange rate adjustment”, “Transfer to the Working Capital Fund”\) are read as adjustments/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', '2026')).toBe('58 950');
    expect(await app.text('L3', '2026')).toBe('-1 150');
    await app.type('L3', '2027', '-80');
    await expect.poll(() => app.text('total', '2027')).toBe('61 170');
    await app.type('L1', '2027', '-5');
    await expect.poll(() => app.message()).toMatch(/^L1 Staff costs, 2027: refused, .*cannot be negative/);
    expect(await app.text('L1', '2027')).toBe('49 100');
    // An adjustment's share below zero breaks no rule: the scenario is valid.
    await expect.poll(() => page.getByTestId('validity').textContent()).toMatch(/^✓ Valid/);
    expect(opened.errors).toEqual([]);
  });
});
