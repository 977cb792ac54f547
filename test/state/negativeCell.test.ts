import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';

describe('a line typed below zero', () => {
  it('is refused at once, with no question about a slip of a thousand that could only end in the same refusal', () => {
    const store = createAppStore(baselinePlan(), { storage: memoryStorage() });
    // TP2 2029 holds 3 243; −3 is about a thousand times smaller.
    expect(store.getState().editCell('TP2', '2029', '-3')).toBe(false);
    const message = store.getState().message;
    expect(message?.text).toMatch(/negative/);
    expect(message?.text).not.toMatch(/slip of a thousand/);
    expect(message?.choices ?? []).toEqual([]);
    expect(store.getState().scenarios).toEqual([]);
  });
});
