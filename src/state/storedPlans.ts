import type { Plan } from '../model/plan';

/**
 * Imported plans kept apart from the workspace that names them, each under a
 * key of its own, written once: an edit then writes, and tells the other tabs,
 * only the workspace's scenarios. A 20 000-line plan is about 4 million
 * characters, and copying it into the database and to the other tabs took
 * about 70 ms of every edit of it. A plan's key never holds another text (the
 * plan is immutable), so a tab that holds a key holds its value; a key no
 * stored value names any more is removed by the store once no other tab is
 * open (IndexedStorage).
 */
export const PLAN_PREFIX = 'linkage-calculator/plan/';

/** How the stored workspace names a plan kept apart. */
export interface PlanRef {
  readonly stored: string;
}

export const isPlanRef = (value: unknown): value is PlanRef =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as { stored?: unknown }).stored === 'string' && (value as PlanRef).stored.startsWith(PLAN_PREFIX);

/** Each plan's key: given when the plan is first kept, or taken from the workspace it was read from. */
const keys = new WeakMap<Plan, string>();

export function planRef(plan: Plan): PlanRef {
  let key = keys.get(plan);
  if (key === undefined) {
    key = `${PLAN_PREFIX}${crypto.randomUUID()}`;
    keys.set(plan, key);
  }
  return { stored: key };
}

/** A plan read from the text under `key`: writing it again names that key, and writes nothing. */
export function readFrom(plan: Plan, key: string): void {
  keys.set(plan, key);
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/**
 * The plan kept apart: its text written under its key where the storage does
 * not hold it (a new plan; one whose key was removed while no workspace named
 * it, and that an undo brings back). `text` is called only then.
 */
export function keepApart(storage: Storage, plan: Plan, text: () => string): PlanRef {
  const ref = planRef(plan);
  if (storage.getItem(ref.stored) === null) storage.setItem(ref.stored, text());
  return ref;
}

/** A plan kept apart that could not be read back: where it was in the workspace's list, and why. */
export interface LostPlan {
  readonly number: number;
  readonly key: string;
  readonly reason: 'missing' | 'unreadable';
}

/**
 * The plans of a stored workspace, those kept apart read from their keys, and
 * by plan id the key each was read from; one whose key holds nothing, or no
 * plan, stays named as it was, and is said in `lost`.
 */
export function takeBack(storage: Pick<Storage, 'getItem'>, plans: readonly unknown[]): { plans: unknown[]; lost: LostPlan[]; keyOf: Map<unknown, string> } {
  const lost: LostPlan[] = [];
  const keyOf = new Map<unknown, string>();
  const read: unknown[] = [];
  plans.forEach((entry, i) => {
    if (!isPlanRef(entry)) return void read.push(entry);
    const text = storage.getItem(entry.stored);
    try {
      if (text === null) throw new Error('missing');
      const plan = JSON.parse(text) as { id?: unknown } | null;
      keyOf.set(plan?.id, entry.stored);
      read.push(plan);
    } catch {
      lost.push({ number: i + 1, key: entry.stored, reason: text === null ? 'missing' : 'unreadable' });
      read.push(entry);
    }
  });
  return { plans: read, lost, keyOf };
}
