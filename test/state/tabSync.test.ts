import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { activeScenario, createAppStore, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, memoryStorage } from '../../src/state/browserStorage';
import { followOtherTabs } from '../../src/state/tabSync';

const council = () => new Uint8Array(readFileSync(new URL('../../fixtures/import/valid/appendix-a.csv', import.meta.url)));

/** Ids made by every tab of every test: none made twice, as crypto.randomUUID. */
let madeIds = 0;

/** Lets the other tab's reading of the store (a promise) finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Tabs over one storage (two unless said): each write is told to the others,
 * as the browser's storage event does; at once, or `later` (in a task of its
 * own, as a browser does), so that all can save before any has heard.
 */
function twoTabs({ later = false, stored = null as string | null, count = 2 } = {}) {
  const shared = memoryStorage(stored === null ? {} : { [STORAGE_KEY]: stored });
  const targets = Array.from({ length: count }, () => new EventTarget());
  /** The keys each tab wrote, in order. */
  const written: string[][] = targets.map(() => []);
  const storageOf = (self: number) => ({
    getItem: (key: string) => shared.getItem(key),
    removeItem: (key: string) => shared.removeItem(key),
    setItem(key: string, value: string) {
      written[self]!.push(key);
      const old = shared.getItem(key);
      shared.setItem(key, value);
      const tell = () => targets.forEach((target, i) => i !== self && target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value })));
      if (old === value) return;
      if (later) setTimeout(tell);
      else tell();
    },
  });
  const tabs = targets.map((_, i) => createAppStore(baselinePlan(), { storage: storageOf(i), newId: () => `t${i}-${++madeIds}` }));
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

  it('keeps the changes of both tabs saved in the same moment: a scenario made in each, the one made here renamed', async () => {
    const { tabs: [a, b], shared } = twoTabs({ later: true });
    // Each edits before it has heard of the other's: the store first keeps the last saved, B's, and A adds its own to it.
    a!.getState().editCell('TP1', '2028', '57 024');
    b!.getState().editCell('TP2', '2028', '3 344');
    await settled();
    await settled();
    const stored = JSON.parse(shared.getItem(STORAGE_KEY)!).state.workspace.scenarios;
    expect(stored.map((s: { name: string; entries: { line: string }[] }) => [s.name, s.entries.map((e) => e.line)])).toEqual([
      ['Proposal 1', ['TP2']],
      ['Proposal 1 (2)', ['TP1']],
    ]);
    expect(a!.getState().message).toMatchObject({ kind: 'info', text: expect.stringMatching(/Kept with another tab's changes: the scenario “Proposal 1 \(2\)”, renamed from “Proposal 1”, a name another tab gave a scenario of its own\. This change was made here in the same moment/) });
    // A still shows its own scenario, under its new name; B shows both, and lost nothing.
    expect(activeScenario(a!.getState())!.name).toBe('Proposal 1 (2)');
    expect(b!.getState().scenarios.map((s) => s.name)).toEqual(['Proposal 1', 'Proposal 1 (2)']);
    expect(b!.getState().message?.text ?? '').not.toMatch(/Not kept|Removed/);
  });

  /** Both tabs on one scenario holding one change (TP1 2028), heard by both. */
  async function oneScenario() {
    const tabs = twoTabs({ later: true });
    const [a, b] = tabs.tabs;
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    b!.getState().showScenario(a!.getState().activeId);
    const [entry] = activeScenario(a!.getState())!.entries;
    return { ...tabs, a: a!, b: b!, entry: entry! };
  }
  const storedEntries = (shared: ReturnType<typeof twoTabs>['shared']) =>
    JSON.parse(shared.getItem(STORAGE_KEY)!).state.workspace.scenarios.flatMap((s: { entries: { line: string; value: string }[] }) => s.entries.map((e) => `${e.line} ${e.value}`));

  it('adds the changes made here to those another tab made to the same scenario in the same moment', async () => {
    const { a, b, shared } = await oneScenario();
    a.getState().editCell('TP2', '2028', '3 344');
    b.getState().editCell('TP3', '2028', '48 069');
    await settled();
    await settled();
    expect(storedEntries(shared)).toEqual(['TP1 57024', 'TP3 48069', 'TP2 3344']);
    expect(activeScenario(b.getState())!.entries).toHaveLength(3);
    expect(a.getState().message).toMatchObject({ kind: 'info', text: expect.stringMatching(/Kept with another tab's changes: “Proposal 1”: .*TP2.*2028.*3 344\./) });
  });

  it('keeps the other tab’s version where both changed one thing in the same moment, and names the one made here', async () => {
    const { a, b, entry, shared } = await oneScenario();
    const op = entry.operation as Extract<typeof entry.operation, { op: 'set' }>;
    expect(a.getState().editEntry(entry.id, { ...op, value: new Dec(57_100) }, '')).toBe(true);
    expect(b.getState().editEntry(entry.id, { ...op, value: new Dec(57_200) }, '')).toBe(true);
    await settled();
    await settled();
    expect(storedEntries(shared)).toEqual(['TP1 57200']);
    expect(activeScenario(a.getState())!.entries.map((e) => (e.operation as typeof op).value.toString())).toEqual(['57200']);
    expect(a.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: .*TP1.*2028.*57 100\. Another tab changed the same in the same moment, and its version is kept/) });
  });

  it('keeps a change the other tab made to what was removed here in the same moment, and says the removal was not kept', async () => {
    const { a, b, entry, shared } = await oneScenario();
    const op = entry.operation as Extract<typeof entry.operation, { op: 'set' }>;
    a.getState().removeEntry(entry.id);
    expect(b.getState().editEntry(entry.id, { ...op, value: new Dec(57_200) }, '')).toBe(true);
    await settled();
    await settled();
    expect(storedEntries(shared)).toEqual(['TP1 57200']);
    expect(a.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: the removal of .*TP1.*2028.*57 024/) });
  });

  it('keeps the changes of three tabs saved in the same moment, each told only of its own', async () => {
    const { tabs, shared } = twoTabs({ later: true, count: 3 });
    const [a, b, c] = tabs as [AppStore, AppStore, AppStore];
    a.getState().editCell('TP1', '2028', '57 024');
    await settled();
    await settled();
    for (const tab of [b, c]) tab.getState().showScenario(a.getState().activeId);
    a.getState().editCell('TP2', '2028', '3 344');
    b.getState().editCell('TP3', '2028', '48 069');
    c.getState().editCell('TP4', '2028', '21 030');
    for (let i = 0; i < 6; i++) await settled();
    expect(storedEntries(shared).toSorted()).toEqual(['TP1 57024', 'TP2 3344', 'TP3 48069', 'TP4 21030']);
    for (const tab of tabs) expect(activeScenario(tab.getState())!.entries).toHaveLength(4);
    const said = tabs.map((tab) => tab.getState().message?.text ?? '');
    expect(said.join(' ')).not.toMatch(/Not kept|Removed/);
    // A tab that merged names its own change, never another tab's as its own.
    for (const [i, line] of ['TP2', 'TP3', 'TP4'].entries()) {
      const kept = said[i]!.match(/Kept with another tab's changes: (.*?)\. /)?.[1] ?? '';
      for (const other of ['TP2', 'TP3', 'TP4'].filter((l) => l !== line)) expect(kept).not.toContain(other);
    }
  });

  it('keeps a scenario deleted in the other tab as a change was made to it here, and says so', async () => {
    const { a, b, shared } = await oneScenario();
    a.getState().editCell('TP2', '2028', '3 344');
    b.getState().deleteScenario(b.getState().activeId!);
    await settled();
    await settled();
    expect(storedEntries(shared)).toEqual(['TP1 57024', 'TP2 3344']);
    expect(b.getState().scenarios).toHaveLength(1);
    expect(a.getState().message).toMatchObject({ kind: 'info', text: expect.stringMatching(/Kept with another tab's changes: the scenario “Proposal 1” \(deleted in another tab as it was changed here, and kept: delete it again if still meant\)/) });
  });

  it('says so in the tab that deleted a scenario the other tab kept, having changed it in the same moment', async () => {
    const { a, b } = await oneScenario();
    b.getState().editCell('TP2', '2028', '3 344');
    a.getState().deleteScenario(a.getState().activeId!);
    await settled();
    await settled();
    await settled();
    expect(a.getState().scenarios).toHaveLength(1);
    expect(a.getState().message?.text).toMatch(/Not kept: the deletion of the scenario “Proposal 1”\./);
  });

  it('tells the tab that made a scenario that another tab renamed it', async () => {
    const { a, b } = await oneScenario();
    expect(b.getState().renameScenario(b.getState().activeId!, 'Moved to TP2')).toBe(true);
    await settled();
    await settled();
    expect(a.getState().message?.text).toMatch(/Renamed in another tab: “Proposal 1” is now “Moved to TP2”\./);
  });

  it('says what of an entry was not kept: switching it off, where the other tab changed its figure', async () => {
    const { a, b, entry } = await oneScenario();
    const op = entry.operation as Extract<typeof entry.operation, { op: 'set' }>;
    a.getState().toggleEntry(entry.id);
    expect(b.getState().editEntry(entry.id, { ...op, value: new Dec(57_100) }, '')).toBe(true);
    await settled();
    await settled();
    expect(activeScenario(a.getState())!.entries[0]!.enabled).toBe(true);
    expect(a.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: switching off Set TP1 in 2028 to 57 024\./) });
  });

  it('keeps both figures typed in one cell in the same moment, and tells the tab whose figure is no longer shown', async () => {
    const { a, b, shared } = await oneScenario();
    a.getState().editCell('TP2', '2028', '4 000');
    b.getState().editCell('TP2', '2028', '5 000');
    await settled();
    await settled();
    // B saved last; A adds its own after B's, so A's figure is shown, and B is told.
    expect(storedEntries(shared)).toEqual(['TP1 57024', 'TP2 5000', 'TP2 4000']);
    expect(a.getState().message?.text).toMatch(/Kept with another tab's changes: “Proposal 1”: .*TP2.*4 000\./);
    expect(b.getState().message).toMatchObject({ kind: 'info', text: expect.stringMatching(/Changed again in another tab: “Proposal 1”: Set TP2 in 2028 to 5 000, by Set TP2 in 2028 to 4 000\. Both are kept, and the later sets the figures shown/) });
  });

  it('keeps a scenario’s new name given here while the other tab changed its figures', async () => {
    const { a, b, shared } = await oneScenario();
    expect(a.getState().renameScenario(a.getState().activeId!, 'Moved to TP2')).toBe(true);
    b.getState().editCell('TP2', '2028', '3 344');
    await settled();
    await settled();
    expect(JSON.parse(shared.getItem(STORAGE_KEY)!).state.workspace.scenarios[0].name).toBe('Moved to TP2');
    expect(storedEntries(shared)).toEqual(['TP1 57024', 'TP2 3344']);
    expect(b.getState().scenarios[0]!.name).toBe('Moved to TP2');
  });

  it('says which of its own changes were not kept when the other tab’s write was made from a workspace stored by an earlier version (nothing to merge from)', async () => {
    const first = twoTabs();
    first.tabs[0]!.getState().editCell('TP1', '2028', '57 024');
    const { revision, history, ...unstamped } = JSON.parse(first.shared.getItem(STORAGE_KEY)!);
    expect([typeof revision, history]).toEqual(['string', ['']]);
    const { tabs: [a, b], shared } = twoTabs({ later: true, stored: JSON.stringify(unstamped) });
    a!.getState().editCell('TP2', '2028', '3 344');
    b!.getState().editCell('TP3', '2028', '48 069');
    await settled();
    expect(storedEntries(shared)).toEqual(['TP1 57024', 'TP3 48069']);
    expect(a!.getState().message).toMatchObject({ kind: 'error', text: expect.stringMatching(/Not kept: “Proposal 1”: .*TP2.*2028.*3 344\. Another tab saved this workspace without this change/) });
  });

  it('says nothing of a change made in the other tab and removed there, and names one made here that the other tab removed', async () => {
    const { tabs: [a, b] } = twoTabs();
    a!.getState().editCell('TP1', '2028', '57 024');
    await settled();
    const [entry] = activeScenario(a!.getState())!.entries;
    a!.getState().removeEntry(entry!.id);
    await settled();
    expect(b!.getState().scenarios.flatMap((s) => s.entries)).toEqual([]);
    expect(b!.getState().message).toMatchObject({ kind: 'info', text: expect.not.stringMatching(/Not kept|Removed/) });
    b!.getState().showScenario(b!.getState().scenarios[0]!.id);
    b!.getState().editCell('TP3', '2029', '48 069');
    await settled();
    const [made] = activeScenario(b!.getState())!.entries;
    a!.getState().showScenario(b!.getState().scenarios[0]!.id);
    a!.getState().removeEntry(made!.id);
    await settled();
    // Removed knowingly there: said, not put back.
    expect(b!.getState().message).toMatchObject({ kind: 'info', text: expect.stringMatching(/Removed in another tab: “Proposal 1”: .*TP3.*2029.*48 069\./) });
    expect(activeScenario(b!.getState())!.entries).toEqual([]);
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
