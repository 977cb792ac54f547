import { applyOperation, tableAfter, type ScenarioState } from './apply';
import { OperationError, type Operation } from './operation';
import { computeTable, type Table } from './table';

/**
 * Limits of what a person writes, the same at entry, in the browser's store
 * and in files, so that nothing accepted on screen is refused on reload.
 */
export const MAX_RATIONALE = 10_000;
export const MAX_NAME = 200;

/** One step of a proposal: an operation, why, when, and whether it is switched on. */
export interface Entry {
  readonly id: string;
  readonly operation: Operation;
  readonly rationale: string;
  /** When it was made, ISO 8601. */
  readonly at: string;
  readonly enabled: boolean;
}

/** A proposal replayed on its starting state. */
export interface Replay {
  readonly state: ScenarioState;
  readonly table: Table;
  /** Entries that could not be applied on replay (switched on, but refused), by id: why. */
  readonly failures: ReadonlyMap<string, string>;
}

/** Applies one operation to a replay. Throws an OperationError. */
export function step(replayed: Pick<Replay, 'state' | 'table'>, operation: Operation): Pick<Replay, 'state' | 'table'> {
  const state = applyOperation(replayed.state, operation, replayed.table);
  return { state, table: tableAfter(replayed.table, state, operation) };
}

/**
 * Replays a proposal's switched-on entries in order. An entry that no longer
 * applies (say an earlier one was switched off) is skipped and reported; the
 * rest still replays. Deterministic: the same entries give the same table.
 */
export function replay(base: ScenarioState, entries: readonly Entry[], baseTable: Table = computeTable(base.plan)): Replay {
  let current: Pick<Replay, 'state' | 'table'> = { state: base, table: baseTable };
  const failures = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.enabled) continue;
    try {
      current = step(current, entry.operation);
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      failures.set(entry.id, error.message);
    }
  }
  return { ...current, failures };
}
