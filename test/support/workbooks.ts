import * as XLSX from 'xlsx';
import { expect } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import type { Plan } from '../../src/model/plan';
import { replay, type Entry, type Replay } from '../../src/model/proposal';
import { percentHalfUp } from '../../src/model/share';
import { amountAt, rowOf, shareOf, shownTable } from '../../src/model/table';
import { isAmountColumn, ratioIn } from '../../src/model/columns';
import { buildWorkbook, type SheetSource } from '../../src/io/xlsxExport';
import { baselinePlan } from '../../src/state/baseline';

/** The workbooks the export tests read: the baseline and a scenario of three operations, one with a rationale that looks like a formula. */

export const plan = baselinePlan();
export const base = replay(initialState(plan), []);
export const entry = (operation: Operation, rationale = ''): Entry => ({ id: crypto.randomUUID(), operation, rationale, at: '2026-11-22T10:00:00.000Z', enabled: true });
export const entries = [
  entry({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, '=HYPERLINK("http://evil","click")'),
  entry({ op: 'setShare', line: 'TP2', share: new Dec(3) }, '+to fund numbering'),
  entry({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' }),
];
export const scenario = { id: 's1', name: '-Delegation X', planId: null, parentId: null, createdAt: '2026-11-22T10:00:00.000Z', entries };
export const scenarioReplay = replay(initialState(plan), entries);
export const BASELINE = 'Published baseline 2028-2031';

export function workbook(withCachedValues = true, sources: readonly SheetSource[] = [{ scenario, replay: scenarioReplay }], of: { plan: Plan; base: Replay } = { plan, base }) {
  return buildWorkbook({
    plan: of.plan,
    baseline: of.base,
    scenarios: sources,
    style: DOCUMENT_STYLE,
    exportedAt: new Date('2026-11-22T10:00:00Z'),
    appVersion: '0.1.0',
    withCachedValues,
  });
}

/** Every figure of an Appendix sheet as [row id, column id, value], reading rows by their Code/Line cells. */
export function sheetFigures(sheet: XLSX.WorkSheet, source: Replay): { id: string; column: string; value: number; formula?: string }[] {
  const figures: { id: string; column: string; value: number; formula?: string }[] = [];
  const columns = source.table.layout.columns;
  // The rows the sheet shows: a table without a deduction has no Subtotal and no reduction of nil.
  shownTable(source.table, source.state.plan).rows.forEach((row, i) => {
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
export function appFigure(source: Replay, id: string, column: string): string {
  const found = source.table.layout.columnById.get(column)!;
  if (!isAmountColumn(found)) return (percentHalfUp(ratioIn(found, rowOf(source.table, id), shareOf(source.table, id))) ?? new Dec(0)).toFixed(2);
  return amountAt(source.table, id, column).toFixed();
}
/** A sheet's figure as the app writes it: an amount, or a ratio (a share, a change in per cent) in per cent to the hundredth. */
export const sheetFigure = (column: string, value: number, isRatio = column === 'share') =>
  isRatio ? new Dec(value).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) : new Dec(value).toFixed();
