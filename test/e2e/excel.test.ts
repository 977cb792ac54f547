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
    expect(download.suggestedFilename()).toBe('appendix-a-2028-2031.xlsx');
    const workbook = XLSX.read(await readFile((await download.path())!), { type: 'buffer', cellFormula: true });
    expect(workbook.SheetNames).toEqual(['Published baseline', 'Proposal 1', 'Δ Proposal 1', 'Proposal', 'Notes']);
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
    const proposal = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.Proposal!, { header: 1 });
    expect(proposal[1]).toEqual(expect.arrayContaining(['Proposal 1', '1', 'Move 5 000 from TP1 to TP3 in 2030', "'=to fund cyber"]));
  });
});
