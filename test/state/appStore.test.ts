import { describe, expect, it } from 'vitest';
import { amountAt } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { createAppStore } from '../../src/state/appStore';

const figure = (store: ReturnType<typeof createAppStore>, rowId: string, columnId: string) =>
  amountAt(store.getState().table, rowId, columnId).toFixed();

describe('the app store', () => {
  it('applies a typed figure and recomputes what depends on it', () => {
    const store = createAppStore(baselinePlan());
    expect(store.getState().editCell('TP1', '2028', '60 000')).toBe(true);
    expect(figure(store, 'TP1', '2028-2029')).toBe('117080');
    expect(figure(store, 'total', 'total')).toBe('654648');
    expect(store.getState().message).toBeNull();
  });

  it('accepts every thousands separator and negative form in the reduction row', () => {
    const store = createAppStore(baselinePlan());
    for (const text of ['(2 000)', '−2\u202f000', "-2'000", '-2\u2019000', '-2\u00a0000']) {
      expect(store.getState().editCell('reduction', '2029', text)).toBe(true);
      expect(figure(store, 'reduction', '2029')).toBe('-2000');
    }
  });

  it('refuses text that is not an amount, naming the cell and keeping the old value', () => {
    const store = createAppStore(baselinePlan());
    const before = store.getState().table;
    expect(store.getState().editCell('TP1', '2028', 'abc')).toBe(false);
    expect(store.getState().table).toBe(before);
    expect(store.getState().message?.text).toBe(
      'TP1 Spectrum and satellite orbits, 2028: “abc” contains \'a\', which is not part of an amount. The cell keeps 57 023.',
    );
  });

  it('refuses decimals finer than the plan’s precision', () => {
    const store = createAppStore(baselinePlan());
    expect(store.getState().editCell('TP3', '2030', '47 965,5')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^TP3 Inclusive and secure infrastructure and services, 2030: .*whole units.*keeps 47 965\.$/);
  });

  it('refuses derived cells', () => {
    const store = createAppStore(baselinePlan());
    expect(store.getState().editCell('subtotal', '2028', '1')).toBe(false);
    expect(store.getState().editCell('TP1', '2028-2029', '1')).toBe(false);
    expect(store.getState().message?.text).toMatch(/computed from others/);
  });

  it('clears the message once a figure is accepted', () => {
    const store = createAppStore(baselinePlan());
    store.getState().editCell('TP1', '2028', 'x');
    store.getState().editCell('TP1', '2028', '1');
    expect(store.getState().message).toBeNull();
  });
});
