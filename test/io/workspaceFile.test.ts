import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import type { Workspace } from '../../src/model/scenario';
import { WorkspaceError, readWorkspace, workspaceToJson, WORKSPACE_VERSION } from '../../src/io/workspaceFile';
import { baselinePlan } from '../../src/state/baseline';

const plan = baselinePlan();
const workspace: Workspace = {
  scenarios: [
    {
      id: 's1',
      name: 'Proposal A',
      planId: null, parentId: null,
      createdAt: '2026-11-22T10:00:00.000Z',
      entries: [
        { id: 'e1', operation: { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, rationale: 'why', at: 't', enabled: true },
        { id: 'e2', operation: { op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' }, rationale: '', at: 't', enabled: false },
      ],
    },
  ],
  plans: [],
  activePlanId: null,
  activeId: 's1',
  compareId: null,
};

describe('the stored workspace', () => {
  it('reads back what it writes, through JSON', () => {
    const stored = JSON.parse(JSON.stringify(workspaceToJson(workspace, plan)));
    const read = readWorkspace(stored, WORKSPACE_VERSION, plan);
    expect(JSON.stringify(workspaceToJson(read, plan))).toBe(JSON.stringify(workspaceToJson(workspace, plan)));
    expect(read.activeId).toBe('s1');
  });

  it.each<[string, unknown, number, RegExp]>([
    ['garbage', 'not an object', 1, /store/],
    ['a newer version', {}, 99, /newer version/],
    ['a scenario of a missing plan', { ...workspaceToJson(workspace, plan), scenarios: [{ id: 'x', name: 'X', planId: 'gone', parentId: null, createdAt: '', entries: [] }] }, 2, /its plan gone is not there/],
    ['version 0', {}, 0, /not one this app wrote/],
    ['another plan', { ...workspaceToJson(workspace, plan), planId: 'other' }, 2, /another plan/],
    ['a broken operation', JSON.parse(JSON.stringify(workspaceToJson(workspace, plan)).replace('"5000"', '5000')), 2, /scenario 1 "Proposal A", operation 1 \(transfer\): amount/],
  ])('refuses %s with the reason', (_, raw, version, message) => {
    expect(() => readWorkspace(raw, version, plan)).toThrow(WorkspaceError);
    expect(() => readWorkspace(raw, version, plan)).toThrow(message);
  });

  it('migrates a version-1 workspace (before imported plans): every scenario belongs to the published plan', () => {
    const v1 = JSON.parse(JSON.stringify(workspaceToJson(workspace, plan)));
    delete v1.plans;
    delete v1.activePlanId;
    for (const scenario of v1.scenarios) delete scenario.planId;
    const read = readWorkspace(v1, 1, plan);
    expect(read.scenarios.map((s) => [s.name, s.planId])).toEqual([['Proposal A', null]]);
    expect(read.plans).toEqual([]);
    expect(() => readWorkspace(v1, 2, plan)).toThrow(WorkspaceError);
  });

  it('keeps imported plans and the scenarios that change them', () => {
    const imported = { ...plan, id: 'import:mff.csv', title: 'MFF' };
    const withPlan: Workspace = {
      ...workspace,
      plans: [imported],
      activePlanId: 'import:mff.csv',
      scenarios: [...workspace.scenarios, { id: 's2', name: 'On MFF', planId: 'import:mff.csv', parentId: null, createdAt: '', entries: [] }],
    };
    const read = readWorkspace(JSON.parse(JSON.stringify(workspaceToJson(withPlan, plan))), WORKSPACE_VERSION, plan);
    expect(read.plans.map((p) => p.id)).toEqual(['import:mff.csv']);
    expect(read.activePlanId).toBe('import:mff.csv');
    expect(read.scenarios[1]!.planId).toBe('import:mff.csv');
  });

  it('forgets an active scenario that is not there', () => {
    const stored = { ...workspaceToJson(workspace, plan), activeId: 'gone' };
    expect(readWorkspace(stored, WORKSPACE_VERSION, plan).activeId).toBeNull();
  });
});
