import type { WorkspaceData } from './appState';

/** The revision of the workspace before anything is stored: two tabs that start on an empty store share it. */
const NOTHING_STORED = '';
const EMPTY: WorkspaceData = { plans: [], scenarios: [] };

/** How many revisions a write names as made from, and how many data a tab keeps, to find the last both tabs held. */
const HISTORY = 32;
const KEPT = 64;

/**
 * The revisions of the stored workspace: every write is stamped with a new
 * revision and with the revisions its data were made from, the latest first
 * (its history). When another tab's write arrives, the first revision of its
 * history that this tab's own data were made from too, and whose data this
 * tab kept, is the last data both held: what each changed since is merged
 * (tabMerge), a change removed there knowingly told from one saved here in
 * the same moment. Only what this tab's data were made from counts: a
 * revision merely seen (taken, then saved over by another tab's) is not the
 * base of what it holds now (three tabs at once showed it). The data kept
 * are the very objects of the state, immutable and shared from one revision
 * to the next, so keeping them costs little.
 */
export class Revisions {
  /** What this tab's data were made from, the latest first: the history of its next write. */
  private history: readonly string[] = [NOTHING_STORED];
  private readonly known = new Map<string, WorkspaceData>([[NOTHING_STORED, EMPTY]]);

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  /** A new revision for data about to be written: its id, and what it was made from. */
  wrote(data: WorkspaceData): { revision: string; history: readonly string[] } {
    const made = { revision: this.newId(), history: this.history };
    this.remember(made.revision, data, made.history);
    return made;
  }

  /** Data read from the store, stamped with `revision` and `history` (none in a workspace stored by an earlier version of the app). */
  read(revision: unknown, data: WorkspaceData, history: unknown): void {
    if (typeof revision !== 'string') this.history = [];
    else this.remember(revision, data, Array.isArray(history) ? history.filter((id): id is string => typeof id === 'string') : []);
  }

  /** What this tab's data were made from, to be kept after they are merged into another tab's (`madeFrom`). */
  get madeFrom(): readonly string[] {
    return this.history;
  }

  /** The data now held were made from these too: this tab's own, merged into another's just read. */
  alsoMadeFrom(history: readonly string[]): void {
    this.history = [...new Set([...this.history, ...history])].slice(0, HISTORY);
  }

  /** The last data both this tab's and another tab's write (made from `theirs`, the latest first) were made from, where kept. */
  lastShared(theirs: unknown): WorkspaceData | undefined {
    if (!Array.isArray(theirs)) return undefined;
    const ours = new Set(this.history);
    const id = theirs.find((revision): revision is string => typeof revision === 'string' && ours.has(revision) && this.known.has(revision));
    return id === undefined ? undefined : this.known.get(id);
  }

  /** The scenarios and entries, by id, in the data this tab wrote or read lately: one gone from what it holds now was removed here. */
  heldIds(): Set<string> {
    const ids = new Set<string>();
    for (const data of this.known.values()) {
      for (const scenario of data.scenarios) {
        ids.add(scenario.id);
        for (const entry of scenario.entries) ids.add(entry.id);
      }
    }
    return ids;
  }

  private remember(revision: string, data: WorkspaceData, history: readonly string[]): void {
    this.history = [revision, ...history.filter((id) => id !== revision)].slice(0, HISTORY);
    this.known.delete(revision);
    this.known.set(revision, data);
    for (const oldest of this.known.keys()) {
      if (this.known.size <= KEPT) break;
      this.known.delete(oldest);
    }
  }
}
