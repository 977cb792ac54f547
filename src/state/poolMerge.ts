import type { Plan } from '../model/plan';
import { replay, type Entry, type Replay } from '../model/proposal';
import { poolConflicts, type Conflict } from '../model/poolConflicts';
import { baselineReplay } from './replays';

/** A proposal in the pool: read from its file, replayed on the baseline of the plan shown. */
export interface PooledProposal {
  readonly id: string;
  /** The proposal's own name, made unique in the pool. */
  readonly name: string;
  readonly fileName: string;
  readonly entries: readonly Entry[];
  readonly replay: Replay;
}

/** What merging proposals gives before it is done: the operations in order, their replay, and where the proposals disagree. */
export interface MergePreview {
  readonly entries: readonly Entry[];
  readonly replay: Replay;
  /** Cells two or more of them change to different figures, or to one figure the merge does not give (`proposal` is the place among those merged). */
  readonly conflicts: readonly Conflict[];
}

/** The proposals' operations one after the other, in pool order, each with a new id so that they stay apart from the pooled ones. */
export function mergePreview(plan: Plan, proposals: readonly PooledProposal[], newId: () => string): MergePreview {
  const entries = proposals.flatMap((proposal) => proposal.entries.map((entry) => ({ ...entry, id: newId() })));
  const base = baselineReplay(plan);
  const merged = replay(base.state, entries, base.table);
  return { entries, replay: merged, conflicts: poolConflicts(base.table, proposals.map((proposal) => proposal.replay.table), merged.table) };
}

/** The pooled proposal's replay on the plan's baseline. */
export function pooledReplay(plan: Plan, entries: readonly Entry[]): Replay {
  const base = baselineReplay(plan);
  return replay(base.state, entries, base.table);
}
