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

const say = (text: string) => ({ message: { kind: 'info' as const, text } });

describe('followingStore: the store as the panels beside the table see it', () => {
  const newStores = () => {
    const store = createAppStore(baselinePlan(), { storage: memoryStorage() });
    const frame = frames();
    const panels = followingStore(store, frame.later);
    const told: string[] = [];
    panels.subscribe((state, previous) => told.push(`${previous.message?.text ?? 'none'} → ${state.message?.text ?? 'none'}`));
    return { store, panels, frame, told };
  };

  it('follows a change made anywhere but the table at once: a box ticked in a panel is never drawn as it was', () => {
    const { store, panels, frame, told } = newStores();
    store.setState(say('one'));
    expect(panels.getState()).toBe(store.getState());
    expect(told).toEqual(['none → one']);
    expect(frame.pending).toBe(0);
  });

  it('takes up a figure typed in the table once its frame is painted, telling its listeners once', async () => {
    const { store, panels, frame, told } = newStores();
    const returned = panels.paintedFirst(() => {
      store.setState(say('typed'));
      return 'the change’s own result';
    });
    expect(returned).toBe('the change’s own result');
    expect(store.getState().message?.text).toBe('typed');
    expect(panels.getState().message).toBeNull();
    // A change before the frame (the storage's, a message) waits with it: one wait, one telling, of the last.
    store.setState(say('after'));
    expect(panels.getState().message).toBeNull();
    expect(told).toEqual([]);
    expect(frame.pending).toBe(1);
    await frame.paint();
    expect(panels.getState()).toBe(store.getState());
    expect(told).toEqual(['none → after']);
    // Once painted, a change is followed at once again.
    store.setState(say('later'));
    expect(told).toEqual(['none → after', 'after → later']);
  });

  it('writes to the store at once, and its actions act on the store', () => {
    const { store, panels } = newStores();
    panels.setState(say('written'));
    expect(store.getState().message?.text).toBe('written');
    panels.getState().setDisplayUnit('millions');
    expect(store.getState().displayUnit).toBe('millions');
    expect(panels.getState().displayUnit).toBe('millions');
  });

  it('stops telling a listener that unsubscribed', () => {
    const { store, panels } = newStores();
    let told = 0;
    const stop = panels.subscribe(() => told++);
    stop();
    store.setState(say('unheard'));
    expect(told).toBe(0);
    expect(panels.getState().message?.text).toBe('unheard');
  });

  it('follows at once again when a change in the table throws', () => {
    const { store, panels, told } = newStores();
    expect(() => panels.paintedFirst(() => { throw new Error('refused'); })).toThrow('refused');
    store.setState(say('next'));
    expect(told).toEqual(['none → next']);
  });
});
