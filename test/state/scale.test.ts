import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialState } from '../../src/model/apply';
import { OPERATIONS, OPERATION_KEYS } from '../../src/model/operations/registry';
import { replay } from '../../src/model/proposal';
import { amountAt } from '../../src/model/table';
import { activeReplay, activeScenario, createAppStore, shownPlan, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, VIEW_KEY, memoryStorage } from '../../src/state/browserStorage';
import { largeAmount, largePlanCsv, lineCode, mixedProposal } from '../support/scaleFiles';
import { tableText } from '../support/tableText';

/*
 * What a change costs in replay steps, counted: every operation is applied
 * through its definition's `apply`, so counting those calls counts the steps
 * of every replay the store makes, whatever it makes them for.
 */

let counter = 0;
const newStore = (storage = memoryStorage()) => createAppStore(baselinePlan(), { storage, newId: () => `id${++counter}`, now: () => new Date('2026-11-22T10:00:00Z') });

/** Counts the operations applied from now on, by every definition of the registry. */
function countApplies(): { readonly count: number } {
  const spies = OPERATION_KEYS.map((key) => vi.spyOn(OPERATIONS[key] as { apply: (...args: never[]) => unknown }, 'apply'));
  return {
    get count() {
      return spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    },
  };
}
afterEach(() => void vi.restoreAllMocks());

/** The figures of the scenario shown, as the store has them. */
const shown = (store: AppStore) => tableText(activeReplay(store.getState()).table);
/** The same scenario's figures replayed afresh from its plan, operation by operation. */
function replayedAfresh(store: AppStore): string[] {
  const scenario = activeScenario(store.getState())!;
  return tableText(replay(initialState(shownPlan(store.getState())), scenario.entries).table);
}

describe('a change at the end of a long proposal', () => {
  it('applies one operation, not the whole proposal again, and undo and redo apply none', async () => {
    const store = newStore();
    expect(await store.getState().openProposal(mixedProposal(200), 'many.json')).toBe(true);
    const opened = activeReplay(store.getState());
    expect(opened.failures.size).toBe(0);

    const applies = countApplies();
    expect(store.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    expect(applies.count).toBe(1);
    expect(activeScenario(store.getState())!.entries).toHaveLength(201);
    expect(amountAt(activeReplay(store.getState()).table, 'TP1', '2028').toFixed()).toBe('60000');
    const edited = shown(store);

    expect(store.getState().applyOperation({ op: 'lock', line: 'TP5' }, 'kept as it is')).toBe(true);
    expect(applies.count).toBe(2);
    store.getState().undo();
    store.getState().undo();
    expect(shown(store)).toEqual(tableText(opened.table));
    store.getState().redo();
    expect(shown(store)).toEqual(edited);
    expect(applies.count).toBe(2);

    // What the store kept step by step is what a replay from the start gives.
    expect(replayedAfresh(store)).toEqual(edited);
  });
});

describe('a table file of 4 999 lines', () => {
  it('is accepted as one operation holding its 19 996 figures, applied once, and read back from the store with one step', async () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(await store.getState().previewImport(bytes(largePlanCsv(4999)), 'large.csv')).toBe(true);
    expect(store.getState().acceptImport()).toBe(true);
    expect(await store.getState().previewImport(bytes(largePlanCsv(4999, 1)), 'large-revised.csv')).toBe(true);
    expect(store.getState().importPreview?.changes).toHaveLength(19_996);

    const applies = countApplies();
    expect(store.getState().acceptImport()).toBe(true);
    expect(applies.count).toBe(1);
    const entries = activeScenario(store.getState())!.entries;
    expect(entries.map((e) => e.operation.op)).toEqual(['setMany']);
    const figure = (s: AppStore, n: number, y: number) => amountAt(activeReplay(s.getState()).table, lineCode(n), String(2028 + y)).toFixed();
    expect([figure(store, 1, 0), figure(store, 4999, 3)]).toEqual([String(largeAmount(1, 0, 1)), String(largeAmount(4999, 3, 1))]);

    const reloaded = newStore(storage);
    expect(shown(reloaded)).toEqual(shown(store));
    expect(applies.count).toBe(2);
    expect(replayedAfresh(store)).toEqual(shown(store));

    store.getState().undo();
    expect(figure(store, 1, 0)).toBe(String(largeAmount(1, 0)));
  });
});

describe('the browser’s store', () => {
  it('is written when the workspace changes, not on every change of what is shown around it', () => {
    const storage = memoryStorage();
    const writes = vi.spyOn(storage, 'setItem');
    const store = newStore(storage);
    expect(store.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    const keys = () => writes.mock.calls.map(([key]) => key);
    expect(keys()).toEqual([STORAGE_KEY, VIEW_KEY]);
    store.getState().selectLine('TP2');
    store.getState().dismissMessage();
    store.getState().toggleGroup('TP3');
    expect(writes).toHaveBeenCalledTimes(2);
    // Which scenario is shown is stored (it is where the person comes back to), and so is the number style: the
    // view alone, not the workspace again.
    store.getState().showScenario(null);
    store.getState().setNumberStyle('swiss');
    expect(keys()).toEqual([STORAGE_KEY, VIEW_KEY, VIEW_KEY, VIEW_KEY]);
    const reloaded = newStore(storage);
    expect([reloaded.getState().style.id, reloaded.getState().activeId, reloaded.getState().scenarios.length]).toEqual(['swiss', null, 1]);
  });
});
