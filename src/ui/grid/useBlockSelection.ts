import type { GridApi, GridReadyEvent, IRowNode } from 'ag-grid-community';
import { useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { blockToTsv, tsvToBlock } from '../../io/clipboard';
import { exactText, type Shown } from '../../io/tableCells';
import { blockHtml } from '../../io/tableHtml';
import type { NumberStyle } from '../../model/amount';
import type { TableColumn } from '../../model/columns';
import type { DisplayUnit } from '../../model/displayUnit';
import type { Plan } from '../../model/plan';
import type { Layout } from '../../model/table';
import type { GridRow, SelectionContext } from './gridRow';
import { useAppStore } from '../common/storeContext';

interface CellRef {
  readonly rowId: string;
  readonly columnId: string;
}

/** A copied cell's text: exact figures in the unit shown (57023, or 57.023 in millions), so that a block copied here pastes back as it was. */
function cellText(gridRow: GridRow, columnId: string, layout: Layout, shown: Shown): string {
  const column = layout.columnById.get(columnId);
  if (column === undefined) return columnId === 'name' ? gridRow.row.name : gridRow.row.id;
  return exactText(gridRow, column, shown);
}

/** A pinned row (Subtotal, the reduction, Total) by its id: getRowNode finds the body's only. */
function pinnedNode(grid: GridApi<GridRow>, id: string): IRowNode<GridRow> | undefined {
  for (let i = 0; i < grid.getPinnedBottomRowCount(); i++) if (grid.getPinnedBottomRow(i)?.data?.row.id === id) return grid.getPinnedBottomRow(i);
  return undefined;
}

const isTextField = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('input, textarea, select');

const isFigure = (columnId: string) => columnId !== 'code' && columnId !== 'name';

/**
 * The cells from one corner to the other, as `row|column`, figures only. One
 * cell (the focus moved without Shift, as by every Enter after an edit) needs
 * no order of the rows, 20 000 ids in a large plan.
 */
function blockCells(from: CellRef, to: CellRef, order: () => { rowIds: string[]; columnIds: string[] }): string[] {
  if (from.rowId === to.rowId && from.columnId === to.columnId) return isFigure(to.columnId) ? [`${to.rowId}|${to.columnId}`] : [];
  const { rowIds, columnIds } = order();
  const [r0, r1] = [rowIds.indexOf(from.rowId), rowIds.indexOf(to.rowId)].sort((a, b) => a - b);
  const [c0, c1] = [columnIds.indexOf(from.columnId), columnIds.indexOf(to.columnId)].sort((a, b) => a - b);
  const cells: string[] = [];
  if (r0! >= 0 && c0! >= 0) {
    for (let r = r0!; r <= r1!; r++) for (let c = c0!; c <= c1!; c++) cells.push(`${rowIds[r]}|${columnIds[c]}`);
  }
  return cells;
}

/**
 * A block of cells selected from the keyboard (Shift+arrows) or the mouse
 * (Shift+click), copied as tab-separated text (for a spreadsheet, and to
 * paste back here) and as an HTML table styled as shown (for Word and
 * e-mail), and a block pasted from
 * Excel at the focused cell: AG Grid community has no range selection or
 * clipboard, so they are built on the browser's clipboard events.
 */
export function useBlockSelection(
  rows: { body: readonly GridRow[]; pinned: readonly GridRow[] },
  layout: Layout,
  plan: Plan,
  style: NumberStyle,
  displayUnit: DisplayUnit,
) {
  const store = useAppStore();
  const [context] = useState<SelectionContext>(() => ({ cells: new Set() }));
  const api = useRef<GridApi<GridRow> | null>(null);
  const anchor = useRef<CellRef | null>(null);
  const isShiftDown = useRef(false);

  const order = () => {
    const rowIds = [...rows.body, ...rows.pinned].map((r) => r.row.id);
    const columnIds = (api.current?.getAllDisplayedColumns() ?? []).map((c) => c.getColId()).filter(isFigure);
    return { rowIds, columnIds };
  };

  const select = (from: CellRef, to: CellRef) => {
    const before = new Set(context.cells);
    context.cells.clear();
    for (const cell of blockCells(from, to, order)) context.cells.add(cell);
    // Only the marks change, and only in the cells that were or are in the block: no figure flashes for it, and
    // a move of the focus draws again two cells, not every cell of two rows (a tenth of an edit of a long plan).
    const changed = [...before, ...context.cells].filter((cell) => before.has(cell) !== context.cells.has(cell));
    const grid = api.current;
    if (grid === null || changed.length === 0) return;
    const rowIds = new Set(changed.map((cell) => cell.slice(0, cell.lastIndexOf('|'))));
    const columns = [...new Set(changed.map((cell) => cell.slice(cell.lastIndexOf('|') + 1)))];
    const rowNodes = [...rowIds].flatMap((id) => grid.getRowNode(id) ?? pinnedNode(grid, id) ?? []);
    grid.refreshCells({ rowNodes, columns, force: true, suppressFlash: true });
  };

  // The block follows the browser's focus, in order with the keys: AG Grid tells its cellFocused in a timer, and
  // after an edit (a render) that timer came after the next key's Shift had been read, so a Shift+arrow pressed
  // at once after Enter kept the edited cell as the block's corner.
  const onFocus = (event: FocusEvent) => {
    if (isTextField(event.target) || !(event.target instanceof HTMLElement)) return;
    const cell = event.target.closest('.ag-cell');
    const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
    const columnId = cell?.getAttribute('col-id');
    if (!rowId || !columnId) return;
    const focused = { rowId, columnId };
    if (!isShiftDown.current || anchor.current === null) anchor.current = focused;
    select(anchor.current, focused);
  };

  const textOf = (gridRow: GridRow, columnId: string) => cellText(gridRow, columnId, layout, { plan, style, displayUnit });

  const onCopy = (event: ClipboardEvent) => {
    if (isTextField(event.target) || context.cells.size === 0) return;
    const { rowIds, columnIds } = order();
    const byId = new Map([...rows.body, ...rows.pinned].map((r) => [r.row.id, r]));
    const blockRows = rowIds.filter((id) => columnIds.some((c) => context.cells.has(`${id}|${c}`))).map((id) => byId.get(id)!);
    const block = blockRows.map((gridRow) => columnIds.filter((c) => context.cells.has(`${gridRow.row.id}|${c}`)).map((c) => textOf(gridRow, c)));
    event.clipboardData.setData('text/plain', blockToTsv(block));
    // The block is a rectangle: its columns are those of any of its rows.
    const first = blockRows[0];
    const blockColumns = first === undefined ? [] : columnIds.filter((c) => context.cells.has(`${first.row.id}|${c}`)).map((c) => layout.columnById.get(c));
    if (blockColumns.length > 0 && blockColumns.every((column): column is TableColumn => column !== undefined)) {
      event.clipboardData.setData('text/html', blockHtml(blockRows, blockColumns, { plan, style, displayUnit }));
    }
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent) => {
    if (isTextField(event.target)) return;
    const focused = api.current?.getFocusedCell();
    if (!focused) return;
    const node = focused.rowPinned === 'bottom' ? api.current!.getPinnedBottomRow(focused.rowIndex) : api.current!.getDisplayedRowAtIndex(focused.rowIndex);
    const rowId = node?.data?.row.id;
    if (rowId === undefined) return;
    event.preventDefault();
    store.getState().pasteBlock(rowId, focused.column.getColId(), tsvToBlock(event.clipboardData.getData('text/plain')));
  };

  // Whether the key or click that moves the focus next extends the block:
  // read when it is pressed, since the grid may move the focus after Shift is released.
  // Shift+Enter and Shift+Tab move the other way, as in Excel, without extending it. A click is read at
  // pointerdown: the grid focuses the cell before the mousedown that follows.
  const trackShift = (event: KeyboardEvent | MouseEvent) => {
    if ('key' in event && event.key === 'Shift') return;
    isShiftDown.current = event.shiftKey && !('key' in event && (event.key === 'Enter' || event.key === 'Tab'));
  };

  return {
    context,
    gridProps: { onGridReady: (event: GridReadyEvent<GridRow>) => void (api.current = event.api) },
    wrapperProps: { onKeyDownCapture: trackShift, onPointerDownCapture: trackShift, onMouseDownCapture: trackShift, onFocus, onCopy, onPaste },
  };
}
