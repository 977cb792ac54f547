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
 * outside an editor, handed to `clear` in the key's own task (see below); and
 * Tab in an editor (see {@link tabCommits}).
 *
 * AG Grid tells cellKeyDown in a timer: a Backspace typed in an editor
 * followed at once by Enter was read there once the editor had closed, and
 * cleared the figure just typed to 0. Here `editing` is the grid's state as
 * the key is pressed.
 */
export function gridKeys<Row>(clear: (params: SuppressKeyboardEventParams<Row>) => void) {
  return (params: SuppressKeyboardEventParams<Row>): boolean => {
    if (params.editing) return tabCommits(params);
    if (!isClearKey(params.event)) return false;
    if (params.event.type === 'keydown') clear(params);
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
