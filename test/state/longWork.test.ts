import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/appStore';
import { baselinePlan } from '../../src/state/baseline';
import { memoryStorage } from '../../src/state/browserStorage';
import { WorkStopped, inSlices } from '../../src/state/longWork';
import { shownPool } from '../../src/state/poolSlice';
import { mixedProposal } from '../support/scaleFiles';

let counter = 0;
const newStore = () => createAppStore(baselinePlan(), { storage: memoryStorage(), newId: () => `id${++counter}`, now: () => new Date('2026-12-07T10:00:00Z') });

describe('work that may take a while', () => {
  it('is shown from its start, returns what its steps return, and is gone when done', async () => {
    const store = newStore();
    function* steps() {
      for (let done = 1; done <= 3; done++) yield { done, total: 3 };
      return 'finished';
    }
    const running = inSlices({ get: store.getState, set: store.setState }, 'Counting', steps());
    expect(store.getState().work).toMatchObject({ what: 'Counting', done: 0, total: 0 });
    await expect(running).resolves.toBe('finished');
    expect(store.getState().work).toBeNull();
  });

  it('stops before its first step when stopped at once, and a newer work stops the older', async () => {
    const store = newStore();
    let stepped = 0;
    function* steps() {
      stepped++;
      yield { done: 1, total: 1 };
      return 'finished';
    }
    const context = { get: store.getState, set: store.setState };
    const first = inSlices(context, 'First', steps());
    store.getState().stopWork();
    await expect(first).rejects.toBeInstanceOf(WorkStopped);
    expect(stepped).toBe(0);
    const older = inSlices(context, 'Older', steps());
    const newer = inSlices(context, 'Newer', steps());
    await expect(older).rejects.toBeInstanceOf(WorkStopped);
    await expect(newer).resolves.toBe('finished');
  });

  it('opens a 200-operation proposal with its progress shown; stopped, it opens nothing and says so', async () => {
    const store = newStore();
    const opening = store.getState().openProposal(mixedProposal(200), 'many.json');
    expect(store.getState().work?.what).toBe('Opening many.json: checking its operations');
    store.getState().stopWork();
    expect(await opening).toBe(false);
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().message?.text).toBe('Stopped: many.json was not opened, and nothing changed.');
    expect(await store.getState().openProposal(mixedProposal(200), 'many.json')).toBe(true);
    expect(store.getState().scenarios[0]?.entries).toHaveLength(200);
    expect(store.getState().work).toBeNull();
  });

  it('pools files with their progress shown; stopped, it pools nothing and says so', async () => {
    const store = newStore();
    const files = [{ name: 'a.json', text: mixedProposal(50, 'A') }, { name: 'b.json', text: mixedProposal(60, 'B') }];
    const pooling = store.getState().openPool(files);
    expect(store.getState().work?.what).toBe('Pooling 2 files: a.json');
    store.getState().stopWork();
    expect(await pooling).toBe(0);
    expect(shownPool(store.getState())).toEqual([]);
    expect(store.getState().message?.text).toBe('Stopped: no file was pooled, and nothing changed.');
    expect(await store.getState().openPool(files)).toBe(2);
    expect(shownPool(store.getState()).map((p) => p.entries.length)).toEqual([50, 60]);
  });
});
