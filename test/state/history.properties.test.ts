import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceToJson } from '../../src/io/workspaceFile';
import { createAppStore, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { operationArb } from '../support/arbitraries';

const plan = baselinePlan();
const snapshot = (store: AppStore) => JSON.stringify(workspaceToJson(store.getState().workspace, plan));
const pick = <T,>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

type Action = (store: AppStore) => void;
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  operationArb(plan).map((op): Action => (store) => void store.getState().applyOperation(op, 'why')),
  fc
    .record({ line: fc.constantFrom('TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'reduction'), year: fc.constantFrom(...plan.years), text: fc.oneof(fc.nat(80000).map(String), fc.string()) })
    .map((e): Action => (store) => void store.getState().editCell(e.line, e.year, e.text)),
  fc.string().map((name): Action => (store) => void store.getState().newScenario(name)),
  fc.tuple(fc.nat(), fc.string()).map(([n, name]): Action => (store) => {
    const scenario = pick(store.getState().workspace.scenarios, n);
    if (scenario) store.getState().renameScenario(scenario.id, name);
  }),
  fc.nat().map((n): Action => (store) => {
    const scenario = pick(store.getState().workspace.scenarios, n);
    if (scenario) store.getState().deleteScenario(scenario.id);
  }),
  fc.nat().map((n): Action => (store) => {
    const scenario = store.getState().workspace.scenarios.find((s) => s.id === store.getState().workspace.activeId);
    const entry = pick(scenario?.entries ?? [], n);
    if (entry) store.getState()[n % 2 ? 'toggleEntry' : 'removeEntry'](entry.id);
  }),
  fc.nat().map((n): Action => (store) => store.getState().showScenario(pick(store.getState().workspace.scenarios, n)?.id ?? null)),
);

describe('undo and redo over random sequences of changes', () => {
  it('undo after any change restores the previous workspace exactly, and redo the change', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 20 }), (actions) => {
        const store = createAppStore(plan, { storage: memoryStorage() });
        for (const action of actions) {
          const before = snapshot(store);
          const depth = store.getState().past.length;
          action(store);
          if (store.getState().past.length === depth) continue; // not a change (refused, or only navigation)
          const after = snapshot(store);
          store.getState().undo();
          expect(snapshot(store)).toBe(before);
          store.getState().redo();
          expect(snapshot(store)).toBe(after);
        }
      }),
      { numRuns: 150 },
    );
  });
});
