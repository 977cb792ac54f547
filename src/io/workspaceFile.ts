import { z } from 'zod';
import type { Plan } from '../model/plan';
import { MAX_NAME, type Entry } from '../model/proposal';
import type { Scenario, Workspace } from '../model/scenario';
import { t } from '../i18n/t';
import { operationToJson, problemAt, readEntry, zodLanguage } from './operationJson';
import { readPlan, writePlan } from './planFile';

/**
 * The scenarios as the browser keeps them between visits. Versioned from day
 * one: a stored workspace of an older version is brought up to date by the
 * migrations below before it is checked; one of a newer version, or one that
 * fails the checks, is refused as a whole with the reason.
 */
export const WORKSPACE_VERSION = 2;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** MIGRATIONS[n] turns a version-n workspace into a version n+1 one. */
const MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  // 2 adds plans imported beside the published one: version-1 scenarios all belong to the published plan.
  1: (old) =>
    isRecord(old)
      ? {
          ...old,
          plans: [],
          activePlanId: null,
          scenarios: Array.isArray(old.scenarios) ? old.scenarios.map((s: unknown) => (isRecord(s) ? { ...s, planId: null } : s)) : old.scenarios,
        }
      : old,
};

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

/*
 * Plans and entries are immutable, and the workspace is written after every
 * change: each one's JSON is kept with it, so a change writes out only what
 * it made (an imported plan of 5 000 lines is turned into JSON once, not on
 * every edit of its scenarios).
 */
const planJson = new WeakMap<Plan, unknown>();
const entryJson = new WeakMap<Entry, unknown>();

function kept<K extends object>(cache: WeakMap<K, unknown>, key: K, write: (key: K) => unknown): unknown {
  let found = cache.get(key);
  if (found === undefined) {
    found = write(key);
    cache.set(key, found);
  }
  return found;
}

/** An entry as the workspace and the export worker carry it: its operation's JSON with its id, rationale, time and whether it applies. */
export const writeEntry = (entry: Entry) => ({
  id: entry.id,
  ...operationToJson(entry.operation),
  rationale: entry.rationale,
  at: entry.at,
  enabled: entry.enabled,
});

/** A plan's JSON, kept with it. */
export const planToJson = (plan: Plan): unknown => kept(planJson, plan, writePlan);

/** The workspace's JSON; `planAs` writes each imported plan (the browser's store names those it keeps apart). */
export function workspaceToJson(workspace: Workspace, plan: Plan, planAs: (plan: Plan) => unknown = planToJson): Record<string, unknown> {
  return {
    planId: plan.id,
    plans: workspace.plans.map(planAs),
    activePlanId: workspace.activePlanId,
    scenarios: workspace.scenarios.map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      planId: scenario.planId,
      parentId: scenario.parentId,
      createdAt: scenario.createdAt,
      entries: scenario.entries.map((entry) => kept(entryJson, entry, writeEntry)),
    })),
    activeId: workspace.activeId,
    compareId: workspace.compareId,
  };
}

const scenarioShape = z.object({
  id: z.string().min(1),
  name: z.string(),
  planId: z.string().nullable(),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  entries: z.array(z.unknown()),
});
const workspaceShape = z.object({
  planId: z.string(),
  plans: z.array(z.unknown()),
  activePlanId: z.string().nullable(),
  scenarios: z.array(scenarioShape),
  activeId: z.string().nullable(),
  compareId: z.string().nullable(),
});

/** A stored workspace as read: what could be read, and what was left out, each with why. */
export interface ReadWorkspace {
  readonly workspace: Workspace;
  readonly leftOut: readonly string[];
}

/** A stored scenario's entries that can be read, and why each of the others cannot. */
function readEntries(scenario: z.infer<typeof scenarioShape>, s: number): { entries: Entry[]; problems: string[] } {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const [i, raw] of scenario.entries.entries()) {
    const where = t('io.workspace.operation', { number: String(s + 1), name: scenario.name, operation: String(i + 1) });
    const read = readEntry(raw, where);
    if ('problems' in read) problems.push(read.problems.join('; '));
    else if (read.entry.id === undefined) problems.push(t('io.workspace.noId', { where }));
    else entries.push({ ...read.entry, id: read.entry.id });
  }
  return { entries, problems };
}

/** Marks a scenario kept without some of its changes, so that no one takes its figures for those saved; the name cut to leave room for the mark. */
function incomplete(name: string): string {
  const room = MAX_NAME - t('io.workspace.incomplete', { name: '' }).length;
  return t('io.workspace.incomplete', { name: name.slice(0, room) });
}

/**
 * Reads a stored workspace of any known version, or throws a
 * {@link WorkspaceError} when none of it can be used (not a workspace, a
 * newer version, another plan). One part that cannot be read — an imported
 * plan, a scenario, a change of a scenario — never sets aside the rest: it
 * is left out, and said.
 */
export function readWorkspace(raw: unknown, version: number, plan: Plan): ReadWorkspace {
  if (!Number.isInteger(version) || version < 1) throw new WorkspaceError(t('io.workspace.badVersion', { version: String(version) }));
  if (version > WORKSPACE_VERSION) {
    throw new WorkspaceError(t('io.workspace.newer', { version: String(version), supported: String(WORKSPACE_VERSION) }));
  }
  let current = raw;
  for (let v = version; v < WORKSPACE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new WorkspaceError(t('io.workspace.noMigration', { version: String(v) }));
    current = migrate(current);
  }
  const parsed = workspaceShape.safeParse(current, zodLanguage());
  if (!parsed.success) {
    throw new WorkspaceError(parsed.error.issues.map((i) => problemAt(i.path.join('.') || t('io.workspace.store'), i.message)).join('; '));
  }
  if (parsed.data.planId !== plan.id) throw new WorkspaceError(t('io.workspace.otherPlan', { id: parsed.data.planId }));

  const leftOut: string[] = [];
  const plans: Plan[] = [];
  parsed.data.plans.forEach((raw, i) => {
    try {
      plans.push(readPlan(raw));
    } catch (error) {
      leftOut.push(t('io.workspace.importedPlan', { number: String(i + 1), problem: error instanceof Error ? error.message : String(error) }));
    }
  });
  const planIds = new Set(plans.map((p) => p.id));
  const scenarios: Scenario[] = [];
  parsed.data.scenarios.forEach((scenario, s) => {
    const read = readEntries(scenario, s);
    const which = { number: String(s + 1), name: scenario.name };
    if (scenario.planId !== null && !planIds.has(scenario.planId)) leftOut.push(t('io.workspace.planMissing', { ...which, plan: scenario.planId }));
    else if (scenarios.some((other) => other.id === scenario.id)) leftOut.push(t('io.workspace.idTaken', which));
    else {
      // A change that cannot be read is left out, not its whole scenario: the others are kept, and the name says it is incomplete.
      leftOut.push(...read.problems.map((problem) => t('io.workspace.leftOut', { problem })));
      const name = read.problems.length === 0 ? scenario.name : incomplete(scenario.name);
      scenarios.push({ id: scenario.id, name, planId: scenario.planId, parentId: scenario.parentId, createdAt: scenario.createdAt, entries: read.entries });
    }
  });
  const known = (id: string | null) => (id !== null && scenarios.some((s) => s.id === id) ? id : null);
  const activePlanId = parsed.data.activePlanId !== null && planIds.has(parsed.data.activePlanId) ? parsed.data.activePlanId : null;
  return { workspace: { plans, activePlanId, scenarios, activeId: known(parsed.data.activeId), compareId: known(parsed.data.compareId) }, leftOut };
}
