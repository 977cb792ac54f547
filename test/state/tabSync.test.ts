import { describe, expect, it } from 'vitest';
import { activeScenario, createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, memoryStorage } from '../../src/state/browserStorage';
import { followOtherTabs } from '../../src/state/tabSync';

/** Lets the other tab's reading of the store (a promise) finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

/** Two tabs over one storage: each write is told to the other, as the browser's storage event does. */
function twoTabs() {
  const shared = memoryStorage();
  const targets = [new EventTarget(), new EventTarget()];
  const storageOf = (other: number) => ({
    getItem: (key: string) => shared.getItem(key),
    removeItem: (key: string) => shared.removeItem(key),
    setItem(key: string, value: string) {
      const old = shared.getItem(key);
      shared.setItem(key, value);
      if (old !== value) targets[other]!.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
    },
  });
  let id = 0;
  const tabs = [0, 1].map((i) => createAppStore(baselinePlan(), { storage: storageOf(1 - i), newId: () => `t${i}-${++id}` }));
  tabs.forEach((tab, i) => followOtherTabs(tab, targets[i]! as unknown as Window));
  return { tabs, shared };
}

describe('two tabs on one workspace', () => {
  it('each follows the other’s changes before its own next edit, so none is overwritten, and neither sets the other going', async () => {
    const { tabs: [a, b], shared } = twoTabs();
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    expect(b!.getState().scenarios).toHaveLength(1);
    expect(b!.getState().message?.text).toMatch(/^Another tab changed this workspace/);
    b!.getState().showScenario(b!.getState().scenarios[0]!.id);
    b!.getState().editCell('TP2', '2028', '3 344');
    await settled();
    a!.getState().editCell('TP3', '2028', '48 069');
    await settled();
    const stored = JSON.parse(shared.getItem(STORAGE_KEY)!).state.workspace.scenarios;
    expect(stored[0].entries).toHaveLength(3);
    expect(activeScenario(b!.getState())!.entries).toHaveLength(3);
    expect(b!.getState().past).toEqual([]);
  });
});
