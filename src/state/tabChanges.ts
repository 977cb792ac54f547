import { describeOperation } from '../model/describe';
import type { NumberStyle } from '../model/amount';
import type { Plan } from '../model/plan';
import { interplayOf } from '../model/interplay';
import type { Scenario } from '../model/scenario';
import type { WorkspaceData } from './appState';
import { replayOf } from './replays';
import type { Merged, TabChange } from './tabMerge';
import type { MessageId } from '../i18n/english';
import { t } from '../i18n/t';
import { quoted, semicolonList, sentences } from './words';

/** How many changes a message names; the rest are counted. */
const MOST_NAMED = 3;

/** One change in words: "“Proposal 1”: TP1 …, 2028 set to 57 024". */
function saidChange(change: TabChange, plans: readonly Plan[], published: Plan, style: NumberStyle): string {
  if ('plan' in change) return t(`state.tabs.${change.kind}`, { plan: quoted(change.plan.title) });
  const scenario = quoted(change.scenario.name);
  if (change.kind === 'scenarioRenamed') return t('state.tabs.scenarioRenamed', { scenario, was: quoted(change.was) });
  if (change.kind !== 'entry' && change.kind !== 'entryRemoval' && change.kind !== 'entryRestored') return t(`state.tabs.${change.kind}`, { scenario });
  const plan = change.scenario.planId === null ? published : plans.find((p) => p.id === change.scenario.planId);
  // Its plan gone with it: the scenario is named, as the operation cannot be put in words without it.
  if (plan === undefined) return t('state.tabs.scenario', { scenario });
  const operation = describeOperation(change.entry.operation, plan, style);
  // What was changed of it: the operation, or only its switch or its note.
  const said = change.what === undefined ? operation : t(`state.tabs.${change.what}`, { change: operation });
  if (change.kind === 'entry') return t('state.tabs.goneChange', { scenario, change: said });
  return t('state.tabs.goneChange', { scenario, change: t(change.kind === 'entryRemoval' ? 'state.tabs.removal' : 'state.tabs.entryRestored', { change: said }) });
}

/** Changes in a list, the first few named, the rest counted, in the sentence `key` makes of them. */
export function saidChanges(key: MessageId, changes: readonly TabChange[], plans: readonly Plan[], published: Plan, style: NumberStyle): string {
  if (changes.length === 0) return '';
  const named = changes.slice(0, MOST_NAMED).map((change) => saidChange(change, plans, published, style));
  return t(key, { changes: semicolonList(named), count: changes.length, more: changes.length - named.length });
}

/** What a merge with another tab's changes kept of this tab's, lost, and saw removed there, in words. */
export function saidMerge(merged: Merged, plans: readonly Plan[], published: Plan, style: NumberStyle): string {
  const say = (key: MessageId, changes: readonly TabChange[]) => saidChanges(key, changes, plans, published, style);
  return sentences(say('state.tabs.merged', merged.kept), say('state.tabs.conflicts', merged.lost), say('state.tabs.removedThere', merged.removedThere));
}

/**
 * Changes made here whose figures a change of another tab, new here, now
 * changes again (both set one cell in the same moment, and the merge put
 * the other's after): each is kept, and the later sets the figures shown, so
 * the person whose figure is no longer shown is told, in words.
 */
export function saidChangedAgain(before: WorkspaceData, now: WorkspaceData, isMadeHere: (entryId: string) => boolean, published: Plan, style: NumberStyle): string {
  const said: string[] = [];
  for (const scenario of now.scenarios) {
    const held = new Set(before.scenarios.find((s) => s.id === scenario.id)?.entries.map((e) => e.id) ?? []);
    const isNew = (id: string) => !held.has(id) && !isMadeHere(id);
    const plan = scenario.planId === null ? published : now.plans.find((p) => p.id === scenario.planId);
    if (plan === undefined || !scenario.entries.some((e) => isNew(e.id)) || !scenario.entries.some((e) => isMadeHere(e.id))) continue;
    said.push(...changedAgainIn(scenario, plan, isMadeHere, isNew, style));
  }
  if (said.length === 0) return '';
  const named = said.slice(0, MOST_NAMED);
  return t('state.tabs.changedAgain', { changes: semicolonList(named), count: said.length, more: said.length - named.length });
}

function changedAgainIn(scenario: Scenario, plan: Plan, isMadeHere: (entryId: string) => boolean, isNew: (entryId: string) => boolean, style: NumberStyle): string[] {
  const { effects } = replayOf(plan, scenario);
  const interplay = interplayOf(scenario.entries, effects);
  return scenario.entries.flatMap((entry) => {
    const later = isMadeHere(entry.id) ? interplay.get(entry.id)?.later.find((overlap) => isNew(overlap.entryId)) : undefined;
    const by = later === undefined ? undefined : scenario.entries[later.position];
    if (by === undefined) return [];
    return [t('state.tabs.changedAgainBy', { scenario: quoted(scenario.name), change: describeOperation(entry.operation, plan, style), later: describeOperation(by.operation, plan, style) })];
  });
}

/**
 * Scenarios made here that the data read now call otherwise, not renamed by
 * this tab's own merge: renamed in another tab, or there given the next free
 * number when tabs made scenarios of one name in the same moment. Said, as
 * the scenario shown may be the one renamed.
 */
export function saidRenamedThere(before: WorkspaceData, now: WorkspaceData, merged: Merged | null, isMadeHere: (id: string) => boolean): string {
  const renamedHere = new Set(merged?.kept.flatMap((change) => (change.kind === 'scenarioRenamed' ? [change.scenario.id] : [])) ?? []);
  const said = before.scenarios.flatMap((scenario) => {
    const renamed = now.scenarios.find((s) => s.id === scenario.id && s.name !== scenario.name);
    if (renamed === undefined || renamedHere.has(scenario.id) || !isMadeHere(scenario.id)) return [];
    return [t('state.tabs.renamedTo', { was: quoted(scenario.name), scenario: quoted(renamed.name) })];
  });
  return said.length === 0 ? '' : t('state.tabs.renamedThere', { changes: semicolonList(said) });
}
