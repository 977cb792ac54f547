import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIndexedStorage } from '../../src/state/indexedStorage';
import { fakeLocks } from '../support/fakeLocks';

/** The workspace kept in IndexedDB: moved there from localStorage, written through, and other tabs told. */

/** localStorage as the migration sees it: keys by index, and what was removed. */
function legacyStorage(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const WORKSPACE = 'linkage-calculator/workspace';

beforeEach(() => {
  // A browser of its own for each test: an empty database.
  globalThis.indexedDB = new IDBFactory();
});

describe('the store in IndexedDB', () => {
  it('moves what localStorage held into the database on first start, then removes it there; the app’s keys only', async () => {
    const legacy = legacyStorage({ [WORKSPACE]: '{"state":1}', 'linkage-calculator/import-layouts': '[]', 'other-app': 'x' });
    const first = await openIndexedStorage({ legacy: legacy });
    expect(first.getItem(WORKSPACE)).toBe('{"state":1}');
    expect([...legacy.data.keys()]).toEqual(['other-app']);
    first.close();
    // Read from the database on the next start, with localStorage empty of it.
    const again = await openIndexedStorage({ legacy: legacyStorage({}) });
    expect([again.getItem(WORKSPACE), again.getItem('linkage-calculator/import-layouts')]).toEqual(['{"state":1}', '[]']);
    again.close();
  });

  it('never takes an older localStorage copy over what the database holds', async () => {
    const first = await openIndexedStorage({ legacy: null });
    first.setItem(WORKSPACE, 'new');
    await first.flushed();
    first.close();
    const legacy = legacyStorage({ [WORKSPACE]: 'old' });
    const again = await openIndexedStorage({ legacy: legacy });
    expect(again.getItem(WORKSPACE)).toBe('new');
    expect(legacy.data.size).toBe(0);
    again.close();
  });

  it('writes through, the last value of a key, and removes', async () => {
    const storage = await openIndexedStorage({ legacy: null });
    storage.setItem(WORKSPACE, 'a');
    storage.setItem(WORKSPACE, 'b');
    storage.setItem('linkage-calculator/x', 'c');
    storage.removeItem('linkage-calculator/x');
    expect(storage.getItem(WORKSPACE)).toBe('b');
    await storage.flushed();
    storage.close();
    const again = await openIndexedStorage({ legacy: null });
    expect([again.getItem(WORKSPACE), again.getItem('linkage-calculator/x')]).toEqual(['b', null]);
    again.close();
  });

  it('tells another tab which key changed, as a storage event with its new value', async () => {
    const one = await openIndexedStorage({ legacy: null });
    const two = await openIndexedStorage({ legacy: null });
    const seen = new Promise<{ key: string; newValue: string | null }>((resolve) => two.events.addEventListener('storage', (event) => resolve(event as unknown as { key: string; newValue: string | null })));
    one.setItem(WORKSPACE, 'from tab one');
    await one.flushed();
    const event = await seen;
    expect([event.key, event.newValue]).toEqual([WORKSPACE, 'from tab one']);
    expect(two.getItem(WORKSPACE)).toBe('from tab one');
    one.close();
    two.close();
  });

  it('tells another tab of each value at once, not behind a write of this tab the database is slow to take', async () => {
    const real = await import('idb-keyval');
    const store = real.createStore('linkage-calculator', 'keyval');
    // This tab's first write never completes: a database stalled on a busy machine.
    const stalled = await openIndexedStorage({ legacy: null, database: { entries: () => real.entries(store), set: () => new Promise<void>(() => {}), del: (key: string) => real.del(key, store) } });
    const other = await openIndexedStorage({ legacy: null });
    const told: (string | null)[] = [];
    other.events.addEventListener('storage', (event) => void told.push((event as unknown as { newValue: string | null }).newValue));
    stalled.setItem(WORKSPACE, 'first edit');
    await expect.poll(() => told).toEqual(['first edit']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    stalled.setItem(WORKSPACE, 'second edit');
    await expect.poll(() => told).toEqual(['first edit', 'second edit']);
    expect(other.getItem(WORKSPACE)).toBe('second edit');
    stalled.close();
    other.close();
  });

  it('keeps one value in both tabs and in the database when two tabs set a key at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      globalThis.indexedDB = new IDBFactory();
      const one = await openIndexedStorage({ legacy: null });
      const two = await openIndexedStorage({ legacy: null });
      // Both before either is told of the other's: each one's value waits for the paint meanwhile.
      one.setItem(WORKSPACE, 'from tab one');
      two.setItem(WORKSPACE, 'from tab two');
      await expect.poll(() => one.getItem(WORKSPACE) === two.getItem(WORKSPACE)).toBe(true);
      const kept = one.getItem(WORKSPACE);
      await Promise.all([one.flushed(), two.flushed()]);
      one.close();
      two.close();
      const again = await openIndexedStorage({ legacy: null });
      expect(['from tab one', 'from tab two']).toContain(kept);
      expect(again.getItem(WORKSPACE)).toBe(kept);
      again.close();
    }
  });

  it('keeps what the database has not yet taken when the page goes, and takes it in at the next start', async () => {
    const legacy = legacyStorage({});
    const page = new EventTarget();
    const storage = await openIndexedStorage({ legacy, page });
    storage.setItem(WORKSPACE, 'saved');
    await storage.flushed();
    // Nothing waits: nothing is kept aside.
    page.dispatchEvent(new Event('pagehide'));
    expect(legacy.data.size).toBe(0);
    // A change, and the page goes before the database has it (a reload right after an edit).
    storage.setItem(WORKSPACE, 'typed just before the reload');
    page.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(legacy.data.get('linkage-calculator/unsaved')!)).toEqual({ [WORKSPACE]: 'kept' });
    expect(legacy.data.get(`linkage-calculator/unsaved:${WORKSPACE}`)).toBe('typed just before the reload');
    storage.close();
    // The next start reads it over the database's, writes it there, and forgets it.
    const again = await openIndexedStorage({ legacy });
    expect(again.getItem(WORKSPACE)).toBe('typed just before the reload');
    expect(legacy.data.size).toBe(0);
    again.close();
    const third = await openIndexedStorage({ legacy: null });
    expect(third.getItem(WORKSPACE)).toBe('typed just before the reload');
    third.close();
  });

  it('forgets what it kept aside once the database has it: an older copy never comes back over a newer', async () => {
    const legacy = legacyStorage({});
    const page = new EventTarget();
    const storage = await openIndexedStorage({ legacy, page });
    storage.setItem(WORKSPACE, 'first');
    page.dispatchEvent(new Event('pagehide'));
    expect(legacy.data.has('linkage-calculator/unsaved')).toBe(true);
    await storage.flushed();
    expect(legacy.data.has('linkage-calculator/unsaved')).toBe(false);
    storage.close();
  });

  it('keeps what it kept aside when the page going away aborts the write under way: the next start still has the edit', async () => {
    // A reload aborts the page's transactions: the write in flight fails after the page kept its value aside.
    let hanging = false;
    let abort = () => {};
    let started = () => {};
    const writeStarted = new Promise<void>((resolve) => (started = resolve));
    const real = await import('idb-keyval');
    const store = real.createStore('linkage-calculator', 'keyval');
    const database = {
      entries: () => real.entries(store),
      set(key: string, value: string) {
        if (!hanging) return real.set(key, value, store);
        started();
        return new Promise<void>((_, reject) => (abort = () => reject(new DOMException('The transaction was aborted.', 'AbortError'))));
      },
      del: (key: string) => real.del(key, store),
    };
    const legacy = legacyStorage({});
    const page = new EventTarget();
    const storage = await openIndexedStorage({ legacy, page, database });
    storage.setItem(WORKSPACE, 'saved');
    await storage.flushed();
    hanging = true;
    storage.setItem(WORKSPACE, 'typed just before the reload');
    await writeStarted;
    page.dispatchEvent(new Event('pagehide'));
    abort();
    await storage.flushed();
    expect(legacy.data.get(`linkage-calculator/unsaved:${WORKSPACE}`)).toBe('typed just before the reload');
    storage.close();
    const again = await openIndexedStorage({ legacy });
    expect(again.getItem(WORKSPACE)).toBe('typed just before the reload');
    again.close();
  });

  it('closed with a write still waiting, writes it and tells no one, without an error', async () => {
    const storage = await openIndexedStorage({ legacy: null });
    storage.setItem(WORKSPACE, 'last');
    storage.close();
    await storage.flushed();
    const again = await openIndexedStorage({ legacy: null });
    expect(again.getItem(WORKSPACE)).toBe('last');
    again.close();
  });

  it('keeps aside a value near localStorage’s limit as it is, not inside a text that escapes every quote', async () => {
    // localStorage that holds at most 1 000 characters a value, as a browser holds 5 million.
    const legacy = legacyStorage({});
    const capped = {
      ...legacy,
      get length() {
        return legacy.data.size;
      },
      setItem(key: string, value: string) {
        if (value.length > 1000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        legacy.setItem(key, value);
      },
    };
    const page = new EventTarget();
    // The page goes before the database has the value: its write never ends.
    const real = await import('idb-keyval');
    const store = real.createStore('linkage-calculator', 'keyval');
    const database = { entries: () => real.entries(store), set: () => new Promise<void>(() => {}), del: (key: string) => real.del(key, store) };
    const storage = await openIndexedStorage({ legacy: capped, page, database });
    const workspace = JSON.stringify({ lines: Array.from({ length: 80 }, (_, i) => ({ c: `L${i}` })) });
    expect(workspace.length).toBeLessThan(1000);
    expect(JSON.stringify({ [WORKSPACE]: workspace }).length).toBeGreaterThan(1000);
    storage.setItem(WORKSPACE, workspace);
    page.dispatchEvent(new Event('pagehide'));
    storage.close();
    // Only what was kept aside tells the next start.
    const again = await openIndexedStorage({ legacy: capped });
    expect(again.getItem(WORKSPACE)).toBe(workspace);
    expect([...legacy.data.keys()]).toEqual([]);
    again.close();
  });

  it('reports a write the database refuses, throws it at the next write, and clears it once one succeeds', async () => {
    // The database refuses the next write, as a full disk would (none is filled in a test).
    let refuse = false;
    const real = await import('idb-keyval');
    const store = real.createStore('linkage-calculator', 'keyval');
    const database = {
      entries: () => real.entries(store),
      set: (key: string, value: string) => (refuse ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : real.set(key, value, store)),
      del: (key: string) => real.del(key, store),
    };
    const storage = await openIndexedStorage({ legacy: null, database });
    const reports: (string | null)[] = [];
    storage.onWrite((error) => reports.push(error));
    refuse = true;
    storage.setItem(WORKSPACE, 'lost?');
    await storage.flushed();
    refuse = false;
    expect(reports.at(-1)).toMatch(/storage is full/);
    expect(() => storage.setItem(WORKSPACE, 'kept')).toThrow(/storage is full/);
    await storage.flushed();
    expect(reports.at(-1)).toBeNull();
    storage.close();
  });
});

describe('plans kept apart from the workspace', () => {
  const PLAN = 'linkage-calculator/plan/a';
  const naming = (...plans: string[]) => JSON.stringify({ state: { workspace: { plans: plans.map((stored) => ({ stored })) } } });

  it('removes a plan no stored value names any more, once no other tab is open (another may still write a workspace naming it)', async () => {
    const locks = fakeLocks();
    const one = await openIndexedStorage({ legacy: null, locks });
    const two = await openIndexedStorage({ legacy: null, locks });
    one.setItem(PLAN, 'the plan');
    one.setItem(WORKSPACE, naming(PLAN));
    await one.flushed();
    one.setItem(WORKSPACE, naming());
    await one.flushed();
    // Given the time to remove it: the other tab is open, so it is kept.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect([one.getItem(PLAN), two.getItem(PLAN)]).toEqual(['the plan', 'the plan']);
    two.close();
    one.setItem(WORKSPACE, `${naming()} `);
    await expect.poll(() => one.getItem(PLAN)).toBeNull();
    await one.flushed();
    one.close();
    const again = await openIndexedStorage({ legacy: null, locks });
    expect([again.getItem(PLAN), again.getItem(WORKSPACE)]).toEqual([null, `${naming()} `]);
    again.close();
  });

  it('keeps a plan the workspace names, or a copy of it set aside, and removes at start what an earlier visit left unnamed', async () => {
    const other = 'linkage-calculator/plan/b';
    const first = await openIndexedStorage({ legacy: null, locks: null });
    first.setItem(PLAN, 'named');
    first.setItem(other, 'named by a copy set aside');
    first.setItem('linkage-calculator/plan/c', 'named by nothing');
    first.setItem(WORKSPACE, naming(PLAN));
    first.setItem('linkage-calculator/workspace-unreadable', naming(other));
    await first.flushed();
    first.close();
    const again = await openIndexedStorage({ legacy: null, locks: fakeLocks() });
    await expect.poll(() => again.getItem('linkage-calculator/plan/c')).toBeNull();
    expect([again.getItem(PLAN), again.getItem(other)]).toEqual(['named', 'named by a copy set aside']);
    again.close();
  });

  it('opens where the Web Locks API refuses its locks (a sandboxed frame), and removes no plan there', async () => {
    const refusing = { request: () => Promise.reject(new Error('SecurityError')), query: () => Promise.reject(new Error('SecurityError')) } as unknown as LockManager;
    const first = await openIndexedStorage({ legacy: null, locks: refusing });
    first.setItem(PLAN, 'the plan');
    first.setItem(WORKSPACE, naming());
    await first.flushed();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(first.getItem(PLAN)).toBe('the plan');
    first.close();
  });

  it('never removes a plan without the Web Locks API, which alone tells that no other tab is open', async () => {
    const first = await openIndexedStorage({ legacy: null, locks: null });
    first.setItem(PLAN, 'the plan');
    first.setItem(WORKSPACE, naming());
    await first.flushed();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(first.getItem(PLAN)).toBe('the plan');
    first.close();
  });
});

describe('the stored text', () => {
  it('reads back as JSON.stringify would have written it, plans’ texts kept between writes', async () => {
    const { storedText } = await import('../../src/state/browserStorage');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.dictionary(fc.string().filter((key) => key !== 'plans'), fc.jsonValue()), fc.option(fc.record({ style: fc.string(), displayUnit: fc.string() }), { nil: undefined }), fc.option(fc.integer(), { nil: undefined }), (plans, rest, preferences, version) => {
        const workspace = { ...rest, plans };
        const expected = JSON.parse(JSON.stringify({ state: { workspace, preferences }, version })) as unknown;
        // Twice: the second time from the texts kept.
        expect(JSON.parse(storedText(workspace, preferences, version))).toEqual(expected);
        expect(JSON.parse(storedText(workspace, preferences, version))).toEqual(expected);
      }),
    );
  });
});
