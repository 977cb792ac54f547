import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { afterPaint } from './afterPaint';
import { tabChannel } from './tabChannel';
import type { KeyValueStorage } from './browserStorage';
import { PLAN_PREFIX } from './storedPlans';
import { t } from '../i18n/t';

/**
 * The browser's IndexedDB as the app's key-value store: room for plans of
 * 20 000 lines and dozens of scenarios, where localStorage holds about 5 MB.
 * Read whole into memory once at start (a few keys), so the store reads and
 * writes synchronously as it did; each write then goes to the database in
 * order, the last value of a key only. A write the database refuses (quota)
 * is reported and thrown again at the next write, never silent; one that
 * succeeds clears it. Other tabs are told of each value as it is set (a
 * BroadcastChannel: IndexedDB has no `storage` event), and get the
 * `storage` event localStorage would have given them.
 */
export interface IndexedStorage extends KeyValueStorage {
  /** Resolves once every write so far has reached the database (or failed). */
  flushed(): Promise<void>;
  /** Told why the last write failed, or null once one succeeds. */
  onWrite(report: (error: string | null) => void): void;
  /** Where another tab's change of a key arrives, as a `storage` event with `key` and `newValue`. */
  readonly events: EventTarget;
  readonly keepsPlansApart: true;
  close(): void;
}

/** The keys the app keeps: its workspace, a store set aside, the layouts of imported files. */
const PREFIX = 'linkage-calculator/';
const DATABASE = 'linkage-calculator';
const CHANNEL = 'linkage-calculator/storage';

const reason = (error: unknown) => {
  if (!(error instanceof Error)) return String(error);
  return error.name === 'QuotaExceededError' ? t('state.storage.full', { reason: error.message }) : error.message;
};

/** localStorage as the store sees it: to move an earlier version's data out of it, and to keep what a closing page had not yet written. */
export type LegacyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Where a page that closes or reloads keeps what the database has not yet
 * taken: IndexedDB writes are asynchronous, a page going away may cut them
 * short, and localStorage writes at once. Read back, and over the database,
 * at the next start.
 */
export const UNSAVED_KEY = 'linkage-calculator/unsaved';

export interface OpenOptions {
  /** The browser's localStorage, or null where it is refused. */
  readonly legacy: LegacyStorage | null;
  readonly database?: Database;
  /** Where `pagehide` and `visibilitychange` arrive: the window. */
  readonly page?: Pick<Window, 'addEventListener'> & { readonly document?: Pick<Document, 'visibilityState'> };
  /** The browser's Web Locks (navigator.locks): without them, no plan kept apart is ever removed. */
  readonly locks?: Locks | null;
}

/** The part of the Web Locks API the store uses. */
export type Locks = Pick<LockManager, 'request' | 'query'>;

/** Held, shared, by every tab while it is open: a tab that sees only its own knows no other tab is open. */
const OPEN_LOCK = 'linkage-calculator/open';
/** Held, shared, by a tab reading the database as it starts, and alone by a tab removing plans no value names. */
const COLLECT_LOCK = 'linkage-calculator/collect';

/**
 * Opens the database; takes in what a page closed too soon kept aside, and
 * what an earlier version kept in localStorage (each copied, then removed
 * there once the copy is safe). Rejects where IndexedDB cannot be used (some
 * private modes): the caller falls back to localStorage.
 */
export async function openIndexedStorage({ legacy, database = keyval(), page, locks = globalThis.navigator?.locks ?? null }: OpenOptions): Promise<IndexedStorage> {
  const { set, del } = database;
  const { cache, release, locks: held } = await readDatabase(database, legacy, locks);

  const events = new EventTarget();
  /** Values waiting to be written, by key, in the order they were first set; null removes. */
  const dirty = new Map<string, string | null>();
  /**
   * Each key's last value the database has not confirmed: waiting, being
   * written, or refused. Kept aside if the page goes now; the copy kept aside
   * is forgotten only once this is empty. A page going away aborts the write
   * under way: forgetting the copy on any outcome lost that edit (CI caught it).
   */
  const unconfirmed = new Map<string, string | null>();
  let failure: string | null = null;
  let report: (error: string | null) => void = () => {};
  let writing: Promise<void> = Promise.resolve();

  /** The key being written now: a later value another tab tells meanwhile is written after it. */
  let inFlight: string | null = null;
  const flush = async () => {
    while (dirty.size > 0) {
      const [key, value] = dirty.entries().next().value as [string, string | null];
      dirty.delete(key);
      inFlight = key;
      try {
        await (value === null ? del(key) : set(key, value));
        if (!dirty.has(key) && unconfirmed.get(key) === value) unconfirmed.delete(key);
        failure = null;
        report(null);
      } catch (error) {
        failure = reason(error);
        report(failure);
      }
      inFlight = null;
    }
    // All confirmed: what a hidden page kept aside is older than the database now.
    if (unconfirmed.size === 0 && legacy !== null) forgetAside(legacy);
    collect();
  };
  const collect = plansCollector(held, cache, (key) => {
    cache.delete(key);
    schedule(key, null);
  }, () => writing);
  const schedule = (key: string, value: string | null) => {
    const wasIdle = dirty.size === 0;
    dirty.delete(key);
    dirty.set(key, value);
    unconfirmed.set(key, value);
    // Other tabs are told at once, with the value, as localStorage's storage event tells them: told only once
    // the value was on its way to the database (after a paint, behind a slow write on a busy machine), another
    // tab could edit on data this one had already changed, and an edit was lost (CI caught it under load).
    tabs.tell(key, value);
    // Written once the edit is on screen: copying a 20 000-line workspace (megabytes) to the database took
    // tens of milliseconds of an edit. Edits made meanwhile are written together.
    // Caught, so that one write's failure never stops the writes after it.
    if (wasIdle) writing = writing.then(afterPaint).then(flush).catch((error: unknown) => report(reason(error)));
  };
  const keepUnsaved = () => {
    if (unconfirmed.size === 0) return;
    if (legacy !== null) keepAside(legacy, unconfirmed);
    // And to the database at once, not after a paint that a page going away will not have.
    void flush().catch((error: unknown) => report(reason(error)));
  };
  page?.addEventListener('pagehide', keepUnsaved);
  page?.addEventListener('visibilitychange', () => page.document?.visibilityState === 'hidden' && keepUnsaved());
  // Another tab's later value: this tab's own waiting value of the key is older and is not written (the other tab
  // writes its own); one being written now is followed by theirs, so that the database does not end on the older.
  const tabs = tabChannel(CHANNEL, (key) => key.startsWith(PREFIX), cache, events, (key, value) => {
    dirty.delete(key);
    unconfirmed.delete(key);
    if (inFlight !== key) return;
    dirty.set(key, value);
    writing = writing.then(flush).catch((error: unknown) => report(reason(error)));
  });

  // The plans an earlier visit left unnamed.
  collect();

  return {
    events,
    keepsPlansApart: true,
    getItem: (key) => cache.get(key) ?? null,
    setItem(key, value) {
      cache.set(key, value);
      schedule(key, value);
      // The last write failed: say so now, so the app does not take this one for saved.
      if (failure !== null) throw new Error(failure);
    },
    removeItem(key) {
      cache.delete(key);
      schedule(key, null);
    },
    flushed: () => writing.then(() => (dirty.size > 0 ? writing : undefined)),
    onWrite(callback) {
      report = callback;
    },
    close() {
      // Writes still waiting go on to the database; no tab is told of them any more.
      tabs.close();
      release();
    },
  };
}

/** The database read into memory, as this tab starts: with the lock every open tab holds, and never while another tab removes plans. */
async function readDatabase(database: Database, legacy: LegacyStorage | null, locks: Locks | null): Promise<{ cache: Map<string, string>; release: () => void; locks: Locks | null }> {
  const cache = new Map<string, string>();
  const read = async () => {
    for (const [key, value] of await database.entries()) if (typeof key === 'string' && typeof value === 'string') cache.set(key, value);
    await takeUnsaved(database, cache, legacy);
    await migrate(database.set, cache, legacy);
  };
  // Locks refused (a sandboxed frame): the store works without them, and removes no plan.
  const release = locks === null ? null : await holdOpen(locks).catch(() => null);
  if (locks === null || release === null) {
    await read();
    return { cache, release: () => {}, locks: null };
  }
  // What another tab removes, it removes before this tab reads or after: never between.
  await locks.request(COLLECT_LOCK, { mode: 'shared' }, read);
  return { cache, release, locks };
}

/**
 * Removes the plans kept apart that no stored value names any more, once no
 * other tab is open: another tab may still write a workspace naming a plan
 * that this one no longer does. The plans are removed together, with the
 * collect lock held until the database has it (`written`), so that a tab
 * starting meanwhile reads the database before or after, never between.
 * Without the Web Locks API, nothing is removed.
 */
function plansCollector(locks: Locks | null, cache: ReadonlyMap<string, string>, remove: (key: string) => void, written: () => Promise<void>): () => void {
  let isCollecting = false;
  return () => {
    if (locks === null || isCollecting || unnamedPlans(cache).length === 0) return;
    isCollecting = true;
    void locks
      .request(COLLECT_LOCK, { ifAvailable: true }, async (lock) => {
        if (lock === null || (await locks.query()).held?.filter((l) => l.name === OPEN_LOCK).length !== 1) return;
        for (const key of unnamedPlans(cache)) remove(key);
        await written();
      })
      .catch(() => {})
      .finally(() => (isCollecting = false));
  };
}

/** Takes the lock every open tab holds, and resolves once it is held: held until `release` is called, or the page goes. */
async function holdOpen(locks: Locks): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((held, refused) => {
    locks
      .request(OPEN_LOCK, { mode: 'shared' }, () => {
        held();
        return released;
      })
      .catch(refused);
  });
  return release;
}

/** The plans kept apart (storedPlans) that no other value names: the workspace, or a copy of it set aside. */
function unnamedPlans(cache: ReadonlyMap<string, string>): string[] {
  const plans = [...cache.keys()].filter((key) => key.startsWith(PLAN_PREFIX));
  if (plans.length === 0) return [];
  const others = [...cache].filter(([key]) => !key.startsWith(PLAN_PREFIX)).map(([, value]) => value);
  return plans.filter((plan) => !others.some((value) => value.includes(plan)));
}

/**
 * Each value kept aside under a key of its own, as it is: a 20 000-line
 * workspace is about 4 million characters, and written inside one JSON text
 * (every quote escaped) it went past localStorage's 5 million and was lost
 * (a review caught it). Then the list of what is kept, `null` for a key
 * removed; a value localStorage refuses is left out of it.
 */
function keepAside(legacy: LegacyStorage, unconfirmed: ReadonlyMap<string, string | null>): void {
  const kept: Record<string, 'kept' | null> = {};
  for (const [key, value] of unconfirmed) {
    if (value === null) {
      kept[key] = null;
      continue;
    }
    try {
      legacy.setItem(`${UNSAVED_KEY}:${key}`, value);
      kept[key] = 'kept';
    } catch {
      // Too large even so: the database's write, started at once, is all that is left.
    }
  }
  try {
    legacy.setItem(UNSAVED_KEY, JSON.stringify(kept));
  } catch {
    // localStorage refused: as above.
  }
}

/** The keys of what is kept aside: the list and each value. */
const asideKeys = (legacy: LegacyStorage) => Array.from({ length: legacy.length }, (_, i) => legacy.key(i)).filter((key): key is string => key !== null && key.startsWith(UNSAVED_KEY));

function forgetAside(legacy: LegacyStorage): void {
  for (const key of asideKeys(legacy)) legacy.removeItem(key);
}

/** What a page kept aside as it went: newer than the database, written into it, then forgotten. */
async function takeUnsaved({ set, del }: Database, cache: Map<string, string>, legacy: LegacyStorage | null): Promise<void> {
  if (legacy === null) return;
  let unsaved: Record<string, unknown> = {};
  try {
    unsaved = JSON.parse(legacy.getItem(UNSAVED_KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // Cut short itself: the database holds what was written before.
  }
  for (const [key, said] of Object.entries(unsaved)) {
    if (!key.startsWith(PREFIX) || key.startsWith(UNSAVED_KEY)) continue;
    // 'kept': the value is under a key of its own; a string: as the version before this one kept it.
    const value = said === 'kept' ? legacy.getItem(`${UNSAVED_KEY}:${key}`) : said;
    if (typeof value === 'string') {
      await set(key, value);
      cache.set(key, value);
    } else if (said === null) {
      await del(key);
      cache.delete(key);
    }
  }
  forgetAside(legacy);
}

/** The database's few operations the store uses: idb-keyval's, on the app's database; a test may wrap them. */
export interface Database {
  entries(): Promise<[IDBValidKey, unknown][]>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

function keyval(): Database {
  const db: UseStore = createStore(DATABASE, 'keyval');
  return { entries: () => entries(db), set: (key, value) => set(key, value, db), del: (key) => del(key, db) };
}

/** What an earlier version kept in localStorage, copied into the database where it has nothing of the key yet, then removed there. */
async function migrate(set: Database['set'], cache: Map<string, string>, legacy: LegacyStorage | null): Promise<void> {
  if (legacy === null) return;
  const keys = Array.from({ length: legacy.length }, (_, i) => legacy.key(i)).filter((key): key is string => key !== null && key.startsWith(PREFIX) && !key.startsWith(UNSAVED_KEY));
  for (const key of keys) {
    const value = legacy.getItem(key);
    if (value === null || cache.has(key)) continue;
    await set(key, value);
    cache.set(key, value);
  }
  // Removed only once every copy is safe: a failure above leaves localStorage as it was, read again next time.
  for (const key of keys) legacy.removeItem(key);
}
