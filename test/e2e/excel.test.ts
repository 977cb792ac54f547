import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/browser';

describe('Excel in a real Chromium', () => {
  const open = useApp();

  it('exports a scenario to a workbook whose figures and formulas are those shown', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('transfer', { from: 'TP1', to: 'TP3', amount: '5 000' }, { years: ['2030'], rationale: '=to fund cyber' });
    await page.getByTestId('open-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('appendix-a-2028-2031-Proposal-1.xlsx');
    const workbook = XLSX.read(await readFile((await download.path())!), { type: 'buffer', cellFormula: true });
    expect(workbook.SheetNames).toEqual(['Published baseline 2028-2031', 'Financial plan', 'Proposal 1', 'FP Proposal 1', 'Δ Proposal 1', 'Proposal', 'Notes']);
    const sheet = workbook.Sheets['Proposal 1']!;
    // Rows 6–13 hold TP1…TP5, Subtotal, reduction, Total; columns C…J the years, biennia, total and share.
    const columns = ['2028', '2029', '2028-2029', '2030', '2031', '2030-2031', 'total', 'share'];
    const rows = ['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total'];
    for (const [i, rowId] of rows.entries()) {
      for (const [k, columnId] of columns.entries()) {
        const cell = sheet[XLSX.utils.encode_cell({ r: 5 + i, c: 2 + k })] as XLSX.CellObject;
        const shown = await app.text(rowId, columnId);
        const written =
          columnId === 'share'
            ? `${(Math.round(Number(cell.v) * 10000) / 100).toFixed(2).replace('.', ',')}%`
            : String(cell.v).replace(/^(-?)(\d+)$/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
        expect(`${rowId} ${columnId} ${written}`).toBe(`${rowId} ${columnId} ${shown}`);
      }
    }
    expect(sheet.I8!.f).toBe('SUM(C8,D8,F8,G8)');
    const proposal = XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets.Proposal!, { header: 1 });
    expect(proposal[1]).toEqual(expect.arrayContaining(['Proposal 1', 1, 'Move 5 000 from TP1 to TP3 in 2030', "'=to fund cyber"]));
  });

  it('imports a CSV with semicolons and decimal commas through the preview, as one undoable change', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const csv = [
      'code;name;kind;2028;2029;2030;2031;2028-2029;2030-2031;total;share',
      'TP1;Spectrum and satellite orbits;line;60 000,0;57 080;58 237;62 703;117 080;120 940;238 020;36,36',
      'TP2;International numbering resources;line;3 343;3 243;3 301;3 291;6 586;6 592;13 178;2,01',
      'TP3;Inclusive and secure infrastructure and services;line;48 068;47 125;47 965;48 402;95 193;96 367;191 560;29,26',
      'TP4;Digital applications;line;21 029;20 323;20 737;20 675;41 352;41 412;82 764;12,64',
      'TP5;Enabling environment;line;33 697;33 727;34 189;34 933;67 424;69 122;136 546;20,95',
      'reduction;Progressive global reduction;reduction;(1 000);−1 605;-2 105;-2 710;-2 605;-4 815;-7 420;-1,13',
    ].join('\r\n');
    await page.getByTestId('import-table-file').setInputFiles({ name: 'council-draft.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toBe('1 figure would change:');
    expect(await page.getByTestId('import-changes').locator('tbody tr').allTextContents()).toEqual(['TP1202857 02360 000']);
    expect(await page.getByTestId('import-mismatches').textContent()).toMatch(/row 6, column 11 \(share\) \([^)]+\): the file says 20,95, computed 20,86%/);
    expect(await app.text('TP1', '2028')).toBe('57 023');

    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('TP1', '2028')).toBe('60 000');
    expect(await app.text('total', 'total')).toBe('654 648');
    await expect.poll(() => app.scenarioName()).toBe('council-draft');
    expect(await app.entries()).toHaveLength(1);
    await page.getByTestId('undo').click();
    await expect.poll(() => app.text('TP1', '2028')).toBe('57 023');
  });

  it('refuses a malformed CSV with its row and column, and changes nothing', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const csv = 'code;name;2028;2029;2030;2031\r\nTP1;x;57 023;abc;1;2\r\n';
    await page.getByTestId('import-table-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => app.message()).toMatch(/^broken\.csv cannot be imported: row 2, column 4 \(2029\): “abc” contains 'a'.*Nothing was imported\./);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await app.text('total', 'total')).toBe('651 671');
  });

  it('copies a block of cells as tab-separated text and pastes a 3 × 4 block from Excel as one undoable change', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.cell('TP1', '2028').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.locator('.cell-selected').count()).toBe(4);
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('57023\t57080\r\n3343\t3243');

    // As Excel puts a block on the clipboard: tab-separated, CRLF, a final line break.
    await page.evaluate(() => navigator.clipboard.writeText('50 000\t51 000\t52 000\t53 000\r\n3 000\t3 100\t3 200\t3 300\r\n40 000\t41 000\t42 000\t43 000\r\n'));
    await app.cell('TP1', '2028').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => app.text('TP3', '2031')).toBe('43 000');
    expect(await Promise.all(['2028', '2029', '2030', '2031'].map((y) => app.text('TP2', y)))).toEqual(['3 000', '3 100', '3 200', '3 300']);
    expect(await app.text('TP1', '2028-2029')).toBe('101 000');
    expect(await app.text('subtotal', 'total')).toBe(String(206000 + 12600 + 166000 + 82764 + 136546).replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
    await page.getByTestId('undo').click();
    await expect.poll(() => app.text('TP3', '2031')).toBe('48 402');
    expect(await app.text('TP1', '2028')).toBe('57 023');
  });

  it('refuses a pasted block with a bad cell, naming it, and can paste only the valid cells', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await page.evaluate(() => navigator.clipboard.writeText('20 000\tabc\r\n30 000\t31 000\r\n'));
    await app.cell('TP4', '2030').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => app.message()).toMatch(/Nothing was pasted: 1 of 4 cells are not amounts\. TP4 Digital applications, 2031: “abc”/);
    expect(await app.text('TP4', '2030')).toBe('20 737');
    await page.getByTestId('paste-valid-only').click();
    await expect.poll(() => app.text('TP4', '2030')).toBe('20 000');
    expect(await app.text('TP4', '2031')).toBe('20 675');
    expect(await app.text('TP5', '2031')).toBe('31 000');
  });

  it('imports an exported workbook back through the reader in its worker, and refuses a fake one', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    await app.applyOperation('setShare', { line: 'TP4', share: '15' });
    await expect.poll(() => app.text('TP4', 'share')).toBe('15,00%');
    await page.getByTestId('open-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    const bytes = await readFile((await download.path())!);
    await page.getByTestId('scenario-select').selectOption('');
    await expect.poll(() => app.text('TP4', 'share')).toBe('12,70%');

    await page.getByTestId('import-table-file').setInputFiles({ name: 'returned.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.locator('#import-title').textContent()).toBe('Import returned.xlsx, sheet “Proposal 1”: preview');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^\d+ figures would change:$/);
    expect(await page.getByTestId('import-mismatches').count()).toBe(0);
    // Its other sheets with figures can be read instead: the baseline's, the financial plans', the comparison's.
    const sheets = await page.getByTestId('import-sheet-choice').locator('option').allTextContents();
    expect(sheets).toEqual(expect.arrayContaining(['Published baseline 2028-2031', 'Proposal 1', 'Financial plan']));
    await page.getByTestId('import-sheet-choice').selectOption({ label: 'Financial plan' });
    await expect.poll(async () => page.locator('#import-title').textContent()).toBe('Import returned.xlsx, sheet “Financial plan”: preview');
    await page.getByTestId('import-sheet-choice').selectOption({ label: 'Proposal 1' });
    await expect.poll(async () => page.locator('#import-title').textContent()).toBe('Import returned.xlsx, sheet “Proposal 1”: preview');
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('TP4', 'share')).toBe('15,00%');
    await expect.poll(() => app.scenarioName()).toBe('returned');

    await page.getByTestId('import-table-file').setInputFiles({ name: 'fake.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 7)]) });
    await expect.poll(() => app.message()).toMatch(/^fake\.xlsx cannot be imported: it is not a workbook this app can read/);
    expect(await app.text('TP4', 'share')).toBe('15,00%');
    expect(opened.errors).toEqual([]);
  });

  it('refuses every file of the malformed corpus with a message, without hanging or breaking the page', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const folder = new URL('../../fixtures/import/malformed/', import.meta.url);
    for (const file of readdirSync(folder)) {
      await page.getByTestId('dismiss-message').click({ timeout: 100 }).catch(() => undefined);
      await page.getByTestId('import-table-file').setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer: await readFile(new URL(file, folder)) });
      await expect.poll(() => app.message(), { timeout: 20_000 }).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* cannot be imported: .+Nothing was imported\\.$`));
      expect(await page.getByTestId('import-preview').count()).toBe(0);
    }
    expect(await app.text('total', 'total')).toBe('651 671');
    expect(await page.getByTestId('scenario-select').locator('option').count()).toBe(1);
    expect(opened.errors).toEqual([]);
  }, 180_000);

  it('opens a table of 7 years with a heading summing two lines as a plan of its own, and computes it', async () => {
    const { app, opened } = await open();
    const { page } = opened;
    const file = await readFile(new URL('../../fixtures/import/valid/mff-7-years.csv', import.meta.url));
    await page.getByTestId('import-table-file').setInputFiles({ name: 'mff-7-years.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^4 lines and 1 heading summing some of them over 2028, 2029, 2030, 2031, 2032, 2033, 2034; Total 2028-2034: /);
    await page.getByTestId('import-accept').click();
    await expect.poll(() => app.text('H1', '2028')).toBe('67 023,0');
    expect(await app.text('H1', '2034')).toBe('12 000,5');
    expect(await app.text('H1.1', '2032')).toBe('0,0');
    expect(await app.text('reduction', 'total')).toBe('-7 000,0');
    expect(await app.scenarioName()).toBe('Imported from mff-7-years.csv (read-only)');
    await app.type('H1.2', '2030', '12 000');
    await expect.poll(() => app.text('H1', '2030')).toBe('70 237,0');
    await page.getByTestId('scenario-select').selectOption('');
    await expect.poll(() => app.text('TP1', '2028')).toBe('57 023');
    await expect.poll(() => app.text('total', 'total')).toBe('651 671');
    expect(opened.errors).toEqual([]);
  });
});
