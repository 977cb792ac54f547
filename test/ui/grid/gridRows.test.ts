import type { GridApi } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../../src/model/plan';
import { computeTable, shownTable, updateTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
import { KeptRows } from '../../../src/ui/grid/gridRows';
import type { GridRow } from '../../../src/ui/grid/gridRow';

const PINNED = [SUBTOTAL_ID, REDUCTION_ID, TOTAL_ID];
const NO_MARKS = { flagged: [], locked: [] };

/** A grid as KeptRows uses it: the rows its nodes are handed are kept, by node. */
function fakeGrid() {
  const updates: [string, GridRow][] = [];
  const api = {
    isDestroyed: () => false,
    getRowNode: (id: string) => ({ updateData: (row: GridRow) => void updates.push([id, row]) }),
    getPinnedBottomRow: (i: number) => ({ updateData: (row: GridRow) => void updates.push([`pinned ${i}`, row]) }),
    getColumn: () => null,
    refreshCells: () => {},
  } as unknown as GridApi<GridRow>;
  return { api, updates };
}

/** The rows for `table` as the grid is given them, then taken (the effect after the render). */
function render(kept: KeptRows, table: ReturnType<typeof computeTable>) {
  const rows = kept.rowsFor(table, PINNED, { compared: table, ...NO_MARKS });
  const { rowData, pinnedData } = kept.dataFor(rows.body, rows.pinned);
  kept.refresh(table, { body: rows.body, rowData, pinned: rows.pinned, pinnedData });
  return { body: rows.body, rowData, pinned: rows.pinned, pinnedData };
}

describe('the rows given to the grid', () => {
  it('keeps the array given where only figures changed, and hands the grid the rows that did', () => {
    const kept = new KeptRows();
    const grid = fakeGrid();
    const table = computeTable(baselinePlan());
    render(kept, table);
    kept.attach(grid.api);
    // A new grid takes the next array whole: it holds what it was first given.
    const first = render(kept, table);
    expect(first.rowData).toBe(first.body);

    const edited = updateTable(table, 'TP1', '2028', new Dec('12345'));
    const second = render(kept, edited);
    expect(second.rowData).toBe(first.rowData);
    // TP1 changed, and its node is given its new row, as are Subtotal's and Total's pinned nodes (the reduction is
    // unchanged); every other line kept its object and is not handed over again.
    expect(second.pinnedData).toBe(first.pinnedData);
    expect(grid.updates.map(([id, row]) => [id, row.row.id])).toEqual([
      ['TP1', 'TP1'],
      ['pinned 0', SUBTOTAL_ID],
      ['pinned 2', TOTAL_ID],
    ]);
    expect(grid.updates[0]![1]).toBe(second.body.find((row) => row.row.id === 'TP1'));
    expect(second.body.find((row) => row.row.id === 'TP2')).toBe(first.body.find((row) => row.row.id === 'TP2'));
  });

  it('gives a new array where the lines are others, and hands none of them as an update', () => {
    const kept = new KeptRows();
    const grid = fakeGrid();
    const plan = baselinePlan();
    const table = computeTable(plan);
    render(kept, table);
    kept.attach(grid.api);
    render(kept, table);
    const fewer = computeTable({ ...plan, lines: plan.lines.slice(1) });
    const next = render(kept, fewer);
    expect(next.rowData).toBe(next.body);
    expect(next.body.map((row) => row.row.id)).not.toContain(plan.lines[0]!.code);
    // The lines go as a new array; the pinned rows, the same three, each to its node.
    expect(grid.updates.map(([id, row]) => [id, row.row.id])).toEqual([
      ['pinned 0', SUBTOTAL_ID],
      ['pinned 1', REDUCTION_ID],
      ['pinned 2', TOTAL_ID],
    ]);
    expect(next.pinnedData).not.toBe(next.pinned);
  });

  it('keeps a row the same object where the rows come in another order (a group shown or hidden), found by its id', () => {
    const kept = new KeptRows();
    const table = computeTable(baselinePlan());
    const first = render(kept, table);
    const reordered = { ...table, rows: table.rows.toReversed() };
    const next = kept.rowsFor(reordered, PINNED, { compared: reordered, ...NO_MARKS });
    expect(next.all.map((row) => row.row.id)).toEqual(reordered.rows.map((row) => row.id));
    for (const row of first.body) expect(next.all).toContain(row);
  });

  it('gives a new array until the grid is there to take an update', () => {
    const kept = new KeptRows();
    const table = computeTable(baselinePlan());
    render(kept, table);
    const next = render(kept, updateTable(table, 'TP1', '2028', new Dec('1')));
    expect(next.rowData).toBe(next.body);
  });
});

describe('the table shown without a reduction', () => {
  it('keeps its index from one edit to the next, and its figures follow the edit', () => {
    const plan = { ...baselinePlan(), showsReduction: false as const };
    const zero = { ...plan, reduction: { ...plan.reduction, amounts: plan.reduction.amounts.map(() => new Dec(0)) } };
    const table = computeTable(zero);
    const shown = shownTable(table, zero);
    expect(shown.index.has(SUBTOTAL_ID)).toBe(false);
    const edited = shownTable(updateTable(table, 'TP1', '2028', new Dec('7')), zero);
    expect(edited.index).toBe(shown.index);
    expect(edited.rows[edited.index.get('TP1')!]!.years[0]!.toString()).toBe('7');
  });
});
