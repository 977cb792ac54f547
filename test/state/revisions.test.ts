import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../src/state/appState';
import { Revisions } from '../../src/state/revisions';

const data = (name: string): WorkspaceData => ({ plans: [], scenarios: [{ id: name, name, planId: null, parentId: null, createdAt: '', entries: [] }] });

describe('the revisions a tab’s data were made from', () => {
  it('finds the last data both tabs held among what this tab’s data were made from, not among all it has seen', () => {
    let n = 0;
    const tab = new Revisions(() => `c${++n}`);
    const [start, mine, taken] = [data('start'), data('mine'), data('taken')];
    tab.read('r', start, []);
    expect(tab.wrote(mine)).toEqual({ revision: 'c1', history: ['r'] });
    // Another tab's write, made from revisions this tab never held, taken whole: its own write is no longer what it holds.
    tab.read('a2', taken, ['b1', 'r', 'a1']);
    expect(tab.madeFrom).toEqual(['a2', 'b1', 'r', 'a1']);
    // A third tab's write made from this tab's c1: c1 was seen here but what this tab holds was not made from it.
    expect(tab.lastShared(['b2', 'c1', 'r'])).toBe(start);
    expect(tab.lastShared(['x', 'a2'])).toBe(taken);
    expect(tab.lastShared(['x', 'y'])).toBeUndefined();
  });

  it('holds, once merged, what both tabs’ data were made from', () => {
    const tab = new Revisions(() => 'c1');
    tab.read('r', data('start'), []);
    tab.wrote(data('mine'));
    const madeFrom = tab.madeFrom;
    tab.read('b1', data('theirs'), ['r']);
    tab.alsoMadeFrom(madeFrom);
    expect(tab.madeFrom).toEqual(['b1', 'r', 'c1']);
    expect(tab.lastShared(['d1', 'c1'])).toEqual(data('mine'));
  });

  it('starts, when nothing is stored, from the empty workspace every tab starts from; after a workspace without revisions, from nothing known', () => {
    const tab = new Revisions(() => 'x');
    expect(tab.lastShared(['y', ''])).toEqual({ plans: [], scenarios: [] });
    tab.read(undefined, data('old'), undefined);
    expect(tab.lastShared(['y', ''])).toBeUndefined();
  });
});
