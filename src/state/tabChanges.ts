import { describeOperation } from '../model/describe';
import type { NumberStyle } from '../model/amount';
import type { Plan } from '../model/plan';
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
  if (change.kind !== 'entry' && change.kind !== 'entryRemoval') return t(`state.tabs.${change.kind}`, { scenario });
  const plan = change.scenario.planId === null ? published : plans.find((p) => p.id === change.scenario.planId);
  // Its plan gone with it: the scenario is named, as the operation cannot be put in words without it.
  if (plan === undefined) return t('state.tabs.scenario', { scenario });
  const said = describeOperation(change.entry.operation, plan, style);
  return t('state.tabs.goneChange', { scenario, change: change.kind === 'entry' ? said : t('state.tabs.removal', { change: said }) });
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
