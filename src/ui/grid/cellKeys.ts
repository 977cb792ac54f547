import type { CellKeyDownEvent, FullWidthCellKeyDownEvent, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { AppStore } from '../../state/appStore';
import type { GridRow } from './gridRow';

/** A figure's column, not the code or the name. */
export const isFigureColumn = (columnId: string) => columnId !== 'code' && columnId !== 'name';

const isClearKey = (event: KeyboardEvent) => (event.key === 'Delete' || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey;
/** A key that types a character (not a shortcut, an arrow or Tab). */
export const isTypingKey = (event: KeyboardEvent) => event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * Keys the grid does not handle as Excel does are ours: Delete and Backspace
 * outside an editor, handed to `clear` in the key's own task (see below);
 * Tab in an editor (see {@link tabCommits}); and Enter after a run of Tabs
 * (see tabRun).
 *
 * AG Grid tells cellKeyDown in a timer: a Backspace typed in an editor
 * followed at once by Enter was read there once the editor had closed, and
 * cleared the figure just typed to 0. Here `editing` is the grid's state as
 * the key is pressed.
 */
export function gridKeys<Row>(clear: (params: SuppressKeyboardEventParams<Row>) => void) {
  const run = tabRun<Row>();
  return (params: SuppressKeyboardEventParams<Row>): boolean => {
    if (params.event.type === 'keydown' && run(params)) return true;
    if (params.editing) return tabCommits(params);
    if (!isClearKey(params.event)) return false;
    if (params.event.type === 'keydown') clear(params);
    return true;
  };
}

interface CellAt {
  readonly rowIndex: number;
  readonly rowPinned: string | null;
  readonly columnId: string;
}

const sameCell = (a: CellAt | null, b: CellAt | null) => a !== null && b !== null && a.rowIndex === b.rowIndex && a.rowPinned === b.rowPinned && a.columnId === b.columnId;

function focusedCell<Row>(api: SuppressKeyboardEventParams<Row>['api']): CellAt | null {
  const focused = api.getFocusedCell();
  return focused ? { rowIndex: focused.rowIndex, rowPinned: focused.rowPinned ?? null, columnId: focused.column.getColId() } : null;
}

/**
 * Enter after a run of Tabs goes to the next row in the column the run
 * started from, as in Excel: a row of figures typed year after year with Tab
 * and ended with Enter leaves the person at the start of the next row. A run
 * goes on while each Tab is pressed in the cell the one before reached; a
 * click or an arrow elsewhere ends it, and Enter then moves down as always.
 */
function tabRun<Row>() {
  let start: CellAt | null = null;
  let reached: CellAt | null = null;
  return ({ event, editing, api }: SuppressKeyboardEventParams<Row>): boolean => {
    const focused = focusedCell(api);
    const isPlain = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && isPlain) {
      if (start === null || !sameCell(reached, focused)) start = focused;
      // The grid moves the focus after this key's handlers: where it arrived is read once they are done.
      queueMicrotask(() => void (reached = focusedCell(api)));
      return false;
    }
    if (event.key !== 'Enter') return false;
    const from = start;
    const isRun = from !== null && focused !== null && sameCell(reached, focused) && focused.rowIndex === from.rowIndex && focused.rowPinned === from.rowPinned;
    start = reached = null;
    if (!isRun || !isPlain || event.shiftKey || from.columnId === focused.columnId) return false;
    const rows = focused.rowPinned === 'bottom' ? api.getPinnedBottomRowCount() : focused.rowPinned === 'top' ? api.getPinnedTopRowCount() : api.getDisplayedRowCount();
    if (focused.rowIndex + 1 >= rows) return false;
    event.preventDefault();
    // A figure being typed is committed first; a refused one takes the focus back to its cell (committingDefaults).
    if (editing) api.stopEditing();
    if (focused.rowPinned === null) api.ensureIndexVisible(focused.rowIndex + 1);
    api.ensureColumnVisible(from.columnId);
    api.setFocusedCell(focused.rowIndex + 1, from.columnId, focused.rowPinned as 'top' | 'bottom' | null);
    return true;
  };
}

/**
 * Tab in an editor commits and moves to the next cell without opening it for
 * editing, as in Excel. AG Grid would open the next cell's editor, and select
 * its text again in a timer once React has mounted it: the digits of a figure
 * typed at once after Tab, before that timer, were selected and replaced by
 * the next digit.
 */
export function tabCommits<Row>({ event, editing, api }: SuppressKeyboardEventParams<Row>): boolean {
  if (!editing || event.key !== 'Tab' || event.type !== 'keydown') return false;
  event.preventDefault();
  api.stopEditing();
  if (event.shiftKey) api.tabToPreviousCell();
  else api.tabToNextCell();
  return true;
}

/**
 * Keys on a cell that is not being edited, as in Excel: typing on a computed
 * cell says what it is computed from and where to type instead, rather than
 * doing nothing (Delete: see {@link gridKeys}).
 */
export function onCellKey(store: AppStore, event: CellKeyDownEvent<GridRow> | FullWidthCellKeyDownEvent<GridRow>): void {
  const key = event.event;
  if (!(key instanceof KeyboardEvent) || !('column' in event) || event.data === undefined) return;
  const rowId = event.data.row.id;
  const columnId = event.column.getColId();
  // Alt+N: a new operation starting from this cell, its line and year (or period) filled in; on a line's name, its line.
  if (key.altKey && !key.ctrlKey && key.key.toLowerCase() === 'n') {
    key.preventDefault();
    store.getState().seedOperation(rowId, columnId);
    return;
  }
  if (!isFigureColumn(columnId)) return;
  if (isTypingKey(key) && !event.column.isCellEditable(event.node)) store.getState().explainCell(rowId, columnId);
}
