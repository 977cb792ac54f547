import { readProposalSteps } from '../io/proposalFile';
import { WorkStopped, inSlices } from './longWork';
import { proposalFromLink } from '../io/proposalLink';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { SliceContext, WorkspaceSlice } from './appState';
import { cellActions } from './cells';
import { addOperations } from './changes';
import { entryActions } from './entries';
import { commit } from './historySlice';
import { makeScenario, replaceScenario } from './scenarios';
import { rememberReplay } from './replays';
import { MAX_NAME } from '../model/proposal';
import { activeScenario, shownPlan } from './selectors';
import { t } from '../i18n/t';

function renameScenario(context: SliceContext, id: string, name: string): boolean {
  const { get, set } = context;
  const { scenarios } = get();
  const scenario = scenarios.find((s) => s.id === id);
  const trimmed = name.trim();
  if (scenario === undefined) return false;
  if (trimmed === '') {
    set({ message: { kind: 'error', text: t('state.scenario.rename.noName', { name: scenario.name }) } });
    return false;
  }
  if (trimmed.length > MAX_NAME) {
    set({ message: { kind: 'error', text: t('state.scenario.rename.tooLong', { name: scenario.name, max: MAX_NAME }) } });
    return false;
  }
  if (scenarios.some((s) => s.id !== id && s.name === trimmed)) {
    set({ message: { kind: 'error', text: t('state.scenario.rename.taken', { name: scenario.name, wanted: trimmed }) } });
    return false;
  }
  if (trimmed !== scenario.name) {
    commit(context, {
      data: { scenarios: replaceScenario(scenarios, { ...scenario, name: trimmed }) },
      target: { planId: scenario.planId, scenarioId: id },
      message: { kind: 'info', text: t('state.scenario.renamed', { old: scenario.name, name: trimmed }) },
    });
  }
  return true;
}

function deleteScenario(context: SliceContext, id: string): void {
  const { scenarios, activeId, compareId } = context.get();
  const scenario = scenarios.find((s) => s.id === id);
  if (scenario === undefined) return;
  const fallback = scenario.parentId !== null && scenarios.some((s) => s.id === scenario.parentId) ? scenario.parentId : null;
  commit(context, {
    data: { scenarios: scenarios.filter((s) => s.id !== id) },
    target: { planId: scenario.planId, scenarioId: id },
    view: { activeId: activeId === id ? fallback : activeId, compareId: compareId === id ? null : compareId },
    message: { kind: 'info', text: t('state.scenario.deleted', { name: scenario.name }) },
  });
}

function deletePlan(context: SliceContext, planId: string): void {
  const { plans, scenarios, activePlanId, activeId } = context.get();
  const plan = plans.find((p) => p.id === planId);
  if (plan === undefined) return;
  const isShown = activePlanId === planId;
  commit(context, {
    data: { plans: plans.filter((p) => p.id !== planId), scenarios: scenarios.filter((s) => s.planId !== planId) },
    target: { planId, scenarioId: isShown ? activeId : null },
    view: isShown ? { activePlanId: null, activeId: null, compareId: null } : {},
    message: { kind: 'info', text: t('state.plan.deleted', { title: plan.title }) },
  });
}

/** Adds `scenario` to the workspace and shows it. */
function addScenario(context: SliceContext, scenario: Scenario, message: string | null = null): void {
  commit(context, {
    data: { scenarios: [...context.get().scenarios, scenario] },
    target: { planId: scenario.planId, scenarioId: scenario.id },
    view: { activeId: scenario.id },
    message: message === null ? null : { kind: 'info', text: message },
  });
}

/** What a new scenario started from, said when it is made. */
function branchWords(scenario: Scenario, parent: Scenario | null): string {
  if (parent === null) return t('state.scenario.startedFromBaseline', { name: scenario.name });
  return t('state.scenario.branched', { name: scenario.name, parent: parent.name, count: parent.entries.length });
}

/**
 * Opens a proposal file as a new scenario of the plan shown. Its operations
 * are checked by replaying them, a slice at a time with the progress shown
 * (500 take about a second): a Stop, or a change of plan meanwhile, opens
 * nothing.
 */
async function openProposal(context: SliceContext, text: string, fileName: string): Promise<boolean> {
  const { get, set, newId, now } = context;
  const { activePlanId } = get();
  const plan = shownPlan(get());
  try {
    const read = await inSlices(context, t('state.work.openingProposal', { file: fileName }), readProposalSteps(text, plan, () => newId()));
    if (get().activePlanId !== activePlanId) throw new WorkStopped();
    const scenario = makeScenario(get(), { id: newId(), name: read.name, planId: activePlanId, parent: null, createdAt: now().toISOString(), entries: read.entries });
    // The replay that checked the file is the scenario's: not replayed again when it is drawn.
    if (read.replay !== null) rememberReplay(scenario, read.replay);
    addScenario(context, scenario, t('state.proposal.opened', { file: fileName, name: scenario.name }));
    return true;
  } catch (error) {
    const text = error instanceof WorkStopped ? t('state.work.stoppedProposal', { file: fileName }) : t('state.proposal.refused', { file: fileName, reason: error instanceof Error ? error.message : String(error) });
    set({ message: { kind: error instanceof WorkStopped ? 'info' : 'error', text } });
    return false;
  }
}

/** A proposal carried by a link's fragment, opened on the plan it was made on as a new scenario; a bad link changes nothing. */
async function openProposalLink(context: SliceContext, hash: string): Promise<boolean> {
  const { get, set } = context;
  const s = get();
  let found: ReturnType<typeof proposalFromLink>;
  try {
    found = proposalFromLink(hash, [s.published, ...s.plans]);
  } catch (error) {
    set({ message: { kind: 'error', text: t('state.proposal.linkRefused', { reason: error instanceof Error ? error.message : String(error) }) } });
    return false;
  }
  const planId = found.plan === s.published ? null : found.plan.id;
  const before = { activePlanId: s.activePlanId, activeId: s.activeId };
  if (s.activePlanId !== planId) get().showPlan(planId);
  if (await openProposal(context, found.text, t('state.proposal.inLink'))) return true;
  // Refused or stopped: the plan shown goes back to the one that was.
  set(before);
  return false;
}

/** The imported plans and the scenarios, and every action that changes them (each one undoable step). */
export function workspaceSlice(context: SliceContext, published: Plan): WorkspaceSlice {
  const { get, newId, now } = context;
  return {
    published,
    plans: [],
    scenarios: [],
    ...cellActions(context),
    applyOperation: (operation, rationale = '') => addOperations(context, [operation], rationale),
    ...entryActions(context),
    newScenario(name) {
      const s = get();
      const parent = activeScenario(s);
      const scenario = makeScenario(s, { id: newId(), name: name?.trim(), planId: s.activePlanId, parent, createdAt: now().toISOString() });
      addScenario(context, scenario, branchWords(scenario, parent));
      return scenario.id;
    },
    renameScenario: (id, name) => renameScenario(context, id, name),
    deleteScenario: (id) => deleteScenario(context, id),
    deletePlan: (planId) => deletePlan(context, planId),
    openProposal: (text, fileName) => openProposal(context, text, fileName),
    openProposalLink: (hash) => openProposalLink(context, hash),
  };
}
