import { initialState } from '../model/apply';
import type { Operation } from '../model/operation';
import type { Plan } from '../model/plan';
import { effectOf, replay, step, type Entry, type Replay } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import { computeTable } from '../model/table';

/**
 * Replays of scenarios, kept per scenario object. Scenarios are immutable, so
 * a scenario's replay never goes stale; a scenario made by appending one
 * entry gets its replay from its predecessor's in one step instead of a
 * full replay.
 */
let replays = new WeakMap<Scenario, Replay>();
let baselines = new WeakMap<Plan, Replay>();

/**
 * Forgets every replay: after a change of language, so that why an entry no
 * longer applies is said again in the new one (a replay keeps its words).
 */
export function forgetReplays(): void {
  replays = new WeakMap();
  baselines = new WeakMap();
}

export function baselineReplay(plan: Plan): Replay {
  let found = baselines.get(plan);
  if (found === undefined) {
    const state = initialState(plan);
    found = { state, table: computeTable(plan), failures: new Map(), effects: new Map() };
    baselines.set(plan, found);
  }
  return found;
}

/** A scenario's replay made elsewhere (the check of the file it was opened from), kept as its own. */
export function rememberReplay(scenario: Scenario, replayed: Replay): void {
  replays.set(scenario, replayed);
}

export function replayOf(plan: Plan, scenario: Scenario | null): Replay {
  if (scenario === null) return baselineReplay(plan);
  let found = replays.get(scenario);
  if (found === undefined) {
    const base = baselineReplay(plan);
    found = replay(base.state, scenario.entries, base.table);
    replays.set(scenario, found);
  }
  return found;
}

/**
 * The scenario with one more entry, its replay computed from the scenario's
 * in one step. Throws the OperationError when the operation is refused, and
 * then nothing is made.
 */
export function withEntry(plan: Plan, scenario: Scenario, operation: Operation, entry: Omit<Entry, 'operation' | 'enabled'>): Scenario {
  const previous = replayOf(plan, scenario);
  const next = step(previous, operation);
  const extended: Scenario = { ...scenario, entries: [...scenario.entries, { ...entry, operation, enabled: true }] };
  replays.set(extended, { ...next, failures: previous.failures, effects: new Map([...previous.effects, [entry.id, effectOf(previous.table, next.table)]]) });
  return extended;
}
