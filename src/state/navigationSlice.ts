import { DOCUMENT_STYLE, NUMBER_STYLES } from '../model/amount';
import type { Plan } from '../model/plan';
import type { Strategy } from '../io/strategyFile';
import type { NavigationSlice, SliceContext } from './appState';

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
        return { activeId: scenario ? scenario.id : null, activePlanId: scenario ? scenario.planId : s.activePlanId, message: null, importPreview: null };
      });
    },
    showPlan(planId) {
      set((s) => ({ activePlanId: planId === null || s.plans.some((p) => p.id === planId) ? planId : null, activeId: null, message: null, importPreview: null }));
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
      set({ selectedLine: code });
    },
    operationSeed: null,
    seedOperation(rowId, columnId) {
      set((s) => ({ operationSeed: { rowId, columnId, count: (s.operationSeed?.count ?? 0) + 1 } }));
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
