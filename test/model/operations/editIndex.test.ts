import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import { initialState, type ScenarioState } from '../../../src/model/apply';
import { isGroup, type Plan, type PlanLine } from '../../../src/model/plan';
import { computeTable } from '../../../src/model/table';
import { generatedPlan } from '../../bench/plans';
import { planWithOperationsArb } from '../../support/arbitraries';
import { tableText } from '../../support/tableText';
import { tryApply } from '../../support/tryApply';

/** The same plan in new objects: an operation on it walks its lines afresh, where one on an edited plan reads the index laid over its origin's. */
function afresh(state: ScenarioState): ScenarioState {
  const copy = (lines: readonly PlanLine[]): PlanLine[] => lines.map((line) => (isGroup(line) ? { ...line, children: copy(line.children) } : { ...line }));
  const plan: Plan = { ...state.plan, lines: copy(state.plan.lines) };
  return { ...state, plan };
}

/** What an operation gives: the table it leads to, or that it was refused. */
const outcome = (state: ScenarioState | null) => (state === null ? 'refused' : tableText(computeTable(state.plan)));

describe('an edited plan’s index of lines, laid over its origin’s', () => {
  it('gives every operation of a random sequence the outcome a fresh walk of the same plan gives', () => {
    fc.assert(
      fc.property(planWithOperationsArb, ({ plan, operations }) => {
        let state = initialState(plan);
        for (const op of operations) {
          const next = tryApply(state, op);
          expect(outcome(next)).toEqual(outcome(tryApply(afresh(state), op)));
          if (next !== null) state = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays right once the entries laid over grow many and it is made whole again', () => {
    // 300 groups of 10 lines: a group's figure set writes its 10 lines and itself, in a year that changes from one set to
    // the next, so that a line read as it was before (stale) would bring back its earlier figures; 320 sets lay more
    // entries over than are kept laid over, and the index is made whole again midway.
    let state = initialState(generatedPlan(300));
    let walkedAfresh = state;
    for (let round = 0; round < 8; round++) {
      for (let g = 0; g < 40; g++) {
        const op = { op: 'set', line: `G${(g * 7 + round * 41) % 300}`, year: String(2030 + ((g + round) % 12)), value: new Dec(50_000 + round * 100 + g) } as const;
        const next = tryApply(state, op);
        expect(next).not.toBeNull();
        state = next!;
        walkedAfresh = tryApply(afresh(walkedAfresh), op)!;
      }
      expect(outcome(state)).toEqual(outcome(walkedAfresh));
    }
    // A line under a group made again many times reads its group as it is now: locking the group refuses the line.
    const locked = tryApply(state, { op: 'lock', line: 'G41' });
    expect(locked).not.toBeNull();
    expect(tryApply(locked!, { op: 'set', line: 'G41.3', year: '2036', value: new Dec(1) })).toBeNull();
    expect(tryApply(state, { op: 'set', line: 'G41.3', year: '2036', value: new Dec(1) })).not.toBeNull();
  });
});
