import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { activeScenario, createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, memoryStorage } from '../../src/state/browserStorage';
import { followOtherTabs } from '../../src/state/tabSync';

const council = () => new Uint8Array(readFileSync(new URL('../../fixtures/import/valid/appendix-a.csv', import.meta.url)));

/** Lets the other tab's reading of the store (a promise) finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Two tabs over one storage: each write is told to the other, as the
 * browser's storage event does; at once, or `later` (in a task of its own,
 * as a browser does), so that both can save before either has heard.
 */
function twoTabs({ later = false } = {}) {
  const shared = memoryStorage();
  const targets = [new EventTarget(), new EventTarget()];
  /** The keys each tab wrote, in order. */
  const written: string[][] = [[], []];
  const storageOf = (other: number) => ({
    getItem: (key: string) => shared.getItem(key),
    removeItem: (key: string) => shared.removeItem(key),
    setItem(key: string, value: string) {
      written[1 - other]!.push(key);
      const old = shared.getItem(key);
      shared.setItem(key, value);
      const tell = () => targets[other]!.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
      if (old === value) return;
      if (later) setTimeout(tell);
      else tell();
    },
  });
  let id = 0;
  const tabs = [0, 1].map((i) => createAppStore(baselinePlan(), { storage: storageOf(1 - i), newId: () => `t${i}-${++id}` }));
  tabs.forEach((tab, i) => followOtherTabs(tab, targets[i]! as unknown as Window, shared));
  return { tabs, shared, written };
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

  it('writes only its view when it follows another’s edit: the workspace written again, stamped later, lost the edit the other made meanwhile', async () => {
    const { tabs: [a, b], written, shared } = twoTabs();
    b!.getState().showPlan(null);
    written[1]!.length = 0;
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    expect(b!.getState().scenarios).toHaveLength(1);
    expect(written[1]).not.toContain(STORAGE_KEY);
    // B still shows what it showed (the baseline); the store holds A's edit.
    expect(b!.getState().activeId).toBeNull();
    expect(createAppStore(baselinePlan(), { storage: shared }).getState().scenarios).toHaveLength(1);
  });

  it('says which of its own changes were not kept when the other tab saved in the same moment without them', async () => {
    const { tabs: [a, b], shared } = twoTabs({ later: true });
    // Each edits before it has heard of the other's: the store keeps the last saved, B's.
    a!.getState().editCell('TP1', '2028', '57 024');
    b!.getState().editCell('TP2', '2028', '3 344');
    await settled();
    const stored = JSON.parse(shared.getItem(STORAGE_KEY)!).state.workspace.scenarios;
    expect(stored.flatMap((s: { entries: unknown[] }) => s.entries)).toHaveLength(1);
    expect(a!.getState().scenarios.flatMap((s) => s.entries.map((e) => e.operation))).toEqual([expect.objectContaining({ line: 'TP2' })]);
    expect(a!.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: .*TP1.*2028.*57 024\. Another tab saved this workspace without this change/) });
    // B's own change was kept: it is told of nothing lost.
    expect(b!.getState().message?.text ?? '').not.toMatch(/Not kept/);
  });

  it('says nothing of a change made in the other tab and removed there, and names one made here that the other tab removed', async () => {
    const { tabs: [a, b] } = twoTabs();
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    const [entry] = activeScenario(a!.getState())!.entries;
    a!.getState().removeEntry(entry!.id);
    await settled();
    expect(b!.getState().scenarios.flatMap((s) => s.entries)).toEqual([]);
    expect(b!.getState().message).toMatchObject({ kind: 'info', text: expect.not.stringMatching(/Not kept/) });
    b!.getState().showScenario(b!.getState().scenarios[0]!.id);
    b!.getState().editCell('TP3', '2029', '48 069');
    await settled();
    const [made] = activeScenario(b!.getState())!.entries;
    a!.getState().showScenario(b!.getState().scenarios[0]!.id);
    a!.getState().removeEntry(made!.id);
    await settled();
    expect(b!.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: .*TP3.*2029.*48 069/) });
  });

  it('says so when the scenario it shows is deleted in the other tab', async () => {
    const { tabs: [a, b] } = twoTabs();
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    const [scenario] = b!.getState().scenarios;
    b!.getState().showScenario(scenario!.id);
    a!.getState().deleteScenario(scenario!.id);
    await settled();
    expect(b!.getState().activeId).toBeNull();
    expect(b!.getState().message?.text).toMatch(/The scenario “Proposal 1”, shown here, is no longer in this workspace: another tab deleted it/);
  });

  it('says so when the imported plan it shows is removed in the other tab', async () => {
    const { tabs: [a, b] } = twoTabs();
    const mff = new Uint8Array(readFileSync(new URL('../../fixtures/import/valid/mff-7-years.csv', import.meta.url)));
    expect(await a!.getState().previewImport(mff, 'mff.csv')).toBe(true);
    expect(a!.getState().acceptImport()).toBe(true);
    await settled();
    const [plan] = b!.getState().plans;
    b!.getState().showPlan(plan!.id);
    a!.getState().deletePlan(plan!.id);
    await settled();
    expect(b!.getState().activePlanId).toBeNull();
    expect(b!.getState().message?.text).toContain(`The imported plan “${plan!.title}”, shown here, is no longer in this workspace: another tab removed it`);
  });

  it('keeps an import preview and a question while the figures they are about are unchanged here, and says so', async () => {
    const { tabs: [a, b] } = twoTabs();
    expect(await b!.getState().previewImport(council(), 'council.csv')).toBe(true);
    expect(b!.getState().pasteBlock('TP1', '2028', [['57']])).toBe(false);
    const question = b!.getState().message!;
    // Another tab branches a scenario of its own: the baseline B shows is unchanged.
    a!.getState().editCell('TP2', '2028', '3 344');
    await settled();
    expect(b!.getState().scenarios).toHaveLength(1);
    expect(b!.getState().importPreview?.source).toBe('council.csv');
    expect(b!.getState().message?.text).toBe(`Another tab changed this workspace: its changes are shown here too. Undo in this tab starts again from here. The preview of council.csv still applies: the figures it was read against are unchanged. Still to answer, as the figures it is about are unchanged: ${question.text}`);
    b!.getState().message!.choices!.find((c) => c.testId === 'apply-anyway')!.run();
    expect(activeScenario(b!.getState())!.entries.map((e) => e.operation.op)).toEqual(['set']);
  });

  it('drops them when the figures they are about changed in the other tab, saying why', async () => {
    const { tabs: [a, b] } = twoTabs();
    a!.getState().editCell('TP2', '2028', '3 344');
    await settled();
    b!.getState().showScenario(b!.getState().scenarios[0]!.id);
    expect(await b!.getState().previewImport(council(), 'council.csv')).toBe(true);
    expect(b!.getState().applyOperation({ op: 'reduction', mode: 'target', total: new Dec(650), profile: 'current' })).toBe(false);
    expect(b!.getState().message?.choices).toHaveLength(1);
    a!.getState().editCell('TP3', '2028', '48 069');
    await settled();
    expect(b!.getState().importPreview).toBeNull();
    expect(b!.getState().message?.choices).toBeUndefined();
    expect(b!.getState().message?.text).toMatch(
      /^Another tab changed this workspace: .*Undo in this tab starts again from here\. The preview of council\.csv was closed, because the figures it was read against changed: import the file again .* The question asked here was withdrawn, because the figures it was about changed: do it again if you still mean it \(it was: Bring Total to 650/,
    );
    expect(activeScenario(b!.getState())!.entries).toHaveLength(2);
  });
});
