import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/appStore';
import { baselinePlan } from '../../../src/state/baseline';
import { memoryStorage } from '../../../src/state/browserStorage';
import { followingStore } from '../../../src/ui/common/followingStore';

/** A `later` the test resolves by hand: the frame painted. */
function frames() {
  const waiting: (() => void)[] = [];
  return {
    later: () => new Promise<void>((resolve) => waiting.push(resolve)),
    paint: async () => {
      for (const resolve of waiting.splice(0)) resolve();
      await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

describe('followingStore: the store as the panels see it, taken up after the frame is painted', () => {
  const newStores = () => {
    const store = createAppStore(baselinePlan(), { storage: memoryStorage() });
    const frame = frames();
    return { store, panels: followingStore(store, frame.later), frame };
  };

  it('gives the state before a change until the frame is painted, then the new one, telling its listeners once', async () => {
    const { store, panels, frame } = newStores();
    const told: string[] = [];
    panels.subscribe((state, previous) => told.push(`${previous.message?.text ?? 'none'} → ${state.message?.text ?? 'none'}`));
    store.setState({ message: { kind: 'info', text: 'one' } });
    store.setState({ message: { kind: 'info', text: 'two' } });
    expect(store.getState().message?.text).toBe('two');
    expect(panels.getState().message).toBeNull();
    expect(told).toEqual([]);
    // Two changes in one frame: one wait, one telling, of the last.
    expect(frame.pending).toBe(1);
    await frame.paint();
    expect(panels.getState()).toBe(store.getState());
    expect(told).toEqual(['none → two']);
  });

  it('writes to the store at once, and its actions act on the store', () => {
    const { store, panels } = newStores();
    panels.setState({ message: { kind: 'info', text: 'written' } });
    expect(store.getState().message?.text).toBe('written');
    panels.getState().setDisplayUnit('millions');
    expect(store.getState().displayUnit).toBe('millions');
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { store, panels, frame } = newStores();
    let told = 0;
    const stop = panels.subscribe(() => told++);
    stop();
    store.getState().setDisplayUnit('millions');
    await frame.paint();
    expect(told).toBe(0);
    expect(panels.getState().displayUnit).toBe('millions');
  });
});
