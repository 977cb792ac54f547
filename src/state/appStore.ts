import { createStore, type StoreApi } from 'zustand/vanilla';
import { DOCUMENT_STYLE, formatAmount, parseAmount, type NumberStyle } from '../model/amount';
import { REDUCTION_ID, withAmount, type Plan } from '../model/plan';
import { computeTable, rowOf, updateTable, type Table } from '../model/table';

/** What the user is told after an action: an error names the cell and keeps the old value. */
export interface Message {
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** The cell the message is about, by its stable ids. */
  readonly cell?: { readonly rowId: string; readonly columnId: string };
}

export interface AppState {
  /** The plan with the current inputs. */
  readonly plan: Plan;
  readonly table: Table;
  readonly style: NumberStyle;
  readonly message: Message | null;
  /**
   * Reads `text` into the yearly cell (rowId × year) and recomputes what
   * depends on it. Refuses, with a message naming the cell, anything that is
   * not an amount or not an input cell; the table is then left as it was.
   */
  editCell(rowId: string, columnId: string, text: string): boolean;
  dismissMessage(): void;
}

export type AppStore = StoreApi<AppState>;

/** How a cell is named in messages: "TP1 Spectrum and satellite orbits, 2028". */
export function cellName(table: Table, rowId: string, columnId: string): string {
  const position = table.index.get(rowId);
  const row = position === undefined ? undefined : table.rows[position];
  const rowLabel = row === undefined ? rowId : row.kind === 'line' || row.kind === 'group' ? `${row.id} ${row.name}` : row.name;
  return `${rowLabel}, ${columnId}`;
}

export function createAppStore(initialPlan: Plan): AppStore {
  return createStore<AppState>()((set, get) => ({
    plan: initialPlan,
    table: computeTable(initialPlan),
    style: DOCUMENT_STYLE,
    message: null,

    editCell(rowId, columnId, text) {
      const { plan, table, style } = get();
      const refuse = (why: string) => {
        set({ message: { kind: 'error', text: `${cellName(table, rowId, columnId)}: ${why}`, cell: { rowId, columnId } } });
        return false;
      };
      const row = table.index.has(rowId) ? rowOf(table, rowId) : undefined;
      const yearIndex = plan.years.indexOf(columnId);
      if (row === undefined || yearIndex === -1 || (row.kind !== 'line' && row.id !== REDUCTION_ID)) {
        return refuse('this figure is computed from others and cannot be typed in.');
      }
      const previous = formatAmount(row.years[yearIndex]!, style, plan.precision);
      const parsed = parseAmount(text, { style, scale: plan.precision });
      if (!parsed.ok) return refuse(`“${text}” ${parsed.error.message}. The cell keeps ${previous}.`);
      set({
        plan: withAmount(plan, rowId, columnId, parsed.value),
        table: updateTable(table, rowId, columnId, parsed.value),
        message: null,
      });
      return true;
    },

    dismissMessage() {
      set({ message: null });
    },
  }));
}
