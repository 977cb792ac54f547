import type { Entry } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { WorkspaceData } from './appState';
import { t } from '../i18n/t';

export function uniqueName(data: WorkspaceData, wanted: string): string {
  const names = new Set(data.scenarios.map((s) => s.name));
  if (!names.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!names.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

function nextProposalName(data: WorkspaceData): string {
  for (let n = data.scenarios.length + 1; ; n++) {
    const name = t('state.scenario.defaultName', { number: n });
    if (!data.scenarios.some((s) => s.name === name)) return name;
  }
}

export interface NewScenario {
  readonly id: string;
  /** The name wanted, made unique among the scenarios; without one, the next free "Proposal n". */
  readonly name?: string | undefined;
  readonly planId: string | null;
  /** The scenario it branches from, whose entries it copies; null for the baseline of its plan. */
  readonly parent: Scenario | null;
  readonly createdAt: string;
  /** The entries it starts with instead of the parent's (a proposal file's). */
  readonly entries?: readonly Entry[];
}

/** A new scenario, named so that no two scenarios share a name. */
export function makeScenario(data: WorkspaceData, made: NewScenario): Scenario {
  return {
    id: made.id,
    name: uniqueName(data, made.name || nextProposalName(data)),
    planId: made.planId,
    parentId: made.parent?.id ?? null,
    createdAt: made.createdAt,
    entries: made.entries ?? made.parent?.entries ?? [],
  };
}

export const replaceScenario = (scenarios: readonly Scenario[], scenario: Scenario): readonly Scenario[] =>
  scenarios.map((s) => (s.id === scenario.id ? scenario : s));
