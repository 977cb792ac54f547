import type { Plan } from './plan';
import type { Entry } from './proposal';

/**
 * A what-if scenario: the published plan plus an ordered list of operations
 * (its proposal). Branching from another scenario copies that scenario's
 * entries, so every scenario replays from the published plan on its own and
 * its proposal file is complete; `parentId` records where it came from.
 */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** The plan it changes: an imported plan's id, or null for the published plan. */
  readonly planId: string | null;
  readonly parentId: string | null;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly entries: readonly Entry[];
}

/** Everything a person has built: imported plans, the scenarios, which one is shown and which one it is compared with. */
export interface Workspace {
  /** Plans opened from tables of other lines and years, beside the published plan. */
  readonly plans: readonly Plan[];
  /** The plan shown: an imported plan's id, or null for the published plan. */
  readonly activePlanId: string | null;
  readonly scenarios: readonly Scenario[];
  /** The scenario shown, or null for the published baseline (read-only). */
  readonly activeId: string | null;
  /** The scenario compared with, or null for the published baseline. */
  readonly compareId: string | null;
}

export const EMPTY_WORKSPACE: Workspace = { plans: [], activePlanId: null, scenarios: [], activeId: null, compareId: null };
