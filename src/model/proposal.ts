import type { Amount } from './amount';
import { applyOperation, tableAfter, type ScenarioState } from './apply';
import { OperationError, type Operation } from './operation';
import { computeTable, type Table, isInputRow } from './table';

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

/** What one operation did where it stands: each typed row (a line, the reduction) whose figures it moved, and by how much. */
export interface Effect {
  readonly rowId: string;
  /** Of the period total: zero where only years moved (a rephase). */
  readonly change: Amount;
  /** Each year whose figure it moved, in plan order: the cells it changed, which interplay.ts compares between entries. */
  readonly years: readonly YearChange[];
}

export interface YearChange {
  readonly year: string;
  readonly change: Amount;
}

/** A proposal replayed on its starting state. */
export interface Replay {
  readonly state: ScenarioState;
  readonly table: Table;
  /** Entries that could not be applied on replay (switched on, but refused), by id: why. */
  readonly failures: ReadonlyMap<string, string>;
  /** What each entry applied did, at its position (after the ones before it), by id. */
  readonly effects: ReadonlyMap<string, readonly Effect[]>;
}

/**
 * The figures one step moved, row by row: period total and years. Rows an
 * incremental update left alone are the same objects in both tables and cost
 * nothing. A row new to the table (a breakdown's part) moved from nothing.
 */
export function effectOf(before: Table, after: Table): Effect[] {
  const effects: Effect[] = [];
  const { years } = after.layout;
  for (const row of after.rows) {
    if (!isInputRow(row)) continue;
    const position = before.index.get(row.id);
    const old = position === undefined ? undefined : before.rows[position];
    if (old === row) continue;
    const moved = row.years.flatMap((value, y) => {
      const change = old === undefined ? value : value.minus(old.years[y]!);
      return change.isZero() ? [] : [{ year: years[y]!, change }];
    });
    if (moved.length > 0) effects.push({ rowId: row.id, change: old === undefined ? row.total : row.total.minus(old.total), years: moved });
  }
  return effects;
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
  return finished(replaySteps(base, entries, baseTable));
}

/**
 * The same replay an entry at a time: yields how many entries are done
 * after each, and returns the replay. A long proposal is replayed in slices
 * of this, with its progress shown and a way to stop it.
 */
export function* replaySteps(base: ScenarioState, entries: readonly Entry[], baseTable: Table = computeTable(base.plan)): Generator<number, Replay> {
  let current: Pick<Replay, 'state' | 'table'> = { state: base, table: baseTable };
  const failures = new Map<string, string>();
  const effects = new Map<string, readonly Effect[]>();
  for (const [done, entry] of entries.entries()) {
    if (entry.enabled) {
      try {
        const next = step(current, entry.operation);
        effects.set(entry.id, effectOf(current.table, next.table));
        current = next;
      } catch (error) {
        if (!(error instanceof OperationError)) throw error;
        failures.set(entry.id, error.message);
      }
    }
    yield done + 1;
  }
  return { ...current, failures, effects };
}

/** What a generator of steps returns, run to its end at once. */
export function finished<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
