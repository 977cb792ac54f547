import { MAX_PROPOSAL_BYTES, ProposalFileError, readProposalSteps } from '../io/proposalFile';
import { MAX_NAME } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { SliceContext } from './appState';
import { commit } from './historySlice';
import { mergePreview, pooledReplay, type PooledProposal } from './poolMerge';
import { makeScenario } from './scenarios';
import { shownPlan } from './selectors';
import { t } from '../i18n/t';
import { WorkStopped, inSlices, type Step } from './longWork';
import { at, commaList, quoted, sentences } from './words';

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
  openPool(files: readonly PoolFile[]): Promise<number>;
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

/**
 * Pools proposal files, each checked by replaying it, a slice at a time with
 * the progress shown: a Stop, or a change of plan meanwhile, pools nothing.
 * Returns how many were added.
 */
async function openPool(context: SliceContext, files: readonly PoolFile[]): Promise<number> {
  const { get, set } = context;
  const { activePlanId } = get();
  try {
    const { added, refused } = await inSlices(context, t('state.work.pooling', { count: files.length, file: files[0]?.name ?? '' }), pooling(context, files));
    if (get().activePlanId !== activePlanId) throw new WorkStopped();
    const kept = shownPool(get());
    const count = kept.length + added.length;
    const text =
      refused.length === 0
        ? t('state.pool.added', { added: added.length, count })
        : t('state.pool.addedRefused', { added: added.length, count, refused: refused.length, reasons: sentences(...refused) });
    set({ pool: { planId: activePlanId, proposals: [...kept, ...added] }, message: { kind: refused.length === 0 ? 'info' : 'error', text } });
    return added.length;
  } catch (error) {
    if (!(error instanceof WorkStopped)) throw error;
    set({ message: { kind: 'info', text: t('state.work.stoppedPool') } });
    return 0;
  }
}

/** The files read and replayed one after the other, each operation a step: the proposals added, and each file refused with why. */
function* pooling(context: SliceContext, files: readonly PoolFile[]): Generator<Step, { added: PooledProposal[]; refused: string[] }> {
  const { get, newId } = context;
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
      if (file.text === null) throw new ProposalFileError([t('state.pool.tooLarge', { size: MAX_PROPOSAL_BYTES / 1024 / 1024 })]);
      if (/\.(csv|tsv|txt|xlsx|xls|ods)$/i.test(file.name)) throw new Error(t('state.pool.isTable'));
      const what = t('state.work.pooling', { count: files.length, file: file.name });
      const steps = readProposalSteps(file.text, plan, () => newId());
      let next = steps.next();
      for (; next.done !== true; next = steps.next()) yield { done: files.indexOf(file), total: files.length, what };
      const read = next.value;
      const twin = pooledAs.get(sameAs(file.name, read.entries));
      if (twin !== undefined) throw new Error(t('state.pool.twin', { name: twin }));
      const name = uniqueIn(names, read.name);
      names.add(name);
      pooledAs.set(sameAs(file.name, read.entries), name);
      added.push({ id: newId(), name, fileName: file.name, entries: read.entries, replay: read.replay ?? pooledReplay(plan, read.entries) });
    } catch (error) {
      refused.push(at(file.name, error instanceof Error ? error.message : String(error)));
    }
    yield { done: files.indexOf(file) + 1, total: files.length };
  }
  return { added, refused };
}

/** The scenario opened from a pooled proposal earlier and left unchanged (its entries are the pool's own), if any. */
const openedFrom = (scenarios: readonly Scenario[], proposal: PooledProposal): Scenario | undefined =>
  scenarios.find((scenario) => scenario.entries === proposal.entries);

function comparePooled(context: SliceContext, first: string, second: string): boolean {
  const { get, set, newId, now } = context;
  const s = get();
  const [a, b] = [first, second].map((id) => shownPool(s).find((p) => p.id === id));
  if (a === undefined || b === undefined || a === b) {
    set({ message: { kind: 'error', text: t('state.pool.chooseTwo') } });
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
  const opened = commaList(made.map((m) => quoted(m.name)));
  const text = made.length === 0 ? t('state.pool.compared', { name: one.name, other: other.name }) : t('state.pool.comparedOpened', { name: one.name, other: other.name, count: made.length, opened });
  if (made.length === 0) set({ activeId: one.id, compareId: other.id, message: { kind: 'info', text } });
  else commit(context, { data: { scenarios: [...s.scenarios, ...made] }, target: { planId: s.activePlanId, scenarioId: one.id }, view: { activeId: one.id, compareId: other.id }, message: { kind: 'info', text } });
  return true;
}

function mergePooled(context: SliceContext, ids: readonly string[]): boolean {
  const { get, set, newId, now } = context;
  const s = get();
  const chosen = shownPool(s).filter((p) => ids.includes(p.id));
  if (chosen.length < 2) {
    set({ message: { kind: 'error', text: t('state.pool.chooseMerge') } });
    return false;
  }
  const preview = mergePreview(shownPlan(s), chosen, newId);
  const name = t('state.pool.mergedName', { names: chosen.map((p) => p.name).join(' + ') }).slice(0, MAX_NAME);
  const scenario = makeScenario(s, { id: newId(), name, planId: s.activePlanId, parent: null, createdAt: now().toISOString(), entries: preview.entries });
  const twice = preview.conflicts.filter((conflict) => conflict.isCompounded).length;
  const conflicts = preview.conflicts.length - twice;
  const failed = preview.entries.flatMap((entry, i) => (preview.replay.failures.has(entry.id) ? [`#${i + 1}`] : []));
  const text = sentences(
    t('state.pool.merge.holds', { name: scenario.name, count: preview.entries.length, proposals: commaList(chosen.map((p) => quoted(p.name))) }),
    conflicts + twice === 0 ? t('state.pool.merge.noConflict') : '',
    conflicts === 0 ? '' : t('state.pool.merge.conflicts', { count: conflicts }),
    twice === 0 ? '' : t('state.pool.merge.twice', { count: twice }),
    conflicts + twice === 0 ? '' : t('state.pool.merge.listed'),
    failed.length === 0 ? '' : t('state.pool.merge.failed', { count: failed.length, operations: commaList(failed) }),
    t('state.pool.merge.undo'),
  );
  commit(context, { data: { scenarios: [...s.scenarios, scenario] }, target: { planId: s.activePlanId, scenarioId: scenario.id }, view: { activeId: scenario.id }, message: { kind: 'info', text } });
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
      set({ pool: { planId: s.activePlanId, proposals: shownPool(s).filter((p) => p.id !== id) }, message: { kind: 'info', text: t('state.pool.removed', { name: removed.name, file: removed.fileName }) } });
    },
    clearPool: () => set({ pool: EMPTY, message: { kind: 'info', text: t('state.pool.cleared') } }),
    comparePooled: (first, second) => comparePooled(context, first, second),
    mergePooled: (ids) => mergePooled(context, ids),
  };
}
