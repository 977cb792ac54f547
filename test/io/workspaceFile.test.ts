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
    const { workspace: read, leftOut } = readWorkspace(stored, WORKSPACE_VERSION, plan);
    expect(leftOut).toEqual([]);
    expect(JSON.stringify(workspaceToJson(read, plan))).toBe(JSON.stringify(workspaceToJson(workspace, plan)));
    expect(read.activeId).toBe('s1');
  });

  it.each<[string, unknown, number, RegExp]>([
    ['garbage', 'not an object', 1, /store/],
    ['a newer version', {}, 99, /newer version/],
    ['version 0', {}, 0, /not one this app wrote/],
    ['another plan', { ...workspaceToJson(workspace, plan), planId: 'other' }, 2, /another plan/],
  ])('refuses %s with the reason', (_, raw, version, message) => {
    expect(() => readWorkspace(raw, version, plan)).toThrow(WorkspaceError);
    expect(() => readWorkspace(raw, version, plan)).toThrow(message);
  });

  it('leaves out only a scenario of a missing plan, saying why, and reads the rest', () => {
    const raw = { ...workspaceToJson(workspace, plan), scenarios: [...(workspaceToJson(workspace, plan).scenarios as unknown[]), { id: 'x', name: 'X', planId: 'gone', parentId: null, createdAt: '', entries: [] }] };
    const { workspace: read, leftOut } = readWorkspace(raw, WORKSPACE_VERSION, plan);
    expect(leftOut).toEqual(['scenario 2 "X": its plan gone is not there']);
    expect(read.scenarios.map((s) => s.name)).toEqual(['Proposal A']);
  });

  it('leaves out only an operation that cannot be read, keeping its scenario marked incomplete, and reads the rest', () => {
    const two = { ...workspace, scenarios: [...workspace.scenarios, { ...workspace.scenarios[0]!, id: 's9', name: 'B' }] };
    const raw = JSON.parse(JSON.stringify(workspaceToJson(two, plan)).replace('"5000"', '5000'));
    const { workspace: read, leftOut } = readWorkspace(raw, WORKSPACE_VERSION, plan);
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]).toMatch(/^scenario 1 "Proposal A", operation 1 \(transfer\): amount.*\(left out of the scenario, which is kept and marked “incomplete”\)$/);
    expect(read.scenarios.map((s) => [s.name, s.entries.length])).toEqual([
      ['Proposal A (incomplete)', workspace.scenarios[0]!.entries.length - 1],
      ['B', workspace.scenarios[0]!.entries.length],
    ]);
  });

  it('migrates a version-1 workspace (before imported plans): every scenario belongs to the published plan', () => {
    const v1 = JSON.parse(JSON.stringify(workspaceToJson(workspace, plan)));
    delete v1.plans;
    delete v1.activePlanId;
    for (const scenario of v1.scenarios) delete scenario.planId;
    const { workspace: read } = readWorkspace(v1, 1, plan);
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
    const { workspace: read } = readWorkspace(JSON.parse(JSON.stringify(workspaceToJson(withPlan, plan))), WORKSPACE_VERSION, plan);
    expect(read.plans.map((p) => p.id)).toEqual(['import:mff.csv']);
    expect(read.activePlanId).toBe('import:mff.csv');
    expect(read.scenarios[1]!.planId).toBe('import:mff.csv');
  });

  it('forgets an active scenario that is not there', () => {
    const stored = { ...workspaceToJson(workspace, plan), activeId: 'gone' };
    expect(readWorkspace(stored, WORKSPACE_VERSION, plan).workspace.activeId).toBeNull();
  });
});
