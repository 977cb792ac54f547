import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amountAt } from '../../src/model/table';
import { activeReplay, createAppStore, shownPlan, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, UNREADABLE_KEY, VIEW_KEY, memoryStorage } from '../../src/state/browserStorage';
import { PLAN_PREFIX } from '../../src/state/storedPlans';
import { followOtherTabs } from '../../src/state/tabSync';

/** An imported plan kept in the browser under a key of its own, apart from the workspace that names it. */

const mff = () => new Uint8Array(readFileSync(new URL('../../fixtures/import/valid/mff-7-years.csv', import.meta.url)));

/** A store that keeps plans apart, and the keys of every value written to it, in order. */
function keeping(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial, true);
  const written: string[] = [];
  const setItem = storage.setItem;
  storage.setItem = (key, value) => {
    written.push(key);
    setItem(key, value);
  };
  return { storage, written };
}

const newStore = (storage = memoryStorage({}, true)) => createAppStore(baselinePlan(), { storage });
const figure = (store: AppStore, rowId: string, columnId: string) => amountAt(activeReplay(store.getState()).table, rowId, columnId).toFixed();
const planKeys = (storage: { data: Map<string, string> }) => [...storage.data.keys()].filter((key) => key.startsWith(PLAN_PREFIX));

async function withPlan(storage = memoryStorage({}, true)) {
  const store = newStore(storage);
  await store.getState().previewImport(mff(), 'mff.csv');
  expect(store.getState().acceptImport()).toBe(true);
  return store;
}

describe('a plan kept apart from the workspace', () => {
  it('is written once, before the workspace that names it; an edit writes the workspace only; a reload reads the plan back', async () => {
    const { storage, written } = keeping();
    const store = await withPlan(storage);
    const [key] = planKeys(storage);
    expect(written.indexOf(key!)).toBeLessThan(written.lastIndexOf(STORAGE_KEY));
    expect(storage.data.get(STORAGE_KEY)).toContain(`{"stored":"${key}"}`);
    expect(storage.data.get(STORAGE_KEY)).not.toContain('"lines"');
    written.length = 0;
    store.getState().editCell('H1.2', '2030', '12 000,0');
    expect(written).toEqual([STORAGE_KEY, VIEW_KEY]);
    // Read back, then edited again: the plan is still the one under its key, and is not written again.
    const reloaded = newStore(storage);
    expect(shownPlan(reloaded.getState()).id).toBe('import:mff.csv');
    expect(figure(reloaded, 'H1', '2030')).toBe('70237');
    written.length = 0;
    expect(reloaded.getState().editCell('H1.2', '2031', '10 500,0')).toBe(true);
    expect(written).toEqual([STORAGE_KEY, VIEW_KEY]);
    expect(planKeys(storage)).toEqual([key]);
  });

  it('is read from a workspace that held its plans inside it (as stored before), and kept apart at the next write', async () => {
    const inside = memoryStorage();
    await withPlan(inside);
    const stored = inside.data.get(STORAGE_KEY)!;
    expect(stored).toContain('"lines"');
    const storage = memoryStorage({ [STORAGE_KEY]: stored }, true);
    const store = newStore(storage);
    expect(figure(store, 'H1', '2034')).toBe('12000.5');
    store.getState().editCell('H1.2', '2030', '12 000,0');
    expect(planKeys(storage)).toHaveLength(1);
    expect(storage.data.get(STORAGE_KEY)).not.toContain('"lines"');
    expect(figure(newStore(storage), 'H1', '2030')).toBe('70237');
  });

  it('is written again where its key was removed and an undo names it again', async () => {
    const storage = memoryStorage({}, true);
    const store = await withPlan(storage);
    const [key] = planKeys(storage);
    const text = storage.data.get(key!);
    store.getState().deletePlan('import:mff.csv');
    // As the store removes a plan no value names once no other tab is open.
    storage.removeItem(key!);
    store.getState().undo();
    expect(storage.data.get(key!)).toBe(text);
    expect(shownPlan(newStore(storage).getState()).id).toBe('import:mff.csv');
  });

  it('found missing, is left out and said, its scenarios with it; the rest is loaded', async () => {
    const storage = memoryStorage({}, true);
    const store = await withPlan(storage);
    store.getState().editCell('H1.2', '2030', '12 000,0');
    store.getState().showPlan(null);
    store.getState().editCell('TP1', '2028', '57 024');
    storage.removeItem(planKeys(storage)[0]!);
    const stored = storage.data.get(STORAGE_KEY);
    const reloaded = newStore(storage);
    const { unreadable } = reloaded.getState().storage;
    expect(unreadable?.isPartial).toBe(true);
    expect(unreadable?.reason).toMatch(/^imported plan 1: it was kept in this browser apart from the workspace, and is no longer there; /);
    expect(reloaded.getState().plans).toEqual([]);
    expect(reloaded.getState().scenarios).toHaveLength(1);
    // Set aside as it was stored, naming the plan lost.
    expect(storage.data.get(UNREADABLE_KEY)).toBe(stored);
  });

  it('set aside with the rest of a workspace that cannot all be read, is written into the copy, which stands alone', async () => {
    const storage = memoryStorage({}, true);
    const store = await withPlan(storage);
    store.getState().editCell('H1.2', '2030', '12 000,0');
    const stored = JSON.parse(storage.data.get(STORAGE_KEY)!) as { state: { workspace: { scenarios: { entries: unknown[] }[] } } };
    stored.state.workspace.scenarios[0]!.entries.push({ kind: 'no such operation' });
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const reloaded = newStore(storage);
    expect(reloaded.getState().storage.unreadable?.isPartial).toBe(true);
    const copy = reloaded.getState().storage.unreadable!.raw;
    expect(copy).toContain('"lines"');
    expect(copy).not.toContain(PLAN_PREFIX);
  });

  it('named by another tab’s workspace before it has arrived: the other tab’s change is followed once it has', async () => {
    const shared = memoryStorage({}, true);
    const events = new EventTarget();
    const tab = newStore(shared);
    followOtherTabs(tab, events as unknown as Window, shared);
    // The other tab's plan and workspace, told in the other order.
    const elsewhere = memoryStorage({}, true);
    await withPlan(elsewhere);
    const [key] = planKeys(elsewhere);
    shared.setItem(STORAGE_KEY, elsewhere.data.get(STORAGE_KEY)!);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(tab.getState().plans).toEqual([]);
    expect(tab.getState().storage.unreadable).toBeNull();
    shared.setItem(key!, elsewhere.data.get(key!)!);
    events.dispatchEvent(Object.assign(new Event('storage'), { key }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(tab.getState().plans.map((p) => p.id)).toEqual(['import:mff.csv']);
    expect(tab.getState().message?.text).toMatch(/^Another tab changed this workspace/);
  });
});
