import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

/** Correcting how a file is read, in the preview, as a person does it from the keyboard and the mouse. */

const fixture = new URL('../../fixtures/import/published/total-not-named.csv', import.meta.url);

describe('how an imported file is read, corrected in a real Chromium', () => {
  const open = useApp();

  it('marks a row as the Total, opens the table, and reads the next edition of the file the same way', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // Its Total written first, above its lines: no rule reads it so (as the last row, the sum of those above it, it is read as the Total).
    const text = (await readFile(fixture, 'utf8')).replace('\nAll programmes,8 000,8 350', '').replace('Programme,2026,2027\n', 'Programme,2026,2027\nAll programmes,8 000,8 350\n');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'eb-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByTestId('import-preview').waitFor();
    // As detected, "All programmes" is a line like the others: the Total counts everything twice.
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/Total 2026-2027: 32 700 USD thousands/);
    await page.getByTestId('import-layout-summary').click();
    await page.getByTestId('import-row-number').fill('99');
    expect(await page.getByTestId('import-row-range').textContent()).toBe('A row below the headings: 5 to 10.');
    expect(await page.getByTestId('import-row-set').isDisabled()).toBe(true);
    await page.getByTestId('import-row-number').fill('5');
    await page.getByTestId('import-row-role').selectOption('total');
    await page.getByTestId('import-row-set').click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^3 lines over 2026, 2027; Total 2026-2027: 16 350 USD thousands/);
    expect(await page.getByTestId('import-rows').textContent()).toMatch(/Row 5 \(All programmes · 8 000 · 8 350\): Total/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('total', 'total')).toBe('16 350');
    expect(await page.getByTestId('import-layout').count()).toBe(0);

    const next = text.replace('2026,2027', '2028,2029').replace('All programmes,8 000,8 350', 'All programmes,9 000,9 350').replace('Digital inclusion,2 650,2 700', 'Digital inclusion,2 650,2 700\nCybersecurity,1 000,1 000');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'eb-2028.csv', mimeType: 'text/csv', buffer: Buffer.from(next) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^4 lines over 2028, 2029; Total 2028-2029: 18 350 USD thousands/);
    expect(await page.getByTestId('import-preview').textContent()).toMatch(/Read with the layout you chose for a file of this shape before/);
    expect(opened.errors).toEqual([]);
  });

  it('reads another version as the table’s, and columns marked as another version, from the layout panel', async () => {
    const { opened } = await open();
    const { page } = opened;
    const versions = await readFile(new URL('../../fixtures/import/published/programme-budget-growth-versions.csv', import.meta.url), 'utf8');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'pb.csv', mimeType: 'text/csv', buffer: Buffer.from(versions) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/Total 2026-2027: 128 400 CHF thousands/);
    await page.getByTestId('import-layout-summary').click();
    await page.getByTestId('import-version').selectOption('Zero real growth');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/Total 2026-2027: 124 300 CHF thousands.*Other versions, each a scenario: “Real growth”/);
    await page.getByTestId('import-cancel').click();

    const csv = 'Item,2026,2027,ZRG,ZRG\nStaff,100,110,95,100\nTravel,20,22,20,21\nTotal,120,132,115,121\n';
    await page.getByTestId('import-table-file').setInputFiles({ name: 'zrg.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-layout-summary').click();
    await page.getByTestId('import-column-3').selectOption('version');
    await page.getByTestId('import-column-4').selectOption('version');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/Other versions, each a scenario: “ZRG”/);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => opened.page.getByTestId('scenario-select').textContent()).toMatch(/ZRG/);
    expect(opened.errors).toEqual([]);
  });

  it('opens a table with a change column over a plan with deductions without stopping the page', async () => {
    const { opened } = await open();
    const { page } = opened;
    const support = 'Support budget 2026-2027 (EUR thousands),,,\nItem,2026,2027,Total\nStaff,5 000,5 200,10 200\nTravel,400,420,820\nGross budget,5 400,5 620,11 020\nLess: vacancy factor,250,260,510\nLess: efficiency savings,100,150,250\nNet budget,5 050,5 210,10 260\n';
    // Periods that are biennia, and a change of the last two: the grid took the new columns while it still held the old rows.
    const resources = 'Resource requirements (thousands of United States dollars),,,,\nComponent,2018-2019,2020-2021,2022-2023,Change\nExecutive direction,"2,400","2,500","2,600",100\nProgramme of work,"12,000","12,600","13,100",500\nProgramme support,"3,100","3,000","3,050",50\nTotal,"17,500","18,100","18,750",650\n';
    for (const [name, text] of [['support.csv', support], ['resources.csv', resources]] as const) {
      await page.getByTestId('import-table-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await page.getByTestId('import-preview').waitFor();
      await page.getByTestId('import-accept').click();
      await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    }
    const total = page.locator('.ag-row[row-id="total"] .ag-cell[col-id="2022-2023"]');
    await expect.poll(() => total.textContent()).toBe('18 750');
    expect(await page.locator('.ag-row[row-id="total"] .ag-cell[col-id="change"]').textContent()).toBe('650');
    expect(opened.errors).toEqual([]);
  });

  it('offers a refused file for correction: the heading row and a column of periods named among other words', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    // A title line that looks like a heading row of two years: the rows under it are not figures.
    const csv = 'Staffing table;2026;2027\r\nUnit;Description;Posts 2026;Posts 2027\r\nGS;General Secretariat;10;11\r\nBR;Radiocommunication Bureau;5;6\r\n';
    await page.getByTestId('import-table-file').setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => app.message()).toMatch(/^posts\.csv cannot be imported: .*“Description”.*Nothing was imported\.$/);
    await page.getByTestId('import-layout').waitFor();
    expect(await page.getByTestId('import-layout-problems').textContent()).toMatch(/row 2, column 2 \(2026\)/);
    // The heading row chosen, its periods named among other words ("Posts 2026") are read as the periods.
    await page.getByTestId('import-header').selectOption({ label: 'row 2: Unit · Description · Posts 2026 · Posts 2027' });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^2 lines over 2026, 2027; Total 2026-2027: 32 CHF thousands/);
    // The file does not say what its figures are in: the person says it.
    await page.getByTestId('import-unit').fill('posts');
    await page.getByTestId('import-unit').press('Enter');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/Total 2026-2027: 32 posts\.$/);
    // Nothing changed until the person accepts.
    expect(await app.text('total', 'total')).toBe('651 671');
    await page.getByTestId('import-cancel').click();
    expect(await page.getByTestId('import-layout').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });
});
