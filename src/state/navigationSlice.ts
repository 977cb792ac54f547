import { DOCUMENT_STYLE, NUMBER_STYLES } from '../model/amount';
import type { Plan } from '../model/plan';
import type { Strategy } from '../io/strategyFile';
import type { AppState, NavigationSlice, SliceContext } from './appState';
import { activeReplay } from './selectors';
import { t } from '../i18n/t';

/** Why a new operation started from a cell of Subtotal or Total has no line, and what to do; null for any other row. */
function lineless(s: AppState, rowId: string, columnId: string): string | null {
  const { table } = activeReplay(s);
  const position = table.index.get(rowId);
  const row = position === undefined ? undefined : table.rows[position];
  if (row === undefined || (row.kind !== 'subtotal' && row.kind !== 'total')) return null;
  const column = table.layout.columnById.get(columnId);
  const sum = row.kind === 'total' ? 'total' : 'subtotal';
  return column === undefined || column.kind === 'share'
    ? t('state.seed.lineless', { row: row.name, sum })
    : t('state.seed.linelessYear', { row: row.name, sum, heading: column.heading });
}

/**
 * What is shown and how. None of it is undone: switching the scenario shown
 * or the one compared with changes no data. Moving away drops an import
 * preview, which was computed against the figures left.
 */
export function navigationSlice({ set }: SliceContext, published: Plan, strategy: Strategy | null): NavigationSlice {
  return {
    activePlanId: null,
    activeId: null,
    compareId: null,
    showScenario(id) {
      set((s) => {
        const scenario = s.scenarios.find((x) => x.id === id);
        return { activeId: scenario ? scenario.id : null, activePlanId: scenario ? scenario.planId : s.activePlanId, message: null, importPreview: null, importDraft: null };
      });
    },
    showPlan(planId) {
      set((s) => ({ activePlanId: planId === null || s.plans.some((p) => p.id === planId) ? planId : null, activeId: null, message: null, importPreview: null, importDraft: null }));
    },
    compareWith(id) {
      set({ compareId: id });
    },
    style: DOCUMENT_STYLE,
    displayUnit: 'plan',
    setNumberStyle(id) {
      const style = NUMBER_STYLES.find((s) => s.id === id);
      if (style) set({ style });
    },
    setDisplayUnit(displayUnit) {
      set({ displayUnit });
    },
    strategy,
    selectedLine: published.lines[0]?.code ?? null,
    selectLine(code) {
      // Every move of the focus in the grid says its priority: the same one tells no component anew.
      set((s) => (s.selectedLine === code ? s : { selectedLine: code }));
    },
    operationSeed: null,
    seedOperation(rowId, columnId) {
      set((s) => {
        const why = lineless(s, rowId, columnId);
        return { operationSeed: { rowId, columnId, count: (s.operationSeed?.count ?? 0) + 1 }, ...(why === null ? {} : { message: { kind: 'info', text: why } }) };
      });
    },
    collapsed: new Set<string>(),
    toggleGroup(code) {
      set((s) => {
        const collapsed = new Set(s.collapsed);
        if (!collapsed.delete(code)) collapsed.add(code);
        return { collapsed };
      });
    },
  };
}
