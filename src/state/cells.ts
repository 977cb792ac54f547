import type { Amount } from '../model/amount';
import { inputColumns } from '../model/columns';
import { derivation } from '../model/derivation';
import { formatReading, formatShown } from '../model/displayUnit';
import { REDUCTION_ID, signedRows } from '../model/plan';
import { rowOf, isLineRow } from '../model/table';
import { isThousandfold } from '../model/validity';
import type { MessageChoice, SliceContext, WorkspaceSlice } from './appState';
import { readFigure, addOperations } from './changes';
import { activeReplay, cellName, shownPlan } from './selectors';
import { t } from '../i18n/t';
import { at } from './words';

function editCell(context: SliceContext, rowId: string, columnId: string, text: string): boolean {
  const { get, set } = context;
  const { style, displayUnit } = get();
  const plan = shownPlan(get());
  const { table } = activeReplay(get());
  const cell = { rowId, columnId };
  const refuse = (why: string, choices?: readonly MessageChoice[]) => {
    set({ message: { kind: 'error', text: at(cellName(table, rowId, columnId), why), cell, ...(choices ? { choices } : {}) } });
    return false;
  };
  const row = table.index.has(rowId) ? rowOf(table, rowId) : undefined;
  const column = inputColumns(plan).find((c) => c.id === columnId);
  if (row === undefined || column === undefined || (!isLineRow(row) && row.id !== REDUCTION_ID)) {
    return refuse(t('state.cell.computedNotTyped', { why: row === undefined ? t('state.cell.notInTable') : String(derivation(table, rowId, columnId)) }));
  }
  const current = column.amountOf(row);
  const shown = (value: Amount) => formatShown(value, plan, style, displayUnit);
  const put = (value: Amount, isConfirmed = false): boolean => {
    if (value.eq(current)) {
      set({ message: null });
      return true;
    }
    // A line below zero is refused whatever its size (below): asking first about a slip of a thousand offered an Apply that could only be refused.
    const isRefusedAnyway = value.isNegative() && row.kind !== 'reduction' && !signedRows(plan.lines).has(row.id);
    if (!isConfirmed && !isRefusedAnyway && isThousandfold(current, value)) {
      const size = value.abs().gt(current.abs()) ? 'larger' : 'smaller';
      const apply = { label: t('state.figure.apply', { value: shown(value) }), testId: 'apply-anyway', run: () => void put(value, true) };
      return refuse(t('state.figure.thousandfold', { value: shown(value), current: shown(current), size }), [apply]);
    }
    return addOperations(context, [{ op: 'set', line: rowId, year: columnId, value }], '', { cell, isSlipChecked: true });
  };
  const figure = readFigure(text, plan, style, displayUnit);
  if (figure.ok) return put(figure.value);
  const refusal = t('state.cell.notAFigure', { text, why: figure.why, current: shown(current) });
  // A figure that reads two ways is the person's to settle: one button per reading the plan allows.
  const choices = Object.entries(figure.readings ?? {}).map(([reading, value]): MessageChoice => ({
    label: t('state.figure.readAs', { reading, value: formatReading(value, plan, style, displayUnit) }),
    testId: reading,
    run: () => void put(value),
  }));
  return refuse(refusal, choices.length > 0 ? choices : undefined);
}

/** Delete on a cell: a typed figure becomes 0, said and undoable; a computed one says what it comes from. */
function clearCell(context: SliceContext, rowId: string, columnId: string): boolean {
  const { get, set } = context;
  const { table } = activeReplay(get());
  if (!table.index.has(rowId)) return false;
  const why = derivation(table, rowId, columnId);
  if (why !== null) {
    set({ message: { kind: 'error', text: t('state.cell.cannotClear', { cell: cellName(table, rowId, columnId), why }), cell: { rowId, columnId } } });
    return false;
  }
  const held = rowOf(table, rowId).years[table.layout.years.indexOf(columnId)]!;
  // Nothing to clear is said so, and makes no change to undo.
  if (held.isZero()) {
    set({ message: { kind: 'info', text: t('state.cell.alreadyZero', { cell: cellName(table, rowId, columnId) }), cell: { rowId, columnId } } });
    return true;
  }
  const before = formatShown(held, shownPlan(get()), get().style, get().displayUnit);
  if (!editCell(context, rowId, columnId, '0')) return false;
  set({ message: { kind: 'info', text: t('state.cell.cleared', { cell: cellName(table, rowId, columnId), before }), cell: { rowId, columnId } } });
  return true;
}

/** Typing, clearing and explaining cells of the grid. */
export function cellActions(context: SliceContext): Pick<WorkspaceSlice, 'editCell' | 'clearCell' | 'explainCell'> {
  return {
    editCell: (rowId, columnId, text) => editCell(context, rowId, columnId, text),
    clearCell: (rowId, columnId) => clearCell(context, rowId, columnId),
    explainCell(rowId, columnId) {
      const { table } = activeReplay(context.get());
      const why = table.index.has(rowId) ? derivation(table, rowId, columnId) : null;
      if (why !== null) context.set({ message: { kind: 'info', text: t('state.cell.computed', { cell: cellName(table, rowId, columnId), why }), cell: { rowId, columnId } } });
    },
  };
}
