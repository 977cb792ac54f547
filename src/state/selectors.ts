import type { Plan } from '../model/plan';
import type { Replay } from '../model/proposal';
import type { Scenario, Workspace } from '../model/scenario';
import { isLineRow, type Table } from '../model/table';
import { t } from '../i18n/t';
import type { AppState, View, WorkspaceData } from './appState';
import { replayOf } from './replays';

/*
 * Derived data are selectors over the slices, never stored copies, so they
 * cannot disagree with what they derive from. Each returns the same object
 * for the same state (plans and scenarios are immutable, replays memoised
 * per scenario), as `useApp` needs.
 */

type Shown = Pick<AppState, 'published' | 'plans' | 'activePlanId'>;
type Chosen = Pick<AppState, 'scenarios' | 'activeId' | 'compareId' | 'activePlanId'>;

/** The plan shown: the imported one the view is on, or the published one. */
export const shownPlan = (s: Shown): Plan => s.plans.find((p) => p.id === s.activePlanId) ?? s.published;

export const activeScenario = (s: Pick<AppState, 'scenarios' | 'activeId'>): Scenario | null =>
  s.scenarios.find((scenario) => scenario.id === s.activeId) ?? null;
/** The scenario compared with: only one of the plan shown, never the one shown itself (else its baseline, null). */
export const compareScenario = (s: Chosen): Scenario | null =>
  s.scenarios.find((scenario) => scenario.id === s.compareId && scenario.id !== s.activeId && scenario.planId === s.activePlanId) ?? null;
export const activeReplay = (s: Shown & Chosen): Replay => replayOf(shownPlan(s), activeScenario(s));
export const compareReplay = (s: Shown & Chosen): Replay => replayOf(shownPlan(s), compareScenario(s));

/** The data undo and redo cover, out of the whole state. */
export const dataOf = (s: WorkspaceData): WorkspaceData => ({ plans: s.plans, scenarios: s.scenarios });
/** The view out of the whole state. */
export const viewOf = (s: View): View => ({ activePlanId: s.activePlanId, activeId: s.activeId, compareId: s.compareId });
/** The workspace as it is persisted and written to files: the data and the view together. */
export const workspaceOf = (s: WorkspaceData & View): Workspace => ({ ...dataOf(s), ...viewOf(s) });

/** How a cell is named in messages: "TP1 Spectrum and satellite orbits, 2028". */
export function cellName(table: Table, rowId: string, columnId: string): string {
  const position = table.index.get(rowId);
  const row = position === undefined ? undefined : table.rows[position];
  const rowLabel = row === undefined ? rowId : isLineRow(row) ? `${row.id} ${row.name}` : row.name;
  return t('state.cell.name', { row: rowLabel, column: columnId });
}
