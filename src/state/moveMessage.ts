import type { NumberStyle } from '../model/amount';
import { changedFigures } from '../model/compare';
import { formatShown, type DisplayUnit } from '../model/displayUnit';
import type { Plan } from '../model/plan';
import type { Entry, Replay } from '../model/proposal';
import { rowOf, type Table, isLineRow } from '../model/table';
import { t } from '../i18n/t';
import { semicolonList } from './words';

/** Figures a move message lists before it says how many more: enough to see the gist, short enough to read. */
const LISTED = 4;

/** A move named by the places before it, as the person saw them: "Moving #3 above #2". */
export const moveName = (from: number, to: number): string => t('state.move.name', { from: from + 1, to: to + 1, direction: to < from ? 'above' : 'below' });

/** A figure as a message names it: "TP1 total", "TP1 2028-2029", "Subtotal 2030". */
function figureName(table: Table, rowId: string, columnId: string): string {
  const row = rowOf(table, rowId);
  const label = isLineRow(row) ? row.id : row.name;
  const column = table.layout.columnById.get(columnId);
  // The period total is "total", save on the Total row, where "Total total" would read as a stutter.
  return column?.kind === 'total' && row.kind !== 'total' ? t('state.move.figureTotal', { label }) : `${label} ${column?.heading ?? columnId}`;
}

/** Entries that stopped or started applying with the move, by their new places. */
function applyingChanged(before: Replay, after: Replay, entries: readonly Entry[]): string[] {
  return entries.flatMap((entry, i) => {
    const [was, is] = [before.failures.has(entry.id), after.failures.has(entry.id)];
    if (was === is || !entry.enabled) return [];
    // Named by its place after the move, said so: the move's own name counts places as they were.
    return [t(is ? 'state.move.noLongerApplies' : 'state.move.appliesAgain', { number: i + 1 })];
  });
}

/**
 * What a move did to the final table, for the person who made it: each
 * figure that differs, before → after, the first few, then how many more;
 * or that the result is the same. Order matters, so this is never silent.
 */
export function moveMessage(name: string, before: Replay, after: Replay, entries: readonly Entry[], shown: { plan: Plan; style: NumberStyle; unit: DisplayUnit }): string {
  const figure = (value: Parameters<typeof formatShown>[0]) => formatShown(value, shown.plan, shown.style, shown.unit);
  const figures = changedFigures(before.table, after.table);
  const listed = semicolonList(figures.slice(0, LISTED).map((f) => t('state.move.figure', { figure: figureName(after.table, f.rowId, f.columnId), before: figure(f.before), after: figure(f.after) })));
  const count = figures.length;
  const what =
    count === 0
      ? t('state.move.noFigure', { name })
      : count > LISTED
        ? t('state.move.changedMore', { name, count, listed, more: count - LISTED })
        : t('state.move.changed', { name, count, listed });
  const applying = applyingChanged(before, after, entries);
  return applying.length > 0 ? t('state.move.doneApplying', { what, applying: semicolonList(applying) }) : t('state.move.done', { what });
}
