import type { WorkspaceData } from './appState';

/** The revision of the workspace before anything is stored: two tabs that start on an empty store share it. */
const NOTHING_STORED = '';
const EMPTY: WorkspaceData = { plans: [], scenarios: [] };

/** How many of the revisions this tab wrote or read it keeps, to find what another tab's write was made from. */
const KEPT = 64;

/**
 * The revisions of the stored workspace that this tab wrote or read, each
 * with its data: every write is stamped with a new revision and with the one
 * it was made from (its base). When another tab's write arrives, its base
 * names the last data both tabs held, so that a change deliberately removed
 * there can be told from one saved here in the same moment, which is merged
 * (tabMerge) instead of lost. The data are the very objects of the state
 * (immutable, shared from one revision to the next), so keeping them costs
 * little.
 */
export class Revisions {
  /**
   * The revision this tab's data were last written as or read from: the base
   * of its next write. Before any, the empty workspace a tab starts with when
   * nothing is stored; null after one stored by an earlier version of the
   * app, which no other tab can name.
   */
  private latest: string | null = NOTHING_STORED;
  private readonly known = new Map<string, WorkspaceData>([[NOTHING_STORED, EMPTY]]);

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  /** A new revision for data about to be written: its id, and the one it was made from. */
  wrote(data: WorkspaceData): { revision: string; base: string | null } {
    const base = this.latest;
    const revision = this.newId();
    this.remember(revision, data);
    return { revision, base };
  }

  /** Data read from the store, stamped with `revision` (none in a workspace stored by an earlier version of the app). */
  read(revision: unknown, data: WorkspaceData): void {
    if (typeof revision === 'string') this.remember(revision, data);
    else this.latest = null;
  }

  /** The data of a revision this tab wrote or read: what another tab's write, made from it, was made from. */
  dataOf(revision: unknown): WorkspaceData | undefined {
    return typeof revision === 'string' ? this.known.get(revision) : undefined;
  }

  private remember(revision: string, data: WorkspaceData): void {
    this.latest = revision;
    this.known.delete(revision);
    this.known.set(revision, data);
    for (const oldest of this.known.keys()) {
      if (this.known.size <= KEPT) break;
      this.known.delete(oldest);
    }
  }
}
