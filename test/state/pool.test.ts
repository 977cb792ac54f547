import { describe, expect, it } from 'vitest';
import { amountAt } from '../../src/model/table';
import { activeReplay, activeScenario, compareScenario, createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { shownPool } from '../../src/state/poolSlice';

let counter = 0;
const newStore = () => createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => `id${++counter}`, now: () => new Date('2026-11-22T10:00:00Z') });
const proposal = (name: string, operations: object[]) =>
  JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: 'itu-strategic-plan-2028-2031-appendix-a', name, savedAt: '2026-11-22T10:00:00.000Z', operations });
const files = [
  { name: 'a.json', text: proposal('Delegation A', [{ op: 'transfer', from: 'TP1', to: 'TP3', amount: '5000', years: ['2030'] }]) },
  { name: 'b.json', text: proposal('Delegation B', [{ op: 'set', line: 'TP1', year: '2030', value: '60000' }]) },
  { name: 'c.json', text: proposal('Delegation A', [{ op: 'set', line: 'TP2', year: '2028', value: '3000' }]) },
];

describe('the pool of proposals', () => {
  it('opens the files that read, refuses each bad one by name with why, and keeps the others', async () => {
    const store = newStore();
    expect(await store.getState().openPool([...files, { name: 'broken.json', text: '{"format": "linkage' }, { name: 'other.json', text: proposal('X', [{ op: 'set', line: 'TP9', year: '2030', value: '1' }]) }])).toBe(3);
    const pool = shownPool(store.getState());
    expect(pool.map((p) => [p.name, p.fileName])).toEqual([['Delegation A', 'a.json'], ['Delegation B', 'b.json'], ['Delegation A (2)', 'c.json']]);
    const { message } = store.getState();
    expect(message?.kind).toBe('error');
    expect(message?.text).toMatch(/^3 proposals were added to the pool \(3 in all\); 2 files were refused/);
    expect(message?.text).toMatch(/broken\.json: This proposal cannot be opened: it is not JSON/);
    expect(message?.text).toMatch(/other\.json: .*TP9/);
    // Nothing of the workspace changed: no scenario, nothing to undo.
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().past).toEqual([]);
  });

  it('takes one out, and empties', async () => {
    const store = newStore();
    await store.getState().openPool(files);
    store.getState().removeFromPool(shownPool(store.getState())[1]!.id);
    expect(shownPool(store.getState()).map((p) => p.fileName)).toEqual(['a.json', 'c.json']);
    store.getState().clearPool();
    expect(shownPool(store.getState())).toEqual([]);
  });

  it('opens two as scenarios and compares them, once', async () => {
    const store = newStore();
    await store.getState().openPool(files);
    const [a, b] = shownPool(store.getState());
    expect(store.getState().comparePooled(a!.id, b!.id)).toBe(true);
    expect(activeScenario(store.getState())?.name).toBe('Delegation A');
    expect(compareScenario(store.getState())?.name).toBe('Delegation B');
    expect(amountAt(activeReplay(store.getState()).table, 'TP1', '2030').toFixed()).toBe('53237');
    // Asked again, the same scenarios are shown, none added.
    store.getState().comparePooled(b!.id, a!.id);
    expect(store.getState().scenarios).toHaveLength(2);
    expect(activeScenario(store.getState())?.name).toBe('Delegation B');
    store.getState().undo();
    expect(store.getState().scenarios).toHaveLength(0);
  });

  it('merges proposals into a scenario with their operations in order, and says where they disagree', async () => {
    const store = newStore();
    await store.getState().openPool(files);
    const ids = shownPool(store.getState()).map((p) => p.id);
    expect(store.getState().mergePooled(ids)).toBe(true);
    const merged = activeScenario(store.getState())!;
    expect(merged.name).toBe('Merged: Delegation A + Delegation B + Delegation A (2)');
    expect(merged.entries.map((e) => e.operation.op)).toEqual(['transfer', 'set', 'set']);
    // The later figure set wins.
    expect(amountAt(activeReplay(store.getState()).table, 'TP1', '2030').toFixed()).toBe('60000');
    expect(store.getState().message?.text).toMatch(/1 cell is changed to different figures by two or more of them/);
    expect(store.getState().mergePooled(ids.slice(0, 1))).toBe(false);
  });

  it('says a move two proposals both make is made twice when merged, and refuses a file already in the pool or a table', async () => {
    const store = newStore();
    const move = [{ op: 'transfer', from: 'TP1', to: 'TP3', amount: '5000', years: ['2030'] }];
    expect(await store.getState().openPool([{ name: 'a.json', text: proposal('Delegation A', move) }, { name: 'z.json', text: proposal('Delegation Z', move) }])).toBe(2);
    expect(await store.getState().openPool([{ name: 'a.json', text: proposal('Delegation A', move) }, { name: 'plan.csv', text: 'code,2028\nTP1,1' }])).toBe(0);
    expect(store.getState().message?.text).toMatch(/a\.json: it is already in the pool, as “Delegation A”/);
    expect(store.getState().message?.text).toMatch(/plan\.csv: it is a table, not a proposal: a table comes in with Import table…/);
    expect(store.getState().mergePooled(shownPool(store.getState()).map((p) => p.id))).toBe(true);
    expect(amountAt(activeReplay(store.getState()).table, 'TP1', '2030').toFixed()).toBe('48237');
    expect(store.getState().message?.text).toMatch(/^[^.]*\. 2 cells are changed the same way by two or more of them, so merged the change is made more than once\./);
  });
});
