import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { replay, type Entry } from '../../src/model/proposal';
import { amountAt, computeTable } from '../../src/model/table';
import { readTableFile } from '../../src/io/importFile';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { workbookRows } from '../../src/io/xlsxImport';
import { baselinePlan } from '../../src/state/baseline';
import { tableText } from '../support/tableText';

const plan = baselinePlan();
const base = replay(initialState(plan), []);
const current = { plan, table: base.table };
const read = async (bytes: Uint8Array) => workbookRows(bytes);
const entry = (operation: Entry['operation']): Entry => ({ id: crypto.randomUUID(), operation, rationale: '', at: '', enabled: true });

describe('XLSX import', () => {
  it('reads a workbook the app exported back to the same figures (the scenario’s sheet)', async () => {
    const scenarioReplay = replay(initialState(plan), [
      entry({ op: 'setShare', line: 'TP4', share: new Dec(15) }),
      entry({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'subtotal' }),
    ]);
    const bytes = await workbookBytes(
      buildWorkbook({
        plan,
        baseline: base,
        scenarios: [{ scenario: { id: 's', name: 'Delegation Y', planId: null, parentId: null, createdAt: '', entries: [] }, replay: scenarioReplay }],
        style: DOCUMENT_STYLE,
        exportedAt: new Date(),
        appVersion: 'test',
      }),
    );
    const preview = await readTableFile(bytes, 'council.xlsx', current, read);
    expect(preview.source).toBe('council.xlsx, sheet “Delegation Y”');
    expect(preview.kind).toBe('changes');
    expect(preview.mismatches).toEqual([]);
    expect(tableText(preview.table)).toEqual(tableText(scenarioReplay.table));
    expect(preview.notes[0]).toMatch(/Read the sheet “Delegation Y” \(the workbook also has “Published baseline 2028-2031”/);
  });

  it('reads a plain table of lines by years, and names cells by their spreadsheet column', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Code', 'Name', '2028', '2029', '2030', '2031'],
      ['TP1', 'Spectrum', 60000, 57080, 58237, 62703],
      ['TP2', 'Numbering', 3343, 3243, 3301, 3291],
      ['TP3', 'Infrastructure', 48068, 47125, 47965, 48402],
      ['TP4', 'Applications', 21029, 20323, 20737, 20675],
      ['TP5', 'Environment', 33697, 33727, 34189, 34933],
    ]);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'Plan');
    const written = () => new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const preview = await readTableFile(written(), 'plain.xlsx', current, read);
    expect(preview.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`)).toEqual(['TP1 2028 60000']);
    expect(amountAt(preview.table, 'total', 'total').toFixed()).toBe('654648');
    // A formula's binary noise (57 080.000000000007) is read as the 15 digits Excel shows.
    sheet.D2 = { t: 'n', v: 57080 + 7e-12 };
    expect(amountAt((await readTableFile(written(), 'noise.xlsx', current, read)).table, 'TP1', '2029').toFixed()).toBe('57080');
    sheet.D2 = { t: 'n', v: 57080 };

    const refusal = () => readTableFile(written(), 'broken.xlsx', current, read).then(() => 'imported', (error: Error) => error.message);
    sheet.D3 = { t: 'n', v: 3243.5 };
    expect(await refusal()).toBe("broken.xlsx, sheet “Plan” cannot be imported: row 3, column D (2029): 3243.5 has more decimals than the plan's amounts (0).");
    // A cell that is not an amount stops the reading before precision is checked.
    // ("n/a" is how a published table says none: nil, and said; "tbd" is no figure.)
    sheet.E4 = { t: 's', v: 'tbd' };
    expect(await refusal()).toBe("broken.xlsx, sheet “Plan” cannot be imported: row 4, column E (2030): “tbd” contains 't', which is not part of an amount.");
  });

  it('refuses a truncated workbook and a fake one with a message', async () => {
    const good = await workbookBytes(buildWorkbook({ plan, baseline: base, scenarios: [], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't' }));
    await expect(readTableFile(good.subarray(0, good.length >> 1), 'half.xlsx', current, read)).rejects.toThrow(/half\.xlsx cannot be imported: it is damaged or not an Excel workbook/);
    expect(computeTable(plan).rows).toHaveLength(8);
  });
});

describe('XLSX import of figures typed as text', () => {
  const sheetBytes = (rows: (string | number)[][]) => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Budget');
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('reads French text figures ("1 234,5", "(20,0)") beside number cells exactly', async () => {
    const bytes = sheetBytes([
      ['Budget 2026-2027 (milliers de CHF)'],
      ['Poste', '2026', '2027'],
      ['Personnel', '1 234,5', 1300],
      ['Voyages', '400,0', '410,25'],
      ['Moins : recettes diverses', '(20,0)', '20,0'],
      ['Total', '1 614,5', '1 690,25'],
    ]);
    const preview = await readTableFile(bytes, 'budget.xlsx', current, read);
    expect(preview.plan.lines.map((line) => ('amounts' in line ? `${line.name} ${line.amounts.map((a) => a.toFixed()).join(' ')}` : line.name))).toEqual(['Personnel 1234.5 1300', 'Voyages 400 410.25']);
    expect(preview.plan.reduction.amounts.map((a) => a.toFixed())).toEqual(['-20', '-20']);
    expect(preview.mismatches).toEqual([]);
  });

  it('refuses a sheet longer than a table may be, never dropping its last rows', async () => {
    const rows: (string | number)[][] = [['code', 'name', '2028'], ...Array.from({ length: 25_200 }, (_, i) => [`L${i}`, `Line ${i}`, i])];
    await expect(workbookRows(sheetBytes(rows))).rejects.toThrow('sheet “Budget” has more than 25000 rows');
  });
});
