/**
 * The order of values set in several tabs of one workspace. Each value is
 * stamped when it is set: the time, then the tab (a random id) for two set in
 * the same millisecond. Every tab orders two values of a key the same way, so
 * when two tabs set a key at once, both keep the same one — the later — and
 * only the tab that set it writes it: without an order, each tab took the
 * other's value and neither wrote (a unit test caught it).
 */
export type Stamp = readonly [time: number, tab: string];

const isStamp = (value: unknown): value is Stamp => Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'string';
const isLater = (a: Stamp, b: Stamp) => (a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1]);

class TabOrder {
  private readonly tab = crypto.randomUUID();
  private clock = 0;
  /** The stamp of the value each key holds here, this tab's or another's. */
  private readonly held = new Map<string, Stamp>();

  /** The stamp of a value this tab sets now: later than every value it has set or taken. */
  own(key: string): Stamp {
    this.clock = Math.max(Date.now(), this.clock + 1);
    const stamp: Stamp = [this.clock, this.tab];
    this.held.set(key, stamp);
    return stamp;
  }

  /**
   * Whether another tab's value of a key, stamped so, is later than the one
   * held here: then it is the key's value from now on. A value without a stamp
   * (an earlier version of the app) is taken only where none is held.
   */
  takes(key: string, stamp: unknown): boolean {
    const theirs: Stamp = isStamp(stamp) ? stamp : [0, ''];
    const mine = this.held.get(key);
    if (mine !== undefined && !isLater(theirs, mine)) return false;
    this.held.set(key, theirs);
    this.clock = Math.max(this.clock, theirs[0]);
    return true;
  }
}

/** A `storage` event as localStorage gives one, where the StorageEvent constructor is missing (tests). */
const storageEvent = (key: string, newValue: string | null): Event => Object.assign(new Event('storage'), { key, newValue });

export interface TabChannel {
  /** Tells the other tabs, at once, a value this tab sets. */
  tell(key: string, value: string | null): void;
  /** Tells no tab any more (the store is closing). */
  close(): void;
}

/**
 * The other tabs of the app on this workspace, through a BroadcastChannel
 * (IndexedDB has no `storage` event): each value this tab sets is told to
 * them at once; another tab's value of one of `ours` keys that is later than
 * the one held here is put in `cache`, handed to `taken`, and said as the
 * `storage` event localStorage would give, on `events`.
 */
export function tabChannel(name: string, ours: (key: string) => boolean, cache: Map<string, string>, events: EventTarget, taken: (key: string, value: string | null) => void): TabChannel {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  const order = new TabOrder();
  let isClosed = false;
  channel?.addEventListener('message', (message: MessageEvent<{ key?: unknown; value?: unknown; stamp?: unknown }>) => {
    const { key, value, stamp } = message.data ?? {};
    if (typeof key !== 'string' || !ours(key) || (typeof value !== 'string' && value !== null) || !order.takes(key, stamp)) return;
    if (value === null) cache.delete(key);
    else cache.set(key, value);
    taken(key, value);
    events.dispatchEvent(storageEvent(key, value));
  });
  return {
    tell(key, value) {
      const stamp = order.own(key);
      if (isClosed || channel === null) return;
      try {
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel reaches this origin's tabs only; it takes no target origin
        channel.postMessage({ key, value, stamp });
      } catch {
        // A value the channel cannot carry: other tabs read it from the database when they start again.
      }
    },
    close() {
      isClosed = true;
      channel?.close();
    },
  };
}
