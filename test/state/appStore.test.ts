import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { amountAt } from '../../src/model/table';
import { activeReplay, activeScenario, createAppStore, shownPlan, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { STORAGE_KEY, UNREADABLE_KEY, memoryStorage } from '../../src/state/browserStorage';
import { workbookRows } from '../../src/io/xlsxImport';
import { writeCsv } from '../../src/io/csvFile';

let counter = 0;
const newStore = (storage = memoryStorage()) =>
  createAppStore(baselinePlan(), {
    storage,
    newId: () => `id${++counter}`,
    now: () => new Date('2026-11-22T10:00:00Z'),
    readWorkbook: async (bytes) => workbookRows(bytes),
  });
const figure = (store: AppStore, rowId: string, columnId: string) =>
  amountAt(activeReplay(store.getState()).table, rowId, columnId).toFixed();

describe('editing cells', () => {
  it('applies a typed figure in a new scenario, leaving the baseline as published', () => {
    const store = newStore();
    expect(store.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    expect(figure(store, 'TP1', '2028-2029')).toBe('117080');
    expect(figure(store, 'total', 'total')).toBe('654648');
    expect(activeScenario(store.getState())?.name).toBe('Proposal 1');
    expect(store.getState().message?.text).toMatch(/baseline stays as it is.*“Proposal 1”/);
    store.getState().showScenario(null);
    expect(figure(store, 'total', 'total')).toBe('651671');
  });

  it('records the edit as a set operation, and later edits in the same scenario', () => {
    const store = newStore();
    store.getState().editCell('TP1', '2028', '60 000');
    store.getState().editCell('reduction', '2029', '(2 000)');
    const entries = activeScenario(store.getState())!.entries;
    expect(entries.map((e) => [e.operation.op, 'line' in e.operation ? e.operation.line : ''])).toEqual([
      ['set', 'TP1'],
      ['set', 'reduction'],
    ]);
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('accepts every thousands separator and negative form in the reduction row', () => {
    const store = newStore();
    for (const text of ['(2 000)', '−2\u202f001', "-2'002", '-2\u2019003', '-2\u00a0004']) {
      expect(store.getState().editCell('reduction', '2029', text)).toBe(true);
    }
    expect(figure(store, 'reduction', '2029')).toBe('-2004');
  });

  it('refuses text that is not an amount, naming the cell and keeping the old value', () => {
    const store = newStore();
    const before = store.getState().scenarios;
    expect(store.getState().editCell('TP1', '2028', 'abc')).toBe(false);
    expect(store.getState().scenarios).toBe(before);
    expect(store.getState().message?.text).toBe(
      'TP1 Spectrum and satellite orbits, 2028: “abc” contains \'a\', which is not part of an amount. The cell keeps 57 023.',
    );
  });

  it('refuses decimals finer than the plan’s precision, derived cells, and amounts below zero', () => {
    const store = newStore();
    expect(store.getState().editCell('TP3', '2030', '47 965,5')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^TP3 Inclusive and secure infrastructure and services, 2030: .*whole units.*keeps 47 965\.$/);
    expect(store.getState().editCell('subtotal', '2028', '1')).toBe(false);
    expect(store.getState().editCell('TP1', '2028-2029', '1')).toBe(false);
    expect(store.getState().message?.text).toMatch(/computed from others/);
    expect(store.getState().editCell('TP2', '2028', '-3 000')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^TP2 International numbering resources, 2028: refused, .*cannot be negative/);
    expect(store.getState().scenarios).toHaveLength(0);
  });
});

describe('figures that read two ways', () => {
  it('never takes 5,000 typed in the document style silently: it names both readings and lets the person choose', () => {
    const store = newStore();
    expect(store.getState().editCell('TP2', '2028', '5,000')).toBe(false);
    expect(figure(store, 'TP2', '2028')).toBe('3343');
    const message = store.getState().message!;
    expect(message.text).toBe("TP2 International numbering resources, 2028: “5,000” reads two ways: as 5 000 (',' between thousands) or as 5 (',' as a decimal mark). Type 5 000 for thousands or 5 for decimals. The cell keeps 3 343.");
    expect(message.choices?.map((c) => c.label)).toEqual(['Read as thousands: 5 000', 'Read as decimals: 5']);
    message.choices![0]!.run();
    expect(figure(store, 'TP2', '2028')).toBe('5000');
    store.getState().undo();
    expect(figure(store, 'TP2', '2028')).toBe('3343');
  });

  it('names each reading as the person reads it in the unit and style shown: 5 000 and 5 in millions, not 5 000,000', () => {
    const store = newStore();
    store.getState().setDisplayUnit('millions');
    const labels = (text: string) => {
      expect(store.getState().editCell('TP2', '2028', text)).toBe(false);
      return store.getState().message?.choices?.map((c) => c.label);
    };
    expect(labels('5,000')).toEqual(['Read as thousands: 5 000', 'Read as decimals: 5']);
    expect(labels('5,125')).toEqual(['Read as thousands: 5 125', 'Read as decimals: 5,125']);
    store.getState().setNumberStyle('swiss');
    expect(labels('12.500')).toEqual(["Read as thousands: 12'500", 'Read as decimals: 12.5']);
    store.getState().setNumberStyle('english');
    store.getState().setDisplayUnit('plan');
    expect(labels('5.000')).toEqual(['Read as thousands: 5,000', 'Read as decimals: 5']);
  });

  it('offers only the readings the plan allows, and takes the unambiguous forms at once', () => {
    const store = newStore();
    expect(store.getState().editCell('TP2', '2028', '57,023')).toBe(false);
    expect(store.getState().message?.text).toMatch(/as 57 023 .* or as 57,023 .*decimals are not allowed here/);
    expect(store.getState().message?.choices?.map((c) => c.testId)).toEqual(['thousands']);
    for (const text of ['5 000', "5'000", '5000']) {
      expect(store.getState().editCell('TP2', '2029', text)).toBe(true);
      expect(figure(store, 'TP2', '2029')).toBe('5000');
      store.getState().undo();
    }
  });

  it('asks before a figure replaces another a thousand times larger or smaller', () => {
    const store = newStore();
    expect(store.getState().editCell('TP1', '2028', '57')).toBe(false);
    expect(figure(store, 'TP1', '2028')).toBe('57023');
    expect(store.getState().message?.text).toBe('TP1 Spectrum and satellite orbits, 2028: 57 would replace 57 023, a figure about a thousand times smaller: a slip of a thousand? Apply it, or type it again.');
    expect(store.getState().editCell('TP1', '2028', '57 023 000')).toBe(false);
    expect(store.getState().message?.text).toMatch(/about a thousand times larger/);
    store.getState().message!.choices!.find((c) => c.testId === 'apply-anyway')!.run();
    expect(figure(store, 'TP1', '2028')).toBe('57023000');
    expect(store.getState().editCell('TP1', '2029', '60 000')).toBe(true);
  });

  it('asks before any operation, edit or import puts figures a thousand times larger or smaller in place (a set of 57 for 57 023)', () => {
    const store = newStore();
    expect(store.getState().applyOperation({ op: 'set', line: 'TP1', year: '2028', value: new Dec(57) })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Set TP1 in 2028 to 57: not applied yet, because it would put figures about a thousand times larger or smaller than those they replace: TP1 Spectrum and satellite orbits, 2028: 57 for 57 023\./);
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().applyOperation({ op: 'envelope', total: new Dec(650) })).toBe(false);
    expect(store.getState().message?.text).toMatch(/the envelope: 650 for 650 000/);
    expect(store.getState().applyOperation({ op: 'set', line: 'TP1', year: '2028', value: new Dec(57100) })).toBe(true);
    const id = activeScenario(store.getState())!.entries[0]!.id;
    expect(store.getState().editEntry(id, { op: 'set', line: 'TP1', year: '2028', value: new Dec(57) }, '')).toBe(false);
    expect(store.getState().message?.text).toMatch(/57 for 57 100/);
  });

  it('asks before an operation leaves Totals below zero or shares over 100 %, as a target of 650 meant 650 000 would', () => {
    const store = newStore();
    const target = { op: 'reduction', mode: 'target', total: new Dec(650), profile: 'current' } as const;
    expect(store.getState().applyOperation(target)).toBe(false);
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().message?.text).toMatch(/^Bring Total to 650 .*: not applied yet, because its result would not be valid: Total is below zero in 2030 .*; The share of TP1, TP2, TP3, TP4, TP5 is outside 0–100 % of Total; The reduction is larger than the Subtotal/);
    store.getState().message!.choices![0]!.run();
    expect(figure(store, 'total', 'total')).toBe('650');
    expect(store.getState().applyOperation({ ...target, total: new Dec(650000) })).toBe(true);
  });

  it('asks before an operation makes the reduction an increase, and lists the rule once it is applied', () => {
    const store = newStore();
    expect(store.getState().applyOperation({ op: 'reduction', mode: 'rates', rates: { '2031': new Dec(-1) } })).toBe(false);
    expect(store.getState().message?.text).toMatch(/: not applied yet, because its result would not be valid: The reduction is an increase in 2031 \(\+1 700\)/);
    expect(store.getState().scenarios).toEqual([]);
    store.getState().message!.choices![0]!.run();
    expect(figure(store, 'reduction', '2031')).toBe('1700');
    expect(store.getState().editCell('reduction', '2031', '1 800')).toBe(true);
  });

  it('refuses a pasted block with cells that read two ways, then reads them as the person chooses', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP1', '2028', [['60,000', '57 000'], ['3,500', '3 000']])).toBe(false);
    expect(figure(store, 'TP1', '2028')).toBe('57023');
    const message = store.getState().message!;
    expect(message.text).toMatch(/^Nothing was pasted: 2 of 4 cells read two ways\. TP1 Spectrum and satellite orbits, 2028: “60,000” reads two ways/);
    message.choices!.find((c) => c.testId === 'thousands')!.run();
    expect([figure(store, 'TP1', '2028'), figure(store, 'TP1', '2029'), figure(store, 'TP2', '2028'), figure(store, 'TP2', '2029')]).toEqual(['60000', '57000', '3500', '3000']);
  });
});

describe('operations, scenarios and history', () => {
  it('refuses an operation with a message that names it, and changes nothing', () => {
    const store = newStore();
    store.getState().newScenario('Mine');
    const before = store.getState().scenarios;
    expect(store.getState().applyOperation({ op: 'transfer', from: 'TP2', to: 'TP1', amount: new Dec(9000), years: ['2028'] })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Move 9 000 from TP2 to TP1 in 2028: refused, .*below zero in 2028/);
    expect(store.getState().scenarios).toBe(before);
  });

  it('switches an entry off and on, and removes one from the middle, replaying the rest', () => {
    const store = newStore();
    const s = store.getState();
    s.applyOperation({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, 'to fund cyber');
    s.applyOperation({ op: 'set', line: 'TP2', year: '2028', value: new Dec(4000) });
    s.applyOperation({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' });
    expect(figure(store, 'total', 'total')).toBe('650000');
    const [first, second] = activeScenario(store.getState())!.entries;
    store.getState().toggleEntry(first!.id);
    expect(figure(store, 'TP1', '2030')).toBe('58237');
    expect(figure(store, 'total', 'total')).toBe('650000');
    store.getState().toggleEntry(first!.id);
    expect(figure(store, 'TP1', '2030')).toBe('53237');
    store.getState().removeEntry(second!.id);
    expect(figure(store, 'TP2', '2028')).toBe('3343');
    expect(activeScenario(store.getState())!.entries.map((e) => e.rationale)).toEqual(['to fund cyber', '']);
  });

  it('branches from a scenario, renames, deletes, and undoes every change exactly', () => {
    const store = newStore();
    const s = store.getState();
    const a = s.newScenario('A');
    expect(store.getState().message?.text).toBe('“A” was started from the baseline, with no change yet; the baseline itself stays as it is.');
    s.applyOperation({ op: 'set', line: 'TP1', year: '2028', value: new Dec(50000) });
    const b = store.getState().newScenario();
    expect(store.getState().message?.text).toBe('“Proposal 2” was branched from “A” with its 1 change; “A” stays as it is.');
    expect(activeScenario(store.getState())!.entries).toHaveLength(1);
    expect(activeScenario(store.getState())!.parentId).toBe(a);
    expect(store.getState().renameScenario(b, 'A')).toBe(false);
    expect(store.getState().renameScenario(b, '  B  ')).toBe(true);
    expect(store.getState().message?.text).toBe('“Proposal 2” is now called “B”. Undo (Ctrl+Z) gives it its old name back.');
    const snapshots = [store.getState().scenarios];
    store.getState().deleteScenario(b);
    expect(store.getState().activeId).toBe(a);
    snapshots.push(store.getState().scenarios);
    store.getState().undo();
    expect(store.getState().scenarios).toBe(snapshots[0]);
    expect(store.getState().activeId).toBe(b);
    store.getState().redo();
    expect(store.getState().scenarios).toBe(snapshots[1]);
    expect(store.getState().activeId).toBe(a);
    while (store.getState().past.length > 0) store.getState().undo();
    expect(store.getState().scenarios).toEqual([]);
  });

  it('clears a typed figure to 0 on Delete, undoably, and says a figure already 0 has nothing to clear', () => {
    const store = newStore();
    expect(store.getState().clearCell('TP2', '2029')).toBe(true);
    expect(figure(store, 'TP2', '2029')).toBe('0');
    const steps = store.getState().past.length;
    expect(store.getState().clearCell('TP2', '2029')).toBe(true);
    expect(store.getState().message?.text).toBe('TP2 International numbering resources, 2029 is already 0: nothing was changed.');
    expect(store.getState().past).toHaveLength(steps);
    store.getState().undo();
    expect(figure(store, 'TP2', '2029')).toBe('3243');
  });

  it('says there is nothing to undo or redo, as after a reload, and leaves a question waiting for its answer', () => {
    const store = newStore();
    const scenarios = store.getState().scenarios;
    store.getState().undo();
    expect(store.getState().message).toEqual({ kind: 'info', text: expect.stringMatching(/^Nothing to undo: undo starts afresh each time the page is opened, and when another tab changes this workspace\. Every change of the scenario is kept/) });
    expect(store.getState().scenarios).toBe(scenarios);
    store.getState().redo();
    expect(store.getState().message?.text).toBe('Nothing to redo.');
    expect(store.getState().editCell('TP2', '2028', '5,000')).toBe(false);
    const question = store.getState().message;
    store.getState().undo();
    expect(store.getState().message).toBe(question);
  });

  it('undoes data only, showing the scenario the change was made in; switching and comparing are never undone', () => {
    const store = newStore();
    const a = store.getState().newScenario('A');
    store.getState().applyOperation({ op: 'set', line: 'TP1', year: '2028', value: new Dec(50000) });
    const b = store.getState().newScenario('B');
    store.getState().showScenario(a);
    store.getState().compareWith(b);
    const depth = store.getState().past.length;
    store.getState().showPlan(null);
    expect(store.getState().past).toHaveLength(depth);
    store.getState().undo();
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['A']);
    expect(store.getState().activeId).toBe(a);
    expect(store.getState().compareId).toBeNull();
    store.getState().showScenario(null);
    store.getState().compareWith(a);
    store.getState().undo();
    expect(store.getState().activeId).toBe(a);
    expect(store.getState().compareId).toBe(a);
    expect(activeScenario(store.getState())!.entries).toEqual([]);
    store.getState().undo();
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().activeId).toBeNull();
    expect(store.getState().compareId).toBeNull();
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().activeId).toBe(a);
    expect(figure(store, 'TP1', '2028')).toBe('50000');
  });

  it('refuses at entry a rationale longer than a proposal file or the store can keep, so nothing accepted is refused on reload', () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    const transfer = { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] } as const;
    expect(store.getState().applyOperation(transfer, 'x'.repeat(10_001))).toBe(false);
    expect(store.getState().message?.text).toMatch(/^The rationale is 10001 characters long, more than the 10000/);
    expect(store.getState().applyOperation(transfer, 'x'.repeat(10_000))).toBe(true);
    const reloaded = newStore(storage);
    expect(reloaded.getState().storage.unreadable).toBeNull();
    expect(reloaded.getState().scenarios[0]!.entries[0]!.rationale).toHaveLength(10_000);
  });

  it('opens a proposal file as a new scenario, or refuses it whole', async () => {
    const store = newStore();
    const file = (operations: unknown[]) =>
      JSON.stringify({ format: 'linkage-calculator/proposal', version: 1, plan: baselinePlan().id, name: 'From Geneva', operations });
    expect(await store.getState().openProposal(file([{ op: 'setShare', line: 'TP2', share: '3' }]), 'geneva.json')).toBe(true);
    expect(activeScenario(store.getState())!.name).toBe('From Geneva');
    expect(figure(store, 'TP2', 'total')).toBe('19550');
    const before = store.getState().scenarios;
    expect(await store.getState().openProposal(file([{ op: 'lock', line: 'TP1' }, { op: 'teleport' }]), 'bad.json')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^bad\.json: .*operation 2: unknown operation "teleport".*Nothing was imported\.$/);
    expect(store.getState().scenarios).toBe(before);
  });
});

describe('a new operation started from a cell (Alt+N)', () => {
  it('says why a Subtotal or Total cell gives no line, and what to do; a line’s cell needs no words', () => {
    const store = newStore();
    store.getState().seedOperation('total', '2028-2029');
    expect(store.getState().operationSeed).toMatchObject({ rowId: 'total', columnId: '2028-2029', count: 1 });
    expect(store.getState().message?.text).toBe("Total is computed from the Subtotal and the reduction, so the new operation starts from 2028-2029 but no line: choose the line in the form, or press Alt+N on a line's figure to start from it.");
    store.getState().seedOperation('subtotal', 'share');
    expect(store.getState().message?.text).toMatch(/^Subtotal is computed from the lines, so the new operation starts from no line and no year/);
    store.getState().dismissMessage();
    store.getState().seedOperation('TP1', '2028-2029');
    expect(store.getState().operationSeed?.count).toBe(3);
    expect(store.getState().message).toBeNull();
  });
});

describe('persistence', () => {
  it('finds every scenario again after a reload', () => {
    const storage = memoryStorage();
    const first = newStore(storage);
    first.getState().applyOperation({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, 'why');
    first.getState().newScenario('Second');
    first.getState().compareWith(first.getState().scenarios[0]!.id);
    const reloaded = newStore(storage);
    expect(reloaded.getState().scenarios.map((s) => s.name)).toEqual(['Proposal 1', 'Second']);
    expect(reloaded.getState().activeId).toBe(first.getState().activeId);
    expect(reloaded.getState().compareId).toBe(first.getState().compareId);
    expect(figure(reloaded, 'TP3', '2030')).toBe('52965');
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).version).toBe(2);
  });

  it('starts on the baseline when the store cannot be read, keeps the data and says why', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"state": {"workspace": {"planId": 42' });
    const store = newStore(storage);
    expect(store.getState().scenarios).toEqual([]);
    expect(figure(store, 'total', 'total')).toBe('651671');
    expect(store.getState().storage.unreadable?.raw).toBe('{"state": {"workspace": {"planId": 42');
    expect(store.getState().storage.unreadable?.reason).toMatch(/JSON/);
    expect(storage.data.get(UNREADABLE_KEY)).toBe('{"state": {"workspace": {"planId": 42');
  });

  it('keeps an unreadable store that cannot be copied aside (storage full) until the person dismisses it, across reloads', () => {
    const broken = '{"state": {"workspace": {"planId": 42';
    const memory = memoryStorage({ [STORAGE_KEY]: broken });
    // Full: no room for the copy aside.
    const storage = { ...memory, setItem: (key: string, value: string) => (key === UNREADABLE_KEY ? (() => { throw new Error('QuotaExceededError'); })() : memory.setItem(key, value)) };
    const store = newStore(storage);
    // Said at once, before any change is lost to it.
    expect(store.getState().storage.writeError).toMatch(/kept there as it was until you download or dismiss it/);
    expect(store.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    expect(memory.data.get(STORAGE_KEY)).toBe(broken);
    expect(store.getState().storage.writeError).toMatch(/kept there as it was until you download or dismiss it/);
    const reloaded = newStore(storage);
    expect(reloaded.getState().storage.unreadable?.raw).toBe(broken);
    // The warning survives the reload too: changes made now would not be saved either.
    expect(reloaded.getState().storage.writeError).toMatch(/kept there as it was until you download or dismiss it/);
    reloaded.getState().dismissUnreadable();
    expect(reloaded.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    expect(memory.data.get(STORAGE_KEY)).not.toBe(broken);
    expect(reloaded.getState().storage.writeError).toBeNull();
  });

  it('offers the data set aside again after a reload, whatever was stored since, until the person dismisses it, which deletes it', () => {
    const broken = '{"state": {"workspace": {"planId": 42';
    const storage = memoryStorage({ [STORAGE_KEY]: broken });
    newStore(storage).getState().editCell('TP1', '2028', '60 000');
    expect(storage.data.get(STORAGE_KEY)).not.toBe(broken);
    const reloaded = newStore(storage);
    expect(figure(reloaded, 'TP1', '2028')).toBe('60000');
    expect(reloaded.getState().storage.unreadable).toEqual({ raw: broken, reason: 'set aside on an earlier visit', isPartial: false, isEarlier: true });
    reloaded.getState().dismissUnreadable();
    expect(storage.data.has(UNREADABLE_KEY)).toBe(false);
    expect(newStore(storage).getState().storage.unreadable).toBeNull();
  });

  it('reports a failed write instead of failing silently, and clears it when writing works again', () => {
    const storage = memoryStorage();
    let isFull = true;
    const full = {
      ...storage,
      setItem: (key: string, value: string) => {
        if (isFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const store = newStore(full);
    store.getState().newScenario('X');
    expect(store.getState().storage.writeError).toMatch(/quota/);
    expect(store.getState().scenarios).toHaveLength(1);
    isFull = false;
    store.getState().renameScenario(store.getState().activeId!, 'Y');
    expect(store.getState().storage.writeError).toBeNull();
  });
});

describe('importing a table', () => {
  const csv = (rows: string[]) =>
    new TextEncoder().encode(['code;name;kind;2028;2029;2030;2031;total', ...rows].join('\r\n'));
  const appendix = [
    'TP1;Spectrum and satellite orbits;line;60 000,00;57 080;58 237;62 703;238 020',
    'TP2;International numbering resources;line;3 343;3 243;3 301;3 291;13 178',
    'TP3;Inclusive and secure infrastructure and services;line;48 068;47 125;47 965;48 402;191 561',
    'TP4;Digital applications;line;21 029;20 323;20 737;20 675;82 764',
    'TP5;Enabling environment;line;33 697;33 727;34 189;34 933;136 546',
  ];

  it('previews, then applies the changes as one undoable change in a scenario named after the file', async () => {
    const store = newStore();
    expect(await store.getState().previewImport(csv(appendix), 'council.csv')).toBe(true);
    const preview = store.getState().importPreview!;
    expect(preview.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`)).toEqual(['TP1 2028 60000']);
    expect(preview.mismatches.map((m) => m.where)).toEqual(['row 4, column 8 (total)']);
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().acceptImport()).toBe(true);
    expect(activeScenario(store.getState())!.name).toBe('council');
    expect(figure(store, 'total', 'total')).toBe('654648');
    expect(store.getState().importPreview).toBeNull();
    store.getState().undo();
    expect(store.getState().scenarios).toEqual([]);
  });

  it('refuses a bad file with every problem and its place, and changes nothing', async () => {
    const store = newStore();
    const before = store.getState().scenarios;
    expect(await store.getState().previewImport(csv([appendix[0]!.replace('57 080', 'x')]), 'bad.csv')).toBe(false);
    expect(store.getState().message?.text).toBe("bad.csv cannot be imported: row 2, column 5 (2029): “x” contains 'x', which is not part of an amount. Nothing was imported.");
    expect(store.getState().scenarios).toBe(before);
    expect(store.getState().importPreview).toBeNull();
  });

  it('drops a preview when the scenario under it changes, so it is never applied to other figures', async () => {
    const store = newStore();
    store.getState().newScenario('A');
    await store.getState().previewImport(csv(appendix), 'council.csv');
    store.getState().showScenario(null);
    expect(store.getState().importPreview).toBeNull();
    store.getState().showScenario(store.getState().scenarios[0]!.id);
    await store.getState().previewImport(csv(appendix), 'council.csv');
    store.getState().undo();
    expect(store.getState().importPreview).toBeNull();
  });

  it('reads a table exported from a scenario with outcomes back as changes to that scenario', async () => {
    const store = newStore();
    const parts = ['1', '2', '3'].map((n) => ({ code: `TP1.${n}`, name: `Outcome ${n}`, weight: new Dec(1) }));
    expect(store.getState().applyOperation({ op: 'breakdown', line: 'TP1', mode: 'weights', parts })).toBe(true);
    const { state, table } = activeReplay(store.getState());
    const exported = writeCsv(state.plan, table, { separator: ';' }).replace('TP1.1;Outcome 1;line;TP1;19008', 'TP1.1;Outcome 1;line;TP1;19009');
    expect(exported).toContain('TP1.1;Outcome 1;line;TP1;19009');
    expect(await store.getState().previewImport(new TextEncoder().encode(exported), 'outcomes.csv')).toBe(true);
    const preview = store.getState().importPreview!;
    expect(preview.kind).toBe('changes');
    expect(preview.changes.map((c) => `${c.rowId} ${c.year} ${c.to.toFixed()}`)).toEqual(['TP1.1 2028 19009']);
  });

  it('refuses the whole import when a change touches a locked line', async () => {
    const store = newStore();
    store.getState().applyOperation({ op: 'lock', line: 'TP1' });
    const before = store.getState().scenarios;
    await store.getState().previewImport(csv(appendix), 'council.csv');
    expect(store.getState().acceptImport()).toBe(false);
    expect(store.getState().message?.text).toMatch(/TP1 Spectrum and satellite orbits is locked/);
    expect(store.getState().scenarios).toBe(before);
  });
});

describe('pasting a block', () => {
  it('fills input cells from the focused one, skipping derived rows and columns, as one undoable change', () => {
    const store = newStore();
    const block = [['60 000', '61 000', '62 000', '63 000'], ['3 000', '3 100', '3 200', '3 300'], ['40 000', '41 000', '42 000', '43 000']];
    expect(store.getState().pasteBlock('TP1', '2028', block)).toBe(true);
    expect(figure(store, 'TP1', '2031')).toBe('63000');
    expect(figure(store, 'TP3', '2028')).toBe('40000');
    expect(activeScenario(store.getState())!.entries).toHaveLength(12);
    store.getState().undo();
    expect(store.getState().scenarios).toEqual([]);
  });

  it('refuses a block with bad cells, naming each, and can then apply only the valid ones', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP4', '2030', [['20 000', 'x'], ['(5 000)', '30 000']])).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Nothing was pasted: 1 of 4 cells are not amounts\. TP4 Digital applications, 2031: “x” contains 'x'/);
    expect(store.getState().scenarios).toEqual([]);
    const refused = store.getState().refusedPaste!;
    expect(store.getState().pasteBlock(refused.rowId, refused.columnId, refused.block, { validOnly: true })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Set TP5 in 2030 to -5 000: refused, .*cannot be negative/);
    expect(store.getState().pasteBlock('TP4', '2030', [['20 000', 'x'], ['25 000', '30 000']], { validOnly: true })).toBe(true);
    expect(figure(store, 'TP4', '2030')).toBe('20000');
    expect(figure(store, 'TP4', '2031')).toBe('20675');
    expect(store.getState().message?.text).toMatch(/Pasted 3 figures \(1 cells that are not amounts were left as they were\)/);
  });

  it('offers only the readings every cell of a pasted block allows', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP1', '2028', [['57,023', '57,080']])).toBe(false);
    expect(store.getState().message?.choices?.map((c) => c.testId)).toEqual(['thousands']);
  });

  it('asks whether four round yearly figures are years or a row of the grid, when one adds up the others by chance', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP2', '2028', [['1000', '2000', '3000', '4000']])).toBe(false);
    expect(figure(store, 'TP2', '2028')).toBe('3343');
    expect(store.getState().message?.text).toMatch(/^Nothing was pasted yet: the block may be yearly figures/);
    store.getState().message!.choices!.find((c) => c.testId === 'shape-years')!.run();
    expect(['2028', '2029', '2030', '2031'].map((year) => figure(store, 'TP2', year))).toEqual(['1000', '2000', '3000', '4000']);
  });

  it('asks before pasting figures a thousand times larger or smaller than those they replace', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP1', '2028', [['57', '57 080']])).toBe(false);
    expect(store.getState().message?.text).toBe('Nothing was pasted yet: 1 figure would replace one about a thousand times larger or smaller. TP1 Spectrum and satellite orbits, 2028: 57 for 57 023. A slip of a thousand?');
    expect(figure(store, 'TP1', '2028')).toBe('57023');
    store.getState().message!.choices![0]!.run();
    expect(figure(store, 'TP1', '2028')).toBe('57');
  });

  it('pastes a row as this grid or the Council table shows it: typed figures taken, its totals and share checked', () => {
    const store = newStore();
    const row = ['60 000', '57 080', '117 080', '58 237', '62 703', '120 940', '238 020', '36,36%'];
    expect(store.getState().pasteBlock('TP1', '2028', [row])).toBe(true);
    expect(figure(store, 'TP1', '2028')).toBe('60000');
    expect(activeScenario(store.getState())!.entries).toHaveLength(1);
    expect(store.getState().message?.text).toBe('Pasted 1 figure. Undo (Ctrl+Z) takes them back. The totals and shares in the block agree with those computed.');
    store.getState().undo();
    const wrong = [...row.slice(0, 2), '117 000', ...row.slice(3, 7), '36,00%'];
    expect(store.getState().pasteBlock('TP1', '2028', [wrong])).toBe(true);
    expect(figure(store, 'TP1', '2028-2029')).toBe('117080');
    expect(store.getState().message?.text).toMatch(
      /2 computed figures of the block differ from those computed here, which stand: TP1 Spectrum and satellite orbits, 2028-2029: 117 000 in the block, 117 080 computed; TP1 Spectrum and satellite orbits, share: 36,00% in the block, 36,36% computed\.$/,
    );
  });

  it('pastes rows copied with their code and name, on a year or on the label itself, leaving the labels off', () => {
    const store = newStore();
    const council = [
      ['TP1', 'Spectrum and satellite orbits', '60 000', '57 080', '117 080', '58 237', '62 703', '120 940', '238 020', '36,36%'],
      ['TP2', 'International numbering resources', '3 343', '3 243', '6 586', '3 301', '3 291', '6 592', '13 178', '2,01%'],
    ];
    expect(store.getState().pasteBlock('TP1', '2028', council)).toBe(true);
    expect(figure(store, 'TP1', '2028')).toBe('60000');
    expect(store.getState().message?.text).toBe('Pasted 1 figure. Undo (Ctrl+Z) takes them back. The totals and shares in the block agree with those computed.');
    store.getState().undo();
    expect(store.getState().pasteBlock('TP1', 'code', council)).toBe(true);
    expect(figure(store, 'TP1', '2028')).toBe('60000');
    store.getState().undo();
    // Code only, pasted on the name: the same.
    expect(store.getState().pasteBlock('TP1', 'name', [council[0]!.filter((_, i) => i !== 1)])).toBe(true);
    expect(figure(store, 'TP1', '2028')).toBe('60000');
    // Text that is no label of the table is never taken for one.
    expect(store.getState().pasteBlock('TP1', '2028', [['TPX', ...council[0]!.slice(2)]])).toBe(false);
  });

  it('compares a share written with either decimal mark by its value: a row copied in the English style, pasted in the document’s', () => {
    const store = newStore();
    const english = ['60,000', '57,080', '117,080', '58,237', '62,703', '120,940', '238,020', '36.36%'];
    expect(store.getState().pasteBlock('TP1', '2028', [english])).toBe(false);
    store.getState().message!.choices!.find((c) => c.testId === 'thousands')!.run();
    expect(figure(store, 'TP1', '2028')).toBe('60000');
    expect(store.getState().message?.text).toBe('Pasted 1 figure. Undo (Ctrl+Z) takes them back. The totals and shares in the block agree with those computed.');
    store.getState().undo();
    expect(store.getState().pasteBlock('TP1', '2028', [[...english.slice(0, 7), '36.00%']], { readAs: 'thousands' })).toBe(true);
    expect(store.getState().message?.text).toMatch(/TP1 Spectrum and satellite orbits, share: 36\.00% in the block, 36,36% computed\.$/);
  });

  it('refuses a block larger than the input cells from there, and a paste into a derived cell', () => {
    const store = newStore();
    expect(store.getState().pasteBlock('TP5', '2031', [['1', '2']])).toBe(false);
    expect(store.getState().message?.text).toMatch(/The block is 1 × 2 cells but from TP5 Enabling environment, 2031 there are only 2 rows and 1 years/);
    expect(store.getState().pasteBlock('subtotal', '2028', [['1']])).toBe(false);
    expect(store.getState().message?.text).toMatch(/is computed from others/);
  });
});

describe('a plan of its own', () => {
  const mff = () => new Uint8Array(readFileSync(new URL('../../fixtures/import/valid/mff-7-years.csv', import.meta.url)));

  it('opens a table of other lines and years beside the published plan, with scenarios of its own, kept on reload', async () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    await store.getState().previewImport(mff(), 'mff.csv');
    expect(store.getState().importPreview!.kind).toBe('new-plan');
    expect(store.getState().acceptImport()).toBe(true);
    expect(shownPlan(store.getState()).years).toHaveLength(7);
    expect(figure(store, 'H1', '2034')).toBe('12000.5');
    store.getState().editCell('H1.2', '2030', '12 000,0');
    expect(activeScenario(store.getState())!.planId).toBe('import:mff.csv');
    expect(figure(store, 'H1', '2030')).toBe(String(58237 + 12000));

    const reloaded = newStore(storage);
    expect(shownPlan(reloaded.getState()).id).toBe('import:mff.csv');
    expect(figure(reloaded, 'H1', '2030')).toBe('70237');
    reloaded.getState().showPlan(null);
    expect(shownPlan(reloaded.getState()).id).toBe(baselinePlan().id);
    expect(figure(reloaded, 'total', 'total')).toBe('651671');
    reloaded.getState().showScenario(reloaded.getState().scenarios[0]!.id);
    expect(shownPlan(reloaded.getState()).id).toBe('import:mff.csv');
  });

  it('removes an imported plan with its scenarios, undoably', async () => {
    const store = newStore();
    await store.getState().previewImport(mff(), 'mff.csv');
    store.getState().acceptImport();
    expect(store.getState().editCell('H2', '2030', '4 999')).toBe(true);
    store.getState().deletePlan('import:mff.csv');
    expect(shownPlan(store.getState()).id).toBe(baselinePlan().id);
    expect(store.getState().scenarios).toEqual([]);
    store.getState().undo();
    expect(shownPlan(store.getState()).id).toBe('import:mff.csv');
    expect(figure(store, 'H2', '2030')).toBe('4999');
  });
});

describe('number styles and units', () => {
  it('reads typed figures in the chosen style and unit, and keeps the choice on reload', () => {
    const storage = memoryStorage();
    const store = newStore(storage);
    store.getState().setNumberStyle('swiss');
    expect(store.getState().editCell('TP1', '2028', "60'000")).toBe(true);
    expect(store.getState().editCell('TP1', '2029', '60 000,5')).toBe(false);
    expect(store.getState().message?.text).toMatch(/uses ',', which is not this number style's decimal mark/);
    store.getState().setDisplayUnit('millions');
    expect(store.getState().editCell('TP2', '2028', '3.5')).toBe(true);
    expect(figure(store, 'TP2', '2028')).toBe('3500');
    expect(store.getState().editCell('TP2', '2029', '3.2435')).toBe(false);
    const reloaded = newStore(storage);
    expect(reloaded.getState().style.id).toBe('swiss');
    expect(reloaded.getState().displayUnit).toBe('millions');
  });
});
