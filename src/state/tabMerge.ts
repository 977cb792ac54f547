import type { Plan } from '../model/plan';
import type { Entry } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { WorkspaceData } from './appState';
import { uniqueName } from './scenarios';

/** A change made in this tab, as the merge with another tab's found it. */
export type TabChange =
  | { readonly kind: 'entry' | 'entryRemoval' | 'entryRestored'; readonly scenario: Scenario; readonly entry: Entry; readonly what?: EntryChange | undefined }
  | { readonly kind: 'scenario' | 'scenarioRemoval' | 'scenarioRestored' | 'scenarioPlanGone' | 'rename' | 'order'; readonly scenario: Scenario }
  | { readonly kind: 'scenarioRenamed'; readonly scenario: Scenario; readonly was: string }
  | { readonly kind: 'plan' | 'planRemoval'; readonly plan: Plan };

/** What a change to an entry changed, where it is not its operation: switched off or on, or its note. */
export type EntryChange = 'switchedOff' | 'switchedOn' | 'note';

/** What `a` changed of the entry `o`, where it is not the operation. */
function entryChange(o: Entry, a: Entry): EntryChange | undefined {
  if (!isSame(o.operation, a.operation)) return undefined;
  if (o.enabled !== a.enabled) return a.enabled ? 'switchedOn' : 'switchedOff';
  return o.rationale === a.rationale ? undefined : 'note';
}

export interface Merged {
  readonly data: WorkspaceData;
  /** Made here in the same moment as the other tab saved its own, and added to its changes. */
  readonly kept: readonly TabChange[];
  /** Made here where the other tab changed or removed the same thing in the same moment: its version is kept. */
  readonly lost: readonly TabChange[];
  /** Changes made here (not read from the store) that the other tab removed, knowing them. */
  readonly removedThere: readonly TabChange[];
}

interface Keyed {
  readonly id: string;
}

/** What one id becomes: the item kept, or null, from the ancestor's, this tab's and the other tab's. */
type Resolve<X> = (o: X | undefined, a: X | undefined, t: X | undefined) => X | null;

// Parts of the state are immutable: the same object is the same data; one read again from the store is compared by its JSON.
const isSame = (x: unknown, y: unknown): boolean => x === y || JSON.stringify(x) === JSON.stringify(y);
const idsOf = (items: readonly Keyed[]): string[] => items.map((item) => item.id);
const isSameSequence = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id, i) => id === y[i]);

/**
 * Three lists of one thing by id (the ancestor's, this tab's, the other's)
 * merged, each id resolved on its own. Where the other tab moved nothing,
 * in this tab's order; else in the other's, what was added here following,
 * and what both still hold in this tab's order where the other kept theirs
 * as it was (merges append, so tabs' orders part without anyone moving a
 * thing). Whether this tab's own order could not be kept (both moved), and
 * the other tab's very list where nothing of this tab's is in it.
 */
function mergeKeyed<X extends Keyed>(o: readonly X[], a: readonly X[], t: readonly X[], resolve: Resolve<X>): { items: readonly X[]; isOrderLost: boolean } {
  const [ancestor, ours, theirs] = [o, a, t].map((items) => new Map(items.map((item) => [item.id, item])));
  const inAll = (id: string) => ancestor!.has(id) && ours!.has(id) && theirs!.has(id);
  const [base, mine, other] = [o, a, t].map((items) => idsOf(items).filter(inAll));
  const isTheirsUnmoved = isSameSequence(idsOf(t), idsOf(o));
  const isTheirsReordered = !isSameSequence(other!, base!);
  const ourOrder = mine![Symbol.iterator]();
  const order = isTheirsUnmoved
    ? [...idsOf(a), ...idsOf(t).filter((id) => !ours!.has(id))]
    : [...idsOf(t).map((id) => (!isTheirsReordered && inAll(id) ? ourOrder.next().value! : id)), ...idsOf(a).filter((id) => !theirs!.has(id))];
  const items = [...new Set(order)].flatMap((id) => resolve(ancestor!.get(id), ours!.get(id), theirs!.get(id)) ?? []);
  const isOrderLost = isTheirsReordered && !isSameSequence(mine!, base!) && !isSameSequence(mine!, other!);
  return { items: items.length === t.length && items.every((item, i) => item === t[i]) ? t : items, isOrderLost };
}

class TabMerge {
  readonly kept: TabChange[] = [];
  readonly lost: TabChange[] = [];
  readonly removedThere: TabChange[] = [];

  /**
   * `isMadeHere`: whether an entry or a scenario, by id, was made in this tab
   * (never read from the store); `wasHeld`: whether this tab held it lately.
   */
  constructor(
    private readonly isMadeHere: (id: string) => boolean,
    private readonly wasHeld: (id: string) => boolean,
  ) {}

  readonly plan: Resolve<Plan> = (o, a, t) => {
    // A plan's figures never change once imported: it is added or removed, nothing else.
    if (t !== undefined) return o === undefined || a !== undefined ? t : null;
    if (a === undefined || o !== undefined) return null;
    this.kept.push({ kind: 'plan', plan: a });
    return a;
  };

  readonly scenario: Resolve<Scenario> = (o, a, t) => {
    if (a !== undefined && t !== undefined) {
      if (o === undefined) return t;
      if (!isSame(a, o)) return this.bothKept(o, a, t);
      const held = new Set(idsOf(t.entries));
      for (const entry of a.entries) if (!held.has(entry.id) && this.isMadeHere(entry.id)) this.removedThere.push({ kind: 'entry', scenario: a, entry });
      return t;
    }
    if (a !== undefined) {
      // Made here; changed here while the other tab deleted it (a change outweighs a deletion made without knowing it: kept, and said); or deleted there.
      if (o === undefined || !isSame(a, o)) {
        this.kept.push({ kind: o === undefined ? 'scenario' : 'scenarioRestored', scenario: a });
        return a;
      }
      if (a.entries.some((entry) => this.isMadeHere(entry.id))) this.removedThere.push({ kind: 'scenario', scenario: a });
      return null;
    }
    // Added there (or kept there, changed, as it was deleted here: said); deleted here (kept, and said, where the other tab changed it meanwhile); or deleted in both.
    if (t === undefined) return null;
    if (o === undefined && !this.wasHeld(t.id)) return t;
    if (o !== undefined && isSame(t, o)) return null;
    this.lost.push({ kind: 'scenarioRemoval', scenario: t });
    return t;
  };

  /** A scenario both tabs still hold, changed here: its name and its entries, each merged. */
  private bothKept(o: Scenario, a: Scenario, t: Scenario): Scenario {
    const merged = mergeKeyed(o.entries, a.entries, t.entries, (oe, ae, te) => this.entry(t, oe, ae, te));
    if (merged.isOrderLost) this.lost.push({ kind: 'order', scenario: a });
    const isRenamedHere = a.name !== o.name;
    if (isRenamedHere && t.name === o.name) this.kept.push({ kind: 'rename', scenario: a });
    else if (isRenamedHere && t.name !== a.name) this.lost.push({ kind: 'rename', scenario: a });
    const name = isRenamedHere && t.name === o.name ? a.name : t.name;
    return name === t.name && merged.items === t.entries ? t : { ...t, name, entries: merged.items };
  }

  private entry(scenario: Scenario, o: Entry | undefined, a: Entry | undefined, t: Entry | undefined): Entry | null {
    if (a !== undefined && t !== undefined) {
      if (o === undefined || isSame(a, o) || isSame(a, t)) return t;
      // Changed here: kept where the other tab left it as it was, else the other's version.
      const isTheirsUnchanged = isSame(t, o);
      (isTheirsUnchanged ? this.kept : this.lost).push({ kind: 'entry', scenario, entry: a, what: entryChange(o, a) });
      return isTheirsUnchanged ? a : t;
    }
    if (a !== undefined) {
      // Made here; changed here while the other tab removed it (kept, and said); or removed there.
      if (o === undefined || !isSame(a, o)) {
        this.kept.push(o === undefined ? { kind: 'entry', scenario, entry: a } : { kind: 'entryRestored', scenario, entry: a, what: entryChange(o, a) });
        return a;
      }
      if (this.isMadeHere(a.id)) this.removedThere.push({ kind: 'entry', scenario, entry: a });
      return null;
    }
    // Added there (or kept there, changed, as it was removed here: said); removed here (kept, and said, where the other tab changed it meanwhile); or removed in both.
    if (t === undefined) return null;
    if (o === undefined && !this.wasHeld(t.id)) return t;
    if (o !== undefined && isSame(t, o)) return null;
    this.lost.push({ kind: 'entryRemoval', scenario, entry: o ?? t });
    return t;
  }
}

/**
 * This tab's data merged into another tab's, saved in the same moment from
 * the same `ancestor` (the last data both held): what the other tab changed
 * is kept, and so is what this tab changed that the other did not touch —
 * added entries, scenarios and plans, edited or switched entries, a new name,
 * a new order. A change outweighs a deletion made in the same moment without
 * knowing it: the thing is kept, and the deletion named as not kept. Where
 * both changed one thing, the other tab's version is kept (it is stored
 * already) and this tab's is named as lost, never dropped unsaid. A scenario
 * of a plan no longer there goes with it; one the other tab still changes
 * brings its plan back. `wasHeld`: whether this tab held an id lately (one
 * gone from what it holds was removed here).
 */
export function mergeTabs(ancestor: WorkspaceData, ours: WorkspaceData, theirs: WorkspaceData, isMadeHere: (id: string) => boolean, wasHeld: (id: string) => boolean = () => false): Merged {
  const merge = new TabMerge(isMadeHere, wasHeld);
  let plans = mergeKeyed(ancestor.plans, ours.plans, theirs.plans, merge.plan).items;
  let scenarios = mergeKeyed(ancestor.scenarios, ours.scenarios, theirs.scenarios, merge.scenario).items;
  const hasPlan = (s: Scenario) => s.planId === null || plans.some((p) => p.id === s.planId);
  // A plan removed here whose scenario the other tab changed comes back with it.
  const back = theirs.plans.filter((p) => !plans.includes(p) && scenarios.some((s) => s.planId === p.id && theirs.scenarios.includes(s)));
  for (const plan of back) merge.lost.push({ kind: 'planRemoval', plan });
  if (back.length > 0) plans = theirs.plans.filter((p) => plans.includes(p) || back.includes(p)).concat(plans.filter((p) => !theirs.plans.includes(p)));
  const orphans = scenarios.filter((s) => !hasPlan(s));
  for (const scenario of orphans) {
    // What was kept of it goes with it, said once.
    const kept = merge.kept.filter((change) => !('scenario' in change) || change.scenario.id !== scenario.id);
    if (kept.length < merge.kept.length) merge.lost.push({ kind: 'scenarioPlanGone', scenario });
    merge.kept.splice(0, merge.kept.length, ...kept);
  }
  if (orphans.length > 0) scenarios = scenarios.filter(hasPlan);
  scenarios = uniqueNames(scenarios, theirs.scenarios, merge.kept);
  // What this tab holds of a third tab's, merged in before, is that tab's to tell (its scenario renamed here too: it is told when it follows).
  const isOwn = (change: TabChange) =>
    'entry' in change
      ? isMadeHere(change.entry.id)
      : change.kind === 'scenarioRenamed'
        ? isMadeHere(change.scenario.id)
        : change.kind !== 'scenario' || isMadeHere(change.scenario.id) || change.scenario.entries.some((e) => isMadeHere(e.id));
  const data = { plans: plans.length === theirs.plans.length && plans.every((p, i) => p === theirs.plans[i]) ? theirs.plans : plans, scenarios };
  return { data, kept: merge.kept.filter(isOwn), lost: merge.lost, removedThere: merge.removedThere };
}

/**
 * No two scenarios of one name: the other tab's keep theirs, as stored; one
 * of this tab's that the other gave its name in the same moment ("Proposal 1"
 * in both, or, three tabs at once, "Proposal 1 (2)") takes the next free
 * number of its stem (not "Proposal 1 (2) (2)", which three tabs renaming
 * each other's made longer at every merge), and is said.
 */
function uniqueNames(scenarios: readonly Scenario[], theirs: readonly Scenario[], kept: TabChange[]): readonly Scenario[] {
  const claimed = new Set<string>();
  for (const s of scenarios) if (theirs.includes(s)) claimed.add(s.name);
  const named = new Set<string>();
  let result = scenarios;
  for (const scenario of scenarios) {
    const isTaken = theirs.includes(scenario) ? named.has(scenario.name) : claimed.has(scenario.name) || named.has(scenario.name);
    if (!isTaken) {
      named.add(scenario.name);
      continue;
    }
    const name = uniqueName({ plans: [], scenarios: result }, scenario.name.replace(/ \(\d+\)$/, ''));
    const renamed = { ...scenario, name };
    named.add(name);
    result = result.map((s) => (s === scenario ? renamed : s));
    const at = kept.findIndex((change) => 'scenario' in change && change.scenario.id === scenario.id && change.kind !== 'entry' && change.kind !== 'entryRestored');
    kept.splice(at === -1 ? kept.length : at, at === -1 ? 0 : 1, { kind: 'scenarioRenamed', scenario: renamed, was: scenario.name });
  }
  return result;
}
