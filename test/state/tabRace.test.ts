import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeScenario, createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { openIndexedStorage } from '../../src/state/indexedStorage';
import { followOtherTabs } from '../../src/state/tabSync';

/*
 * Tabs as the browser runs them: each over IndexedDB, told of the others'
 * writes on a BroadcastChannel, keeping another tab's value only where it is
 * later than its own (tabChannel). A tab whose write lost that order merges;
 * one whose write won ignores the others' and follows their merges.
 */

async function tabsOnOneWorkspace(count: number) {
  globalThis.indexedDB = new IDBFactory();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const storage = await openIndexedStorage({ legacy: null, locks: null });
      let id = 0;
      const store = createAppStore(baselinePlan(), { storage, newId: () => `t${i}-${++id}` });
      followOtherTabs(store, storage.events, storage);
      return { store, storage };
    }),
  );
}

const lines = (tab: { store: ReturnType<typeof createAppStore> }) =>
  activeScenario(tab.store.getState())
    ?.entries.map((e) => (e.operation as { line: string }).line)
    .toSorted() ?? [];

describe('tabs that save in the same moment, over IndexedDB', () => {
  it('keep every edit of three tabs, and each names only its own as kept', async () => {
    const tabs = await tabsOnOneWorkspace(3);
    const [a, b, c] = tabs;
    a!.store.getState().editCell('TP1', '2028', '57 024');
    await expect.poll(() => [b, c].every((tab) => tab!.store.getState().scenarios.length === 1)).toBe(true);
    for (const tab of [b, c]) tab!.store.getState().showScenario(a!.store.getState().activeId);
    // All three in one task: none has heard of the others' before it saves.
    a!.store.getState().editCell('TP2', '2028', '3 344');
    b!.store.getState().editCell('TP3', '2028', '48 069');
    c!.store.getState().editCell('TP4', '2028', '21 030');
    for (const tab of tabs) await expect.poll(() => lines(tab)).toEqual(['TP1', 'TP2', 'TP3', 'TP4']);
    const said = tabs.map((tab) => tab.store.getState().message?.text ?? '');
    expect(said.join(" | ")).not.toMatch(/Not kept|Removed/);
    for (const [i, line] of ['TP2', 'TP3', 'TP4'].entries()) {
      const kept = said[i]!.match(/Kept with another tab's changes: (.*?)\. (?:This|These)/)?.[1] ?? '';
      for (const other of ['TP2', 'TP3', 'TP4'].filter((l) => l !== line)) expect(kept).not.toContain(other);
    }
    expect(said.some((text) => text.includes('Kept with another tab'))).toBe(true);
    await Promise.all(tabs.map((tab) => tab.storage.flushed()));
    for (const tab of tabs) tab.storage.close();
  });

  it('give three scenarios made at once, each "Proposal 1" where it was made, three names', async () => {
    const tabs = await tabsOnOneWorkspace(3);
    const typed = [['TP1', '57 024'], ['TP2', '3 344'], ['TP3', '48 069']] as const;
    tabs.forEach((tab, i) => expect(tab.store.getState().editCell(typed[i]![0], '2028', typed[i]![1])).toBe(true));
    for (const tab of tabs) await expect.poll(() => tab.store.getState().scenarios.length).toBe(3);
    await expect.poll(() => new Set(tabs.map((tab) => JSON.stringify(tab.store.getState().scenarios.map((s) => s.name)))).size).toBe(1);
    const names = tabs[0]!.store.getState().scenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(3);
    expect(names).toContain('Proposal 1');
    await Promise.all(tabs.map((tab) => tab.storage.flushed()));
    for (const tab of tabs) tab.storage.close();
  });
});
