import { z } from 'zod';
import type { Plan } from '../model/plan';
import type { Entry } from '../model/proposal';
import type { Scenario, Workspace } from '../model/scenario';
import { operationToJson, readEntry } from './operationJson';

/**
 * The scenarios as the browser keeps them between visits. Versioned from day
 * one: a stored workspace of an older version is brought up to date by the
 * migrations below before it is checked; one of a newer version, or one that
 * fails the checks, is refused as a whole with the reason.
 */
export const WORKSPACE_VERSION = 1;

/** MIGRATIONS[n] turns a version-n workspace into a version n+1 one. */
const MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {};

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

export function workspaceToJson(workspace: Workspace, plan: Plan): Record<string, unknown> {
  return {
    planId: plan.id,
    scenarios: workspace.scenarios.map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      parentId: scenario.parentId,
      createdAt: scenario.createdAt,
      entries: scenario.entries.map((entry) => ({
        id: entry.id,
        ...operationToJson(entry.operation),
        rationale: entry.rationale,
        at: entry.at,
        enabled: entry.enabled,
      })),
    })),
    activeId: workspace.activeId,
    compareId: workspace.compareId,
  };
}

const scenarioShape = z.object({
  id: z.string().min(1),
  name: z.string(),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  entries: z.array(z.unknown()),
});
const workspaceShape = z.object({
  planId: z.string(),
  scenarios: z.array(scenarioShape),
  activeId: z.string().nullable(),
  compareId: z.string().nullable(),
});

/** Reads a stored workspace of any known version, or throws a {@link WorkspaceError} saying why it cannot be used. */
export function readWorkspace(raw: unknown, version: number, plan: Plan): Workspace {
  if (!Number.isInteger(version) || version < 1) throw new WorkspaceError(`its version (${String(version)}) is not one this app wrote`);
  if (version > WORKSPACE_VERSION) {
    throw new WorkspaceError(`it was saved by a newer version of the app (version ${version}; this one reads up to ${WORKSPACE_VERSION})`);
  }
  let current = raw;
  for (let v = version; v < WORKSPACE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new WorkspaceError(`no migration from version ${v}`);
    current = migrate(current);
  }
  const parsed = workspaceShape.safeParse(current);
  if (!parsed.success) {
    throw new WorkspaceError(parsed.error.issues.map((i) => `${i.path.join('.') || 'store'}: ${i.message}`).join('; '));
  }
  if (parsed.data.planId !== plan.id) throw new WorkspaceError(`it holds scenarios of another plan ("${parsed.data.planId}")`);

  const problems: string[] = [];
  const scenarios: Scenario[] = parsed.data.scenarios.map((scenario, s) => {
    const entries: Entry[] = [];
    scenario.entries.forEach((raw, i) => {
      const read = readEntry(raw, `scenario ${s + 1} "${scenario.name}", operation ${i + 1}`);
      if ('problems' in read) problems.push(...read.problems);
      else if (read.entry.id === undefined) problems.push(`scenario ${s + 1}, operation ${i + 1}: no id`);
      else entries.push({ ...read.entry, id: read.entry.id });
    });
    return { id: scenario.id, name: scenario.name, parentId: scenario.parentId, createdAt: scenario.createdAt, entries };
  });
  if (new Set(scenarios.map((s) => s.id)).size !== scenarios.length) problems.push('two scenarios have the same id');
  if (problems.length > 0) throw new WorkspaceError(problems.join('; '));
  const known = (id: string | null) => (id !== null && scenarios.some((s) => s.id === id) ? id : null);
  return { scenarios, activeId: known(parsed.data.activeId), compareId: known(parsed.data.compareId) };
}
