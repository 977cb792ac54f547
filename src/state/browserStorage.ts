import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { WORKSPACE_VERSION, planToJson, readWorkspace, workspaceToJson } from '../io/workspaceFile';
import type { Plan } from '../model/plan';
import { Revisions } from './revisions';
import { keepApart, readFrom, takeBack, type LostPlan } from './storedPlans';
import type { Workspace } from '../model/scenario';
import { t } from '../i18n/t';

/** What is persisted: the workspace and the person's preferences (history and messages live for the session). */
export interface Persisted {
  readonly workspace: Workspace;
  readonly preferences?: { readonly style: string; readonly displayUnit: string };
}

/** What went wrong with the browser's store, for the person to see. */
export interface StorageProblems {
  /** A stored workspace that could not be read, whole or in part, kept for download, and why. */
  unreadable: {
    readonly raw: string;
    readonly reason: string;
    readonly isPartial: boolean;
    /** Set aside on an earlier visit: what is loaded now was read whole. */
    readonly isEarlier?: boolean;
  } | null;
  /** Why the last write failed (quota, private mode), or null once one succeeds. */
  writeError: string | null;
}

/** The part of the Web Storage API the app uses, so tests can give a memory one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  /**
   * Imported plans are kept under keys of their own (storedPlans): set by a
   * store that removes the keys no stored value names any more. localStorage
   * does not, and keeps each plan inside the workspace, as before.
   */
  readonly keepsPlansApart?: boolean;
};

export const STORAGE_KEY = 'linkage-calculator/workspace';
/**
 * The view (the plan and scenarios shown, compared with) and the preferences,
 * written alone when only they change: a tab that follows another's edit
 * shows what it showed before, and wrote the whole workspace again for it,
 * stamped later than an edit the other tab made meanwhile, which was then
 * lost in both (a review caught it). Read over the view the workspace holds.
 */
export const VIEW_KEY = 'linkage-calculator/view';
/** Where an unreadable store is copied before anything new is written over it. */
export const UNREADABLE_KEY = 'linkage-calculator/workspace-unreadable';

/** Why nothing is written while a store that could not be read is the only copy of it. */
const holding = () => t('state.storage.holding');

/**
 * Whether a write failed for want of room: the browser's own words (a quota)
 * or the store's, in the language they were said in, if it is the one chosen.
 */
export function isStorageFull(writeError: string): boolean {
  const [full] = t('state.storage.full', { reason: '\u0000' }).split('\u0000');
  return /full|quota/i.test(writeError) || writeError === holding() || (full !== undefined && full !== '' && writeError.startsWith(full));
}

/** A copy set aside on an earlier visit and not yet dismissed: offered again, whatever has been stored since. */
function reportSetAside(storage: KeyValueStorage, report: (change: Partial<StorageProblems>) => void): void {
  const raw = storage.getItem(UNREADABLE_KEY);
  if (raw !== null) report({ unreadable: { raw, reason: t('state.storage.setAsideEarlier'), isPartial: false, isEarlier: true } });
}

/** Whether two persisted states are the same objects, part by part: what is stored for one is stored for the other. */
function isSamePersisted(a: Persisted, b: Persisted): boolean {
  const [x, y] = [a.workspace, b.workspace];
  return (
    x.plans === y.plans &&
    x.scenarios === y.scenarios &&
    x.activePlanId === y.activePlanId &&
    x.activeId === y.activeId &&
    x.compareId === y.compareId &&
    a.preferences?.style === b.preferences?.style &&
    a.preferences?.displayUnit === b.preferences?.displayUnit
  );
}

/**
 * A zustand `persist` storage over Web Storage that never stops the app: a
 * stored workspace that cannot be read (corrupt, another plan, a newer
 * version) is set aside and reported, and the app starts on the baseline; one
 * whose parts cannot all be read is set aside too, and what can be read is
 * loaded; a write that fails (quota) is reported, never silent.
 */
export function workspaceStorage(
  storage: KeyValueStorage,
  plan: Plan,
  report: (change: Partial<StorageProblems>) => void,
  revisions = new Revisions(),
): PersistStorage<Persisted> & { release(): void; readonly revisions: Revisions } {
  // An unreadable store that could not be copied aside (the storage is full)
  // is the only copy: nothing is written over it until the person has
  // downloaded or dismissed it, and it is found again after a reload, with
  // the warning that changes are not saved meanwhile.
  let isHolding = false;
  const hold = () => {
    isHolding = true;
    report({ writeError: holding() });
  };
  // What was last written: zustand's persist calls setItem after every change
  // of state (a message, the cell in focus), and writing a large workspace
  // again costs tens of milliseconds for nothing. Its parts are immutable, so
  // the same objects mean the same text.
  let written: Persisted | null = null;
  return {
    revisions,
    release() {
      isHolding = false;
      written = null;
      // Dismissed: the copy set aside is the person's to forget, and takes room the workspace needs.
      storage.removeItem(UNREADABLE_KEY);
    },
    getItem(name): StorageValue<Persisted> | null {
      let raw: string | null = null;
      /** Keeps the stored text aside before anything new is written over it, and says why. */
      const setAside = (reason: string, isPartial: boolean) => {
        try {
          storage.setItem(UNREADABLE_KEY, raw!);
        } catch {
          hold();
        }
        report({ unreadable: { raw: raw!, reason, isPartial } });
      };
      try {
        raw = storage.getItem(name);
        if (raw === null) {
          reportSetAside(storage, report);
          return null;
        }
        const stored = withView(JSON.parse(raw) as Stored, storage.getItem(VIEW_KEY));
        const { workspace, leftOut, whole } = readStored(storage, stored, plan);
        revisions.read(stored?.revision, workspace, stored?.history);
        if (leftOut.length > 0) {
          // What is set aside stands alone: the plans read back from their keys are written into it.
          raw = whole() ?? raw;
          setAside(leftOut.join(t('state.join.semicolon')), true);
        } else reportSetAside(storage, report);
        const preferences = stored?.state?.preferences;
        // Migrated to the current version by readWorkspace; unknown preferences fall back to the defaults.
        const state = { workspace, preferences: { style: String(preferences?.style ?? ''), displayUnit: String(preferences?.displayUnit ?? '') } };
        // What is stored: the app's state holds these very objects, and a change of view only writes the view.
        // Read in part, it is written again whole at the next change (what was left out is set aside).
        written = leftOut.length === 0 ? state : null;
        return { state, version: WORKSPACE_VERSION };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (raw !== null) setAside(reason, false);
        else report({ writeError: t('state.storage.cannotUse', { reason }) });
        return null;
      }
    },
    setItem(name, value) {
      if (isHolding) {
        report({ writeError: holding() });
        return;
      }
      if (written !== null && isSamePersisted(written, value.state)) return;
      const isSameData = written !== null && written.workspace.plans === value.state.workspace.plans && written.workspace.scenarios === value.state.workspace.scenarios;
      try {
        if (!isSameData) writeData(storage, name, value, plan, revisions);
        const { activePlanId, activeId, compareId } = value.state.workspace;
        storage.setItem(VIEW_KEY, JSON.stringify({ activePlanId, activeId, compareId, preferences: value.state.preferences }));
        written = value.state;
        report({ writeError: null });
      } catch (error) {
        written = null;
        report({ writeError: error instanceof Error ? error.message : String(error) });
      }
    },
    removeItem(name) {
      written = null;
      storage.removeItem(name);
    },
  };
}

/** The workspace written whole, stamped with a new revision; each imported plan first, where kept apart: the workspace written after it names it. */
function writeData(storage: KeyValueStorage, name: string, value: StorageValue<Persisted>, plan: Plan, revisions: Revisions): void {
  const planAs = storage.keepsPlansApart === true ? (p: Plan) => keepApart(storage, p, () => planText(planToJson(p))) : planToJson;
  const { workspace, preferences } = value.state;
  storage.setItem(name, storedText(workspaceToJson(workspace, plan, planAs), preferences, value.version, revisions.wrote(workspace)));
}

type Stored = { state?: { workspace?: unknown; preferences?: { style?: unknown; displayUnit?: unknown } }; version?: unknown; revision?: unknown; history?: unknown } | null;

/** The stored workspace with the view stored apart (VIEW_KEY) over its own, where that is readable and of this version. */
function withView(stored: Stored, viewText: string | null): Stored {
  const workspace = stored?.state?.workspace;
  if (viewText === null || stored?.version !== WORKSPACE_VERSION || typeof workspace !== 'object' || workspace === null) return stored;
  let view: Record<string, unknown>;
  try {
    view = JSON.parse(viewText) as Record<string, unknown>;
  } catch {
    return stored;
  }
  const shown = Object.fromEntries(['activePlanId', 'activeId', 'compareId'].filter((key) => typeof view?.[key] === 'string' || view?.[key] === null).map((key) => [key, view[key]]));
  const preferences = typeof view?.preferences === 'object' && view.preferences !== null ? { preferences: view.preferences } : {};
  return { ...stored, state: { ...stored.state, workspace: { ...workspace, ...shown }, ...preferences } };
}

/**
 * A stored workspace read, its plans kept apart read back from their keys and
 * told which key each came from; what was left out, each with why; and, where
 * a plan was read back, the text to set aside that holds it (`whole`).
 */
function readStored(storage: KeyValueStorage, stored: Stored, plan: Plan) {
  const version = typeof stored?.version === 'number' ? stored.version : Number.NaN;
  const apart = plansKeptApart(storage, stored?.state?.workspace);
  const { workspace, leftOut } = readWorkspace(apart.readable, version, plan);
  for (const read of workspace.plans) {
    const key = apart.keyOf.get(read.id);
    if (key !== undefined) readFrom(read, key);
  }
  const whole = () => (apart.keyOf.size === 0 ? null : JSON.stringify({ ...stored, state: { ...stored?.state, workspace: apart.workspace } }));
  return { workspace, leftOut: [...apart.lost.map(lostPlan), ...leftOut], whole };
}

/**
 * A stored workspace with the plans kept apart read back from their keys (see
 * storedPlans): whole, a lost plan still named, as a copy set aside keeps it;
 * and `readable`, without the plans lost, for readWorkspace.
 */
function plansKeptApart(storage: KeyValueStorage, workspace: unknown): { workspace: unknown; readable: unknown; keyOf: Map<unknown, string>; lost: LostPlan[] } {
  const plans = (workspace as { plans?: unknown } | null)?.plans;
  if (!Array.isArray(plans)) return { workspace, readable: workspace, keyOf: new Map(), lost: [] };
  const back = takeBack(storage, plans);
  const lost = new Set(back.lost.map(({ number }) => number - 1));
  const readable = { ...(workspace as object), plans: back.plans.filter((_, i) => !lost.has(i)) };
  return { workspace: { ...(workspace as object), plans: back.plans }, readable, keyOf: back.keyOf, lost: back.lost };
}

const lostPlan = ({ number, reason }: LostPlan) =>
  t('io.workspace.importedPlan', { number: String(number), problem: t(reason === 'missing' ? 'state.storage.planMissing' : 'state.storage.planUnreadable') });

/**
 * Each plan's text, by its JSON (the same object while the plan is: see
 * workspaceToJson): a plan of 20 000 lines is written out once, not at every
 * edit of a scenario of it.
 */
const planTexts = new WeakMap<object, string>();
const planText = (json: unknown) => {
  if (typeof json !== 'object' || json === null) return JSON.stringify(json);
  const text = planTexts.get(json) ?? JSON.stringify(json);
  planTexts.set(json, text);
  return text;
};

/**
 * The stored text: what JSON.stringify would write, the plans' texts kept from
 * one write to the next; stamped with its revision and the one it was made
 * from (see Revisions), beside the workspace, which files never carry.
 */
export function storedText(workspace: Record<string, unknown>, preferences: Persisted['preferences'], version: number | undefined, stamp?: { revision: string; history: readonly string[] }): string {
  const { plans, ...rest } = workspace;
  const others = JSON.stringify(rest).slice(1, -1);
  const plansText = `"plans":[${(plans as unknown[]).map(planText).join(',')}]`;
  const workspaceText = `{${plansText}${others === '' ? '' : `,${others}`}}`;
  const preferencesText = preferences === undefined ? '' : `,"preferences":${JSON.stringify(preferences)}`;
  const stampText = stamp === undefined ? '' : `,"revision":${JSON.stringify(stamp.revision)},"history":${JSON.stringify(stamp.history)}`;
  return `{"state":{"workspace":${workspaceText}${preferencesText}}${version === undefined ? '' : `,"version":${JSON.stringify(version)}`}${stampText}}`;
}

/** A storage that keeps everything in memory: where the browser's is missing, and in tests. */
export function memoryStorage(initial: Record<string, string> = {}, keepsPlansApart = false): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    keepsPlansApart,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
