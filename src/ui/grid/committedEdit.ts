import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { Dec, type Amount, type NumberStyle } from '../../model/amount';

/** Hands a typed figure to the store: false when it was refused (and said). */
export type CommitEdit<Row> = (data: Row, columnId: string, text: string) => boolean;

/**
 * A grid's column defaults with the typed figure handed to the store as the
 * editor closes, in the key's own task. AG Grid's cellEditRequest
 * (readOnlyEdit) is dispatched in a timer after a frame has been painted:
 * about a third of what an edit took to show. The setter returns false, so
 * that the grid writes nothing in its row; the store's next rows are the
 * figures shown. A refused entry keeps the focus on its cell, to be typed
 * again, rather than moving on as Enter does after an accepted one.
 */
export function committingDefaults<Row>(base: ColDef<Row>, commit: CommitEdit<Row>): ColDef<Row> {
  return {
    ...base,
    valueSetter: ({ data, column, newValue, node, api }: ValueSetterParams<Row>) => {
      if (data === undefined || data === null) return false;
      const columnId = column.getColId();
      const isAccepted = commit(data, columnId, String(newValue ?? ''));
      const rowIndex = node?.rowIndex ?? null;
      // Back on the refused cell once the grid has moved on (Enter, Tab) in this key's task, before the next key:
      // in a timer, the next figure, typed at once, went to the cell moved to and was then cut off by the refocus.
      if (!isAccepted && rowIndex !== null) queueMicrotask(() => api.setFocusedCell(rowIndex, columnId, node?.rowPinned));
      return false;
    },
  };
}

/**
 * A figure's editor, opened by F2, Enter or a double click, holds the figure
 * as shown but without its group separators, as Excel opens "14800": a digit
 * added to "14 800" read "14 8001", which was refused as a grouping error.
 * The decimal mark stays the person's (`0,5` in the document's style).
 */
export function figureEditorParams(shown: (value: Amount) => string, style: NumberStyle): { useFormatter: true; formatValue: (value: unknown) => string } {
  return { useFormatter: true, formatValue: (value) => (Dec.isDecimal(value) ? shown(value).split(style.group).join('') : String(value ?? '')) };
}
