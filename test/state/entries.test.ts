import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import { replay } from '../../src/model/proposal';
import { computeTable } from '../../src/model/table';
import { activeReplay, activeScenario, createAppStore, type AppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { tableText } from '../support/tableText';

let counter = 0;
const newStore = () => createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => `id${++counter}`, now: () => new Date('2026-11-23T10:00:00Z') });
const transfer = (amount: number, years = ['2030']): Operation => ({ op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(amount), years });
const share: Operation = { op: 'setShare', line: 'TP2', share: new Dec(3) };
const ids = (store: AppStore) => activeScenario(store.getState())!.entries.map((e) => e.id);
const words = (store: AppStore) => activeScenario(store.getState())!.entries.map((e) => e.operation.op);
/** The table a fresh replay of the scenario's entries gives, from the published plan. */
const fresh = (store: AppStore) => tableText(replay(initialState(baselinePlan()), activeScenario(store.getState())!.entries, computeTable(baselinePlan())).table);
const shown = (store: AppStore) => tableText(activeReplay(store.getState()).table);

describe('operations edited, moved and duplicated in place', () => {
  it('edits an operation at its position; the rest replays on it, as a fresh replay would', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    store.getState().applyOperation(share);
    const [first] = ids(store);
    expect(store.getState().editEntry(first!, transfer(2000, ['2028', '2030']), 'smaller')).toBe(true);
    const entry = activeScenario(store.getState())!.entries[0]!;
    expect([entry.operation.op, (entry.operation as { amount: Amount }).amount.toFixed(), entry.rationale]).toEqual(['transfer', '2000', 'smaller']);
    expect(words(store)).toEqual(['transfer', 'setShare']);
    expect(shown(store)).toEqual(fresh(store));
    store.getState().undo();
    expect((activeScenario(store.getState())!.entries[0]!.operation as { amount: Amount }).amount.toFixed()).toBe('5000');
  });

  it('refuses an edit that does not apply at its position, and keeps the operation', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    const before = activeScenario(store.getState());
    expect(store.getState().editEntry(ids(store)[0]!, transfer(99_999), '')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Move 99 999 from TP1 to TP3 in 2030: refused, .*below zero.*Change 1 stays as it was\.$/);
    expect(activeScenario(store.getState())).toBe(before);
  });

  it('says what each operation did where it stands, the same whether replayed step by step or afresh', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    store.getState().applyOperation(share);
    const effects = (replayed: ReturnType<typeof activeReplay>) =>
      activeScenario(store.getState())!.entries.map((e) => (replayed.effects.get(e.id) ?? []).map(({ rowId, change }) => `${rowId} ${change.toFixed()}`).join(' '));
    const stepwise = effects(activeReplay(store.getState()));
    expect(stepwise[0]).toBe('TP1 -5000 TP3 5000');
    // setShare after the transfer: TP2 takes 3 % of Total, the others give pro rata, TP3 from its new figures.
    expect(stepwise[1]).toMatch(/^TP1 -\d+ TP2 6372 TP3 -\d+ TP4 -\d+ TP5 -\d+$/);
    const fresh = replay(initialState(baselinePlan()), activeScenario(store.getState())!.entries, computeTable(baselinePlan()));
    expect(effects(fresh)).toEqual(stepwise);
  });

  it('moves an operation up and down and duplicates it; order matters, and each is undoable', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    store.getState().applyOperation(share);
    const [a, b] = ids(store);
    const inOrder = shown(store);
    store.getState().moveEntry(b!, -1);
    expect(ids(store)).toEqual([b, a]);
    expect(shown(store)).toEqual(fresh(store));
    // setShare then transfer is not transfer then setShare: the share's compensation moved first.
    expect(shown(store)).not.toEqual(inOrder);
    store.getState().moveEntry(b!, -1);
    expect(ids(store)).toEqual([b, a]);
    store.getState().duplicateEntry(a!);
    expect(words(store)).toEqual(['setShare', 'transfer', 'transfer']);
    expect(shown(store)).toEqual(fresh(store));
    store.getState().undo();
    store.getState().undo();
    expect(ids(store)).toEqual([a, b]);
    expect(shown(store)).toEqual(inOrder);
  });

  it('moves an operation to any place (a drop), as one change, saying what the move changed in the final table, before → after', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    store.getState().applyOperation(share);
    const elsewhere: Operation = { op: 'transfer', from: 'TP4', to: 'TP5', amount: new Dec(10), years: ['2028'] };
    store.getState().applyOperation(elsewhere);
    const [a, b, c] = ids(store);
    const inOrder = shown(store);
    const steps = store.getState().past.length;
    store.getState().moveEntryTo(b!, 0);
    expect(ids(store)).toEqual([b, a, c]);
    expect(shown(store)).toEqual(fresh(store));
    expect(store.getState().past.length).toBe(steps + 1);
    expect(store.getState().message?.text).toBe(
      'Moving #2 above #1 changed 6 figures: TP1 total 227 774 → 227 724; TP3 total 194 620 → 194 670; TP1 2030-2031 114 814 → 114 764; TP3 2030-2031 100 380 → 100 430; and 2 more. Undo (Ctrl+Z) takes it back.',
    );
    // The transfer far from the others changes nothing where it lands.
    store.getState().moveEntryTo(c!, 0);
    expect(ids(store)).toEqual([c, b, a]);
    expect(store.getState().message?.text).toBe('Moving #3 above #1 changed no figure: the result is the same. Undo (Ctrl+Z) takes it back.');
    store.getState().moveEntry(c!, 1);
    expect(ids(store)).toEqual([b, c, a]);
    expect(store.getState().message?.text).toBe('Moving #1 below #2 changed no figure: the result is the same. Undo (Ctrl+Z) takes it back.');
    // Where it is already, nothing happens and undo has nothing to take back.
    store.getState().moveEntryTo(c!, 1);
    expect(store.getState().past.length).toBe(steps + 3);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(ids(store)).toEqual([a, b, c]);
    expect(shown(store)).toEqual(inOrder);
  });

  it('says when a move makes an operation stop applying, or apply again', () => {
    const store = newStore();
    store.getState().applyOperation(transfer(5000));
    store.getState().applyOperation({ op: 'lock', line: 'TP3' });
    const [, lock] = ids(store);
    store.getState().moveEntryTo(lock!, 0);
    // Locked first, TP3 cannot take the transfer: it is skipped, and the figures are the published ones.
    expect(activeReplay(store.getState()).failures.size).toBe(1);
    expect(store.getState().message?.text).toMatch(/^Moving #2 above #1 changed 6 figures: TP1 total 230 043 → 235 043; .*; and 2 more\. The change now #2 no longer applies\. Undo \(Ctrl\+Z\) takes it back\.$/);
    store.getState().moveEntry(lock!, 1);
    expect(activeReplay(store.getState()).failures.size).toBe(0);
    expect(store.getState().message?.text).toMatch(/^Moving #1 below #2 changed 6 figures: .* The change now #1 applies again\. Undo/);
  });
});

describe('switching off, removing and moving an operation ask before an absurd result, as adding one does', () => {
  const set = (line: string, year: string, value: number): Operation => ({ op: 'set', line, year, value: new Dec(value) });
  // Scaled to 10 % then set: TP1 2030 ends at 150 000, enough under a reduction of 150 000 in 2030.
  const scaleDown: Operation = { op: 'scale', line: 'TP1', percent: new Dec(10), years: ['2030'], compensate: 'none' };
  const setUp = set('TP1', '2030', 150_000);
  const reduce = set('reduction', '2030', -150_000);
  const ready = () => {
    const store = newStore();
    for (const operation of [scaleDown, setUp, reduce]) expect(store.getState().applyOperation(operation)).toBe(true);
    return store;
  };
  const total2030 = (store: AppStore) => activeReplay(store.getState()).table.rows.find((r) => r.id === 'total')!.years[2]!.toFixed();

  it.each([
    ['switching off', (store: AppStore, id: string) => store.getState().toggleEntry(id), /^Switching off change 2 \(Set TP1 in 2030 to 150 000\): not done yet, because its result would not be valid: Total is below zero in 2030/],
    ['removing', (store: AppStore, id: string) => store.getState().removeEntry(id), /^Removing change 2 \(Set TP1 in 2030 to 150 000\): not done yet, because .*The reduction is larger than the Subtotal it reduces in 2030/],
    ['moving', (store: AppStore, id: string) => store.getState().moveEntry(id, -1), /^Moving change 2 \(Set TP1 in 2030 to 150 000\) up: not done yet, because its result would not be valid: Total is below zero/],
  ])('%s a change that would leave Total below zero asks, changes nothing, and is done once confirmed', (_, act, question) => {
    const store = ready();
    const before = activeScenario(store.getState());
    act(store, ids(store)[1]!);
    expect(store.getState().message?.text).toMatch(question);
    expect(activeScenario(store.getState())).toBe(before);
    expect(total2030(store)).toBe('106192');
    store.getState().message!.choices!.find((c) => c.testId === 'apply-anyway')!.run();
    expect(activeScenario(store.getState())).not.toBe(before);
    expect(Number(total2030(store))).toBeLessThan(0);
    store.getState().undo();
    expect(total2030(store)).toBe('106192');
  });

  it('does it at once when nothing absurd follows', () => {
    const store = ready();
    store.getState().toggleEntry(ids(store)[2]!);
    expect(activeScenario(store.getState())!.entries[2]!.enabled).toBe(false);
    // Said, with no question asked.
    expect(store.getState().message).toEqual({ kind: 'info', text: 'Change 3 is switched off: the changes after it replay without it. Undo (Ctrl+Z) takes it back.' });
    store.getState().removeEntry(ids(store)[0]!);
    expect(store.getState().message?.text).toMatch(/^Change 1 \(.+\) was removed; the changes after it replay without it\. Undo \(Ctrl\+Z\) brings it back\.$/);
    store.getState().undo();
    expect(store.getState().message?.text).toBe('Undone: the table is as it was before your last change. 4 more can be undone; Ctrl+Y redoes it.');
  });
});
