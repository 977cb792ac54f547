import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_VERSION, workspaceToJson } from '../../src/io/workspaceFile';
import type { Plan } from '../../src/model/plan';
import { EMPTY_WORKSPACE } from '../../src/model/scenario';
import { createAppStore, type AppState, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, memoryStorage } from '../../src/state/browserStorage';
import { workspaceOf } from '../../src/state/selectors';
import { operationArb } from '../support/arbitraries';

const plan = baselinePlan();
/** A plan imported beside the published one, so that showing a plan moves between two. */
const copy: Plan = { ...plan, id: 'import:copy.csv', title: 'A copy' };
const storedWithCopy = () =>
  memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: { workspace: workspaceToJson({ ...EMPTY_WORKSPACE, plans: [copy] }, plan) }, version: WORKSPACE_VERSION }) });

const json = (s: AppState) => workspaceToJson(workspaceOf(s), plan) as { plans: unknown[]; scenarios: { id: string }[] };
/** The data undo and redo cover, as text: the imported plans and the scenarios with their entries. */
const data = (s: AppState) => JSON.stringify({ plans: json(s).plans, scenarios: json(s).scenarios });
const pick = <T,>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

type Kind = 'data' | 'navigation' | 'undo' | 'redo';
interface Action {
  readonly kind: Kind;
  readonly run: (store: AppStore) => void;
}
const act = (kind: Kind, run: (s: AppState) => void): Action => ({ kind, run: (store) => run(store.getState()) });

const dataArb: fc.Arbitrary<Action> = fc.oneof(
  operationArb(plan).map((op) => act('data', (s) => void s.applyOperation(op, 'why'))),
  fc
    .record({ line: fc.constantFrom('TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'reduction'), year: fc.constantFrom(...plan.years), text: fc.oneof(fc.nat(80000).map(String), fc.string()) })
    .map((e) => act('data', (s) => void s.editCell(e.line, e.year, e.text))),
  fc.string().map((name) => act('data', (s) => void s.newScenario(name))),
  fc.tuple(fc.nat(), fc.string()).map(([n, name]) => act('data', (s) => void (pick(s.scenarios, n) && s.renameScenario(pick(s.scenarios, n)!.id, name)))),
  fc.nat().map((n) => act('data', (s) => void (pick(s.scenarios, n) && s.deleteScenario(pick(s.scenarios, n)!.id)))),
  fc.nat().map((n) =>
    act('data', (s) => {
      const entry = pick(s.scenarios.find((x) => x.id === s.activeId)?.entries ?? [], n);
      if (entry) s[n % 2 ? 'toggleEntry' : 'removeEntry'](entry.id);
    }),
  ),
);
const navigationArb: fc.Arbitrary<Action> = fc.oneof(
  fc.nat().map((n) => act('navigation', (s) => s.showScenario(pick(s.scenarios, n)?.id ?? null))),
  fc.constantFrom(null, copy.id, 'import:unknown').map((id) => act('navigation', (s) => s.showPlan(id))),
  fc.nat().map((n) => act('navigation', (s) => s.compareWith(n % 3 === 0 ? null : (pick(s.scenarios, n)?.id ?? null)))),
);
const actionArb = fc.oneof(
  { weight: 4, arbitrary: dataArb },
  { weight: 3, arbitrary: navigationArb },
  { weight: 2, arbitrary: fc.constant(act('undo', (s) => s.undo())) },
  { weight: 1, arbitrary: fc.constant(act('redo', (s) => s.redo())) },
);

/** The view names a plan and a scenario that exist, and the scenario is one of that plan. */
function expectViewExists(s: AppState) {
  expect(s.activePlanId === null || s.plans.some((p) => p.id === s.activePlanId)).toBe(true);
  if (s.activeId !== null) expect(s.scenarios.find((x) => x.id === s.activeId)?.planId).toBe(s.activePlanId);
  expect(s.compareId === null || s.scenarios.some((x) => x.id === s.compareId)).toBe(true);
}

/**
 * After undo or redo the view shows the one scenario the step changed, wherever
 * the view was; when the step removed it, its parent, else the baseline of its
 * plan. The scenario compared with stays unless it is gone.
 */
function expectShowsStep(from: AppState, to: AppState) {
  const texts = (s: AppState) => new Map(json(s).scenarios.map((x) => [x.id, JSON.stringify(x)]));
  const [a, b] = [texts(from), texts(to)];
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id));
  expect(changed).toHaveLength(1);
  const id = changed[0]!;
  const scenario = to.scenarios.find((x) => x.id === id) ?? from.scenarios.find((x) => x.id === id)!;
  const parentId = scenario.parentId !== null && to.scenarios.some((x) => x.id === scenario.parentId) ? scenario.parentId : null;
  expect(to.activeId).toBe(b.has(id) ? id : parentId);
  expect(to.activePlanId).toBe(scenario.planId);
  expect(to.compareId).toBe(from.compareId !== null && b.has(from.compareId) ? from.compareId : null);
}

describe('undo and redo over random sequences of changes and navigation', () => {
  it('restore the data exactly, show the scenario changed, and never undo navigation', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 30 }), (actions) => {
        const store = createAppStore(plan, { storage: storedWithCopy() });
        expect(store.getState().plans.map((p) => p.id)).toEqual([copy.id]);
        // What undo and redo should bring back, as the store's history should hold it.
        const past: string[] = [];
        let future: string[] = [];
        for (const action of actions) {
          const from = store.getState();
          action.run(store);
          const to = store.getState();
          const [before, after] = [data(from), data(to)];
          if (action.kind === 'navigation') {
            expect(after).toBe(before);
          } else if (action.kind === 'data' && after !== before) {
            past.push(before);
            future = [];
          } else if (action.kind === 'undo' && past.length > 0) {
            expect(after).toBe(past.pop());
            future.unshift(before);
            expectShowsStep(from, to);
          } else if (action.kind === 'redo' && future.length > 0) {
            expect(after).toBe(future.shift());
            past.push(before);
            expectShowsStep(from, to);
          } else {
            expect(after).toBe(before);
          }
          expect(to.past).toHaveLength(past.length);
          expect(to.future).toHaveLength(future.length);
          expectViewExists(to);
        }
      }),
      { numRuns: 150 },
    );
  });
});
