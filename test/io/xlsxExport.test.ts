import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { tableColumns } from '../../src/model/columns';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import { replay, type Entry, type Replay } from '../../src/model/proposal';
import { percentHalfUp } from '../../src/model/share';
import { amountAt, shareOf } from '../../src/model/table';
import { buildWorkbook, workbookBytes } from '../../src/io/xlsxExport';
import { baselinePlan } from '../../src/state/baseline';
import { findOffice } from '../support/office';

const plan = baselinePlan();
const base = replay(initialState(plan), []);
const entry = (operation: Operation, rationale = ''): Entry => ({ id: crypto.randomUUID(), operation, rationale, at: '2026-11-22T10:00:00.000Z', enabled: true });
const entries = [
  entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, '=HYPERLINK("http://evil","click")'),
  entry({ op: 'setShare', line: 'TP2', share: new Dec(3) }, '+to fund numbering'),
  entry({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' }),
];
const scenario = { id: 's1', name: '-Delegation X', planId: null, parentId: null, createdAt: '2026-11-22T10:00:00.000Z', entries };
const scenarioReplay = replay(initialState(plan), entries);

function workbook(withCachedValues = true) {
  return buildWorkbook({
    plan,
    baseline: base,
    scenarios: [{ scenario, replay: scenarioReplay }],
    style: DOCUMENT_STYLE,
    exportedAt: new Date('2026-11-22T10:00:00Z'),
    appVersion: '0.1.0',
    withCachedValues,
  });
}

/** Every figure of an Appendix sheet as [row id, column id, value], reading rows by their Code/Line cells. */
function sheetFigures(sheet: XLSX.WorkSheet, source: Replay): { id: string; column: string; value: number; formula?: string }[] {
  const figures: { id: string; column: string; value: number; formula?: string }[] = [];
  const columns = tableColumns(plan);
  source.table.rows.forEach((row, i) => {
    const r = 5 + i;
    const code = sheet[XLSX.utils.encode_cell({ r, c: 0 })]?.v ?? '';
    const name = sheet[XLSX.utils.encode_cell({ r, c: 1 })]?.v;
    expect(row.kind === 'line' ? code : name).toBe(row.kind === 'line' ? row.id : row.name);
    columns.forEach((column, k) => {
      const cell = sheet[XLSX.utils.encode_cell({ r, c: 2 + k })] as XLSX.CellObject | undefined;
      figures.push({ id: row.id, column: column.id, value: Number(cell?.v), ...(cell?.f ? { formula: cell.f } : {}) });
    });
  });
  return figures;
}

/** The app's figure for a cell, as the sheet should hold it: amounts to the unit, shares as a fraction rounded to hundredths of a per cent. */
function appFigure(source: Replay, id: string, column: string): string {
  if (column === 'share') return percentHalfUp(shareOf(source.table, id))!.toFixed(2);
  return amountAt(source.table, id, column).toFixed();
}
const sheetFigure = (column: string, value: number) =>
  column === 'share' ? new Dec(value).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) : new Dec(value).toFixed();

describe('the Appendix A workbook', () => {
  const read = XLSX.read(workbookBytes(workbook()), { type: 'array', cellFormula: true, cellNF: true });

  it('has a sheet per scenario after the baseline, a comparison, the proposal and notes', () => {
    expect(read.SheetNames).toEqual(['Published baseline', '-Delegation X', 'Δ -Delegation X', 'Proposal', 'Notes']);
  });

  it('writes inputs as numbers and every derived figure as a formula with the app’s figure cached', () => {
    for (const [name, source] of [['Published baseline', base], ['-Delegation X', scenarioReplay]] as const) {
      const figures = sheetFigures(read.Sheets[name]!, source);
      expect(figures).toHaveLength(8 * 8);
      for (const { id, column, value, formula } of figures) {
        const isInput = (id.startsWith('TP') || id === 'reduction') && /^\d{4}$/.test(column);
        expect(`${name} ${id} ${column} ${formula === undefined ? 'number' : 'formula'}`).toBe(`${name} ${id} ${column} ${isInput ? 'number' : 'formula'}`);
        expect(`${id} ${column} ${sheetFigure(column, value)}`).toBe(`${id} ${column} ${appFigure(source, id, column)}`);
      }
    }
    const sheet = read.Sheets['Published baseline']!;
    expect(sheet.E6!.f).toBe('SUM(C6:D6)');
    expect(sheet.I6!.f).toBe('SUM(C6,D6,F6,G6)');
    expect(sheet.J6!.f).toBe('IF(I$13=0,0,I6/I$13)');
    expect(sheet.C11!.f).toBe('SUM(C6,C7,C8,C9,C10)');
    expect(sheet.C13!.f).toBe('C11+C12');
    expect(sheet.C6!.z).toBe('#,##0;-#,##0;0');
    expect(sheet.J6!.z).toBe('0.00%');
    expect(sheet['!merges']).toContainEqual({ s: { r: 3, c: 2 }, e: { r: 3, c: 4 } });
    expect(sheet.C4!.v).toBe('2028-2029');
  });

  it('compares the scenario with the baseline through formulas over both sheets', () => {
    const sheet = read.Sheets['Δ -Delegation X']!;
    expect(sheet.F8!.f).toBe("'-Delegation X'!F8-'Published baseline'!F8");
    expect(sheet.F8!.v).toBe(52440 - 47965);
    expect(sheet.J7!.f).toBe("('-Delegation X'!J7-'Published baseline'!J7)*100");
    expect(new Dec(sheet.J7!.v as number).toDecimalPlaces(2).toFixed(2)).toBe('0.99');
  });

  it('lists every operation of the proposal, and neutralises text a spreadsheet would take for a formula', () => {
    const rows = XLSX.utils.sheet_to_json<string[]>(read.Sheets.Proposal!, { header: 1 });
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      'Move 5 000 from TP1 to TP3 in 2030',
      'Set the share of TP2 to 3 % of Total, the other unlocked lines compensating pro rata',
      'Bring Total to 650 000 through the reduction, spread by the current reduction’s profile',
    ]);
    expect(rows[1]![0]).toBe("'-Delegation X");
    expect(rows[1]![3]).toBe('\'=HYPERLINK("http://evil","click")');
    expect(rows[2]![3]).toBe("'+to fund numbering");
    for (const sheet of Object.values(read.Sheets)) {
      for (const [key, cell] of Object.entries(sheet)) {
        if (key.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f === undefined || !/HYPERLINK|evil/.test(c.f)).toBe(true);
      }
    }
    const notes = XLSX.utils.sheet_to_json<string[]>(read.Sheets.Notes!, { header: 1 }).map((row) => row.join(' | '));
    expect(notes).toContain(`Source document | ${plan.source}`);
    expect(notes).toContain('App version | 0.1.0');
  });

});

describe('the Appendix A workbook, recomputed by LibreOffice', () => {
  it('recomputes in a real spreadsheet program (LibreOffice) to the app’s figures, for the baseline and a scenario', () => {
    const office = findOffice();
    expect(office, 'LibreOffice is needed: `npm test` installs it (apt-get), or set SOFFICE_PATH').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'linkage-xlsx-'));
    const input = join(dir, 'appendix.xlsx');
    // No cached values: whatever the spreadsheet shows, it computed itself.
    writeFileSync(input, workbookBytes(workbook(false)));
    const out = join(dir, 'out');
    const said = execFileSync(office!, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xlsx', '--outdir', out, input], {
      stdio: 'pipe',
      timeout: 120_000,
      encoding: 'utf8',
    });
    expect(existsSync(join(out, 'appendix.xlsx')), `LibreOffice wrote no workbook (is Calc installed?): ${said}`).toBe(true);
    const recomputed = XLSX.read(readFileSync(join(out, 'appendix.xlsx')), { type: 'buffer', cellFormula: true });
    for (const [name, source] of [['Published baseline', base], ['-Delegation X', scenarioReplay]] as const) {
      const seen = sheetFigures(recomputed.Sheets[name]!, source).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value)}`);
      const expected = sheetFigures(recomputed.Sheets[name]!, source).map(({ id, column }) => `${id} ${column} ${appFigure(source, id, column)}`);
      expect(seen).toEqual(expected);
    }
    expect(recomputed.Sheets['Δ -Delegation X']!.F8!.v).toBe(4475);
  }, 180_000);

  it('carries a breakdown into outcomes as grouped rows: the priority a formula over its outcomes, recomputed by LibreOffice', () => {
    const broken = replay(initialState(plan), [
      entry({ op: 'breakdown', line: 'TP3', mode: 'weights', parts: [1, 2, 3].map((n) => ({ code: `TP3.${n}`, name: `Outcome ${n}`, weight: new Dec(n) })) }),
    ]);
    const outcomes = { id: 's2', name: 'Outcomes', planId: null, parentId: null, createdAt: '', entries: [] };
    const build = (withCachedValues: boolean) =>
      buildWorkbook({ plan, baseline: base, scenarios: [{ scenario: outcomes, replay: broken }], style: DOCUMENT_STYLE, exportedAt: new Date(), appVersion: 't', withCachedValues });
    const sheet = XLSX.read(workbookBytes(build(true)), { type: 'array', cellFormula: true }).Sheets.Outcomes!;
    expect(sheet.A8!.v).toBe('TP3');
    expect(sheet.C8!.f).toBe('SUM(C9,C10,C11)');
    expect(sheet.A9!.v).toBe('TP3.1');
    expect(sheet.C14!.f).toBe('SUM(C6,C7,C8,C12,C13)');
    const office = findOffice();
    expect(office).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'linkage-groups-'));
    writeFileSync(join(dir, 'groups.xlsx'), workbookBytes(build(false)));
    execFileSync(office!, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'groups.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const recomputed = XLSX.read(readFileSync(join(dir, 'out', 'groups.xlsx')), { type: 'buffer' }).Sheets.Outcomes!;
    const seen = sheetFigures(recomputed, broken).map(({ id, column, value }) => `${id} ${column} ${sheetFigure(column, value)}`);
    expect(seen).toEqual(sheetFigures(recomputed, broken).map(({ id, column }) => `${id} ${column} ${appFigure(broken, id, column)}`));
    // The comparison pairs rows by id: TP4 sits lower on the scenario's sheet than on the baseline's.
    const comparison = XLSX.read(workbookBytes(build(true)), { type: 'array', cellFormula: true }).Sheets['Δ Outcomes']!;
    expect(comparison.C12!.f).toBe("'Outcomes'!C12-'Published baseline'!C9");
    expect(comparison.C12!.v).toBe(0);
    expect(comparison.C9!.f).toBe("'Outcomes'!C9");
  }, 180_000);
});
