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
      parentId: null,
      createdAt: '2026-11-22T10:00:00.000Z',
      entries: [
        { id: 'e1', operation: { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }, rationale: 'why', at: 't', enabled: true },
        { id: 'e2', operation: { op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' }, rationale: '', at: 't', enabled: false },
      ],
    },
  ],
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
    ['version 0', {}, 0, /not one this app wrote/],
    ['another plan', { ...workspaceToJson(workspace, plan), planId: 'other' }, 1, /another plan/],
    ['a broken operation', JSON.parse(JSON.stringify(workspaceToJson(workspace, plan)).replace('"5000"', '5000')), 1, /scenario 1 "Proposal A", operation 1 \(transfer\): amount/],
  ])('refuses %s with the reason', (_, raw, version, message) => {
    expect(() => readWorkspace(raw, version, plan)).toThrow(WorkspaceError);
    expect(() => readWorkspace(raw, version, plan)).toThrow(message);
  });

  it('forgets an active scenario that is not there', () => {
    const stored = { ...workspaceToJson(workspace, plan), activeId: 'gone' };
    expect(readWorkspace(stored, 1, plan).activeId).toBeNull();
  });
});
