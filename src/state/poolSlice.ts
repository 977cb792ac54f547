import { MAX_PROPOSAL_BYTES, ProposalFileError, readProposal } from '../io/proposalFile';
import { MAX_NAME } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { SliceContext } from './appState';
import { commit } from './historySlice';
import { mergePreview, pooledReplay, type PooledProposal } from './poolMerge';
import { makeScenario } from './scenarios';
import { shownPlan } from './selectors';

export type { PooledProposal } from './poolMerge';

/**
 * Many proposal files opened side by side for one plan (a meeting's twenty
 * delegations), to read their spread, compare two of them or merge some into
 * a scenario. The pool is the session's only: it is not stored, and not
 * data that undo covers; the scenarios made from it are.
 */
export interface Pool {
  /** The plan the proposals were read against: an imported plan's id, or null for the published one. */
  readonly planId: string | null;
  readonly proposals: readonly PooledProposal[];
}

export interface PoolSlice {
  readonly pool: Pool;
  /** Reads each file against the plan shown and adds those that open; each refused one is named with why. Returns how many were added. */
  openPool(files: readonly PoolFile[]): number;
  removeFromPool(id: string): void;
  clearPool(): void;
  /** Opens two pooled proposals as scenarios (or shows the ones already opened) and compares the first with the second. */
  comparePooled(first: string, second: string): boolean;
  /** A new scenario holding the chosen proposals' operations, in pool order, with the cells they disagree on said. */
  mergePooled(ids: readonly string[]): boolean;
}

/** A file to pool: its name and text, or null for its text when it was too large to be read. */
export interface PoolFile {
  readonly name: string;
  readonly text: string | null;
}

const EMPTY: Pool = { planId: null, proposals: [] };

/** The pool of the plan shown: empty when it was made for another plan. */
export const shownPool = (s: { pool: Pool; activePlanId: string | null }): readonly PooledProposal[] =>
  s.pool.planId === s.activePlanId ? s.pool.proposals : EMPTY.proposals;

const uniqueIn = (names: ReadonlySet<string>, wanted: string): string => {
  if (!names.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!names.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
};

function openPool(context: SliceContext, files: readonly PoolFile[]): number {
  const { get, set, newId } = context;
  const s = get();
  const plan = shownPlan(s);
  const kept = shownPool(s);
  const names = new Set(kept.map((p) => p.name));
  // The same file opened twice would count twice in every median: a file of the same name with the same operations is refused.
  const sameAs = (fileName: string, entries: readonly { operation: unknown; enabled: boolean }[]) => JSON.stringify([fileName, entries.map((entry) => [entry.operation, entry.enabled])]);
  const pooledAs = new Map(kept.map((p) => [sameAs(p.fileName, p.entries), p.name]));
  const added: PooledProposal[] = [];
  const refused: string[] = [];
  for (const file of files) {
    try {
      if (file.text === null) throw new ProposalFileError([`the file is larger than ${MAX_PROPOSAL_BYTES / 1024 / 1024} MB`]);
      if (/\.(csv|tsv|txt|xlsx|xls|ods)$/i.test(file.name)) throw new Error('it is a table, not a proposal: a table comes in with Import table…');
      const read = readProposal(file.text, plan);
      const twin = pooledAs.get(sameAs(file.name, read.entries));
      if (twin !== undefined) throw new Error(`it is already in the pool, as “${twin}”: a proposal counted twice would weigh twice in every median.`);
      const entries = read.entries.map((entry) => ({ ...entry, id: newId() }));
      const name = uniqueIn(names, read.name);
      names.add(name);
      pooledAs.set(sameAs(file.name, read.entries), name);
      added.push({ id: newId(), name, fileName: file.name, entries, replay: pooledReplay(plan, entries) });
    } catch (error) {
      refused.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const count = kept.length + added.length;
  const pooled = added.length === 0 ? 'No proposal was added to the pool' : `${added.length} proposal${added.length === 1 ? ' was' : 's were'} added to the pool (${count} in all)`;
  const text = refused.length === 0 ? `${pooled}.` : `${pooled}; ${refused.length} file${refused.length === 1 ? ' was' : 's were'} refused and left out, the rest of the pool is as it was. ${refused.join(' ')}`;
  set({ pool: { planId: s.activePlanId, proposals: [...kept, ...added] }, message: { kind: refused.length === 0 ? 'info' : 'error', text } });
  return added.length;
}

/** The scenario opened from a pooled proposal earlier and left unchanged (its entries are the pool's own), if any. */
const openedFrom = (scenarios: readonly Scenario[], proposal: PooledProposal): Scenario | undefined =>
  scenarios.find((scenario) => scenario.entries === proposal.entries);

function comparePooled(context: SliceContext, first: string, second: string): boolean {
  const { get, set, newId, now } = context;
  const s = get();
  const [a, b] = [first, second].map((id) => shownPool(s).find((p) => p.id === id));
  if (a === undefined || b === undefined || a === b) {
    set({ message: { kind: 'error', text: 'Choose two different proposals of the pool to compare.' } });
    return false;
  }
  const made: Scenario[] = [];
  const scenarioFor = (proposal: PooledProposal): Scenario => {
    const found = openedFrom([...s.scenarios, ...made], proposal);
    if (found !== undefined) return found;
    const scenario = makeScenario({ plans: s.plans, scenarios: [...s.scenarios, ...made] }, { id: newId(), name: proposal.name, planId: s.activePlanId, parent: null, createdAt: now().toISOString(), entries: proposal.entries });
    made.push(scenario);
    return scenario;
  };
  const [one, other] = [scenarioFor(a), scenarioFor(b)];
  const text = `“${one.name}” is shown, compared with “${other.name}” (Compare tab).${made.length > 0 ? ` Opened as scenario${made.length > 1 ? 's' : ''}: ${made.map((m) => `“${m.name}”`).join(', ')}; undo (Ctrl+Z) removes ${made.length > 1 ? 'them' : 'it'}.` : ''}`;
  if (made.length === 0) set({ activeId: one.id, compareId: other.id, message: { kind: 'info', text } });
  else commit(context, { data: { scenarios: [...s.scenarios, ...made] }, target: { planId: s.activePlanId, scenarioId: one.id }, view: { activeId: one.id, compareId: other.id }, message: { kind: 'info', text } });
  return true;
}

function mergePooled(context: SliceContext, ids: readonly string[]): boolean {
  const { get, set, newId, now } = context;
  const s = get();
  const chosen = shownPool(s).filter((p) => ids.includes(p.id));
  if (chosen.length < 2) {
    set({ message: { kind: 'error', text: 'Choose two or more proposals of the pool to merge.' } });
    return false;
  }
  const preview = mergePreview(shownPlan(s), chosen, newId);
  const name = `Merged: ${chosen.map((p) => p.name).join(' + ')}`.slice(0, MAX_NAME);
  const scenario = makeScenario(s, { id: newId(), name, planId: s.activePlanId, parent: null, createdAt: now().toISOString(), entries: preview.entries });
  const twice = preview.conflicts.filter((conflict) => conflict.isCompounded).length;
  const conflicts = preview.conflicts.length - twice;
  const failed = preview.entries.flatMap((entry, i) => (preview.replay.failures.has(entry.id) ? [`#${i + 1}`] : []));
  const text = [
    `“${scenario.name}” holds the ${preview.entries.length} operations of ${chosen.map((p) => `“${p.name}”`).join(', ')}, in that order.`,
    conflicts + twice === 0
      ? 'No two of them change a cell to different figures, or make the same change twice.'
      : [
          conflicts === 0 ? '' : `${conflicts} cell${conflicts === 1 ? '' : 's'} ${conflicts === 1 ? 'is' : 'are'} changed to different figures by two or more of them.`,
          twice === 0 ? '' : `${twice} cell${twice === 1 ? '' : 's'} ${twice === 1 ? 'is' : 'are'} changed the same way by two or more of them, so merged the change is made more than once.`,
          'They are listed in the Pool tab: the operations run in order, so a later figure set replaces an earlier one and moves add up.',
        ].filter((part) => part !== '').join(' '),
    failed.length === 0 ? '' : `Operation${failed.length === 1 ? '' : 's'} ${failed.join(', ')} no longer appl${failed.length === 1 ? 'ies' : 'y'} after the ones before and ${failed.length === 1 ? 'is' : 'are'} marked so in the proposal.`,
    'Undo (Ctrl+Z) removes the merged scenario.',
  ].filter((part) => part !== '');
  commit(context, { data: { scenarios: [...s.scenarios, scenario] }, target: { planId: s.activePlanId, scenarioId: scenario.id }, view: { activeId: scenario.id }, message: { kind: 'info', text: text.join(' ') } });
  return true;
}

export function poolSlice(context: SliceContext): PoolSlice {
  const { get, set } = context;
  return {
    pool: EMPTY,
    openPool: (files) => openPool(context, files),
    removeFromPool: (id) => {
      const s = get();
      const removed = shownPool(s).find((p) => p.id === id);
      if (removed === undefined) return;
      set({ pool: { planId: s.activePlanId, proposals: shownPool(s).filter((p) => p.id !== id) }, message: { kind: 'info', text: `“${removed.name}” (${removed.fileName}) was taken out of the pool.` } });
    },
    clearPool: () => set({ pool: EMPTY, message: { kind: 'info', text: 'The pool was emptied; scenarios opened from it stay.' } }),
    comparePooled: (first, second) => comparePooled(context, first, second),
    mergePooled: (ids) => mergePooled(context, ids),
  };
}
