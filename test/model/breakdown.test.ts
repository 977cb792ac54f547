import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { applyOperation, initialState, type ScenarioState } from '../../src/model/apply';
import { OperationError, type Operation } from '../../src/model/operation';
import { amountAt, computeTable } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { tableText } from '../support/tableText';

const d = (v: string | number) => new Dec(v);
const YEARS = ['2028', '2029', '2030', '2031'];
const apply = (ops: Operation[], state: ScenarioState = initialState(baselinePlan())) => ops.reduce((s, op) => applyOperation(s, op), state);
const yearly = (state: ScenarioState, id: string) => YEARS.map((y) => amountAt(computeTable(state.plan), id, y).toFixed());
const thirds: Operation = {
  op: 'breakdown',
  line: 'TP1',
  mode: 'weights',
  parts: [1, 2, 3].map((n) => ({ code: `TP1.${n}`, name: `Outcome ${n}`, weight: d(1) })),
};

describe('breaking a priority down into its outcomes', () => {
  it('apportions each year exactly by weights, the odd units to the first outcomes', () => {
    const state = apply([thirds]);
    expect(yearly(state, 'TP1.1')).toEqual(['19008', '19027', '19413', '20901']);
    expect(yearly(state, 'TP1.2')).toEqual(['19008', '19027', '19412', '20901']);
    expect(yearly(state, 'TP1.3')).toEqual(['19007', '19026', '19412', '20901']);
    expect(yearly(state, 'TP1')).toEqual(['57023', '57080', '58237', '62703']);
    expect(amountAt(computeTable(state.plan), 'total', 'total').toFixed()).toBe('651671');
  });

  it('takes yearly amounts that add up to the priority’s, and refuses those that do not, naming the year', () => {
    const parts = (first: number) => [
      { code: 'TP2.1', name: 'a', amounts: { 2028: d(first), 2029: d(3000), 2030: d(3000), 2031: d(3000) } },
      { code: 'TP2.2', name: 'b', amounts: { 2028: d(343), 2029: d(243), 2030: d(301), 2031: d(291) } },
    ];
    const state = apply([{ op: 'breakdown', line: 'TP2', mode: 'amounts', parts: parts(3000) }]);
    expect(yearly(state, 'TP2.2')).toEqual(['343', '243', '301', '291']);
    expect(() => apply([{ op: 'breakdown', line: 'TP2', mode: 'amounts', parts: parts(3001) }])).toThrow(
      /in 2028 the parts add up to 3 344, but TP2 has 3 343/,
    );
  });

  it('passes an edit of the priority on to its unlocked outcomes in proportion, and an outcome’s edit up to the priority', () => {
    const state = apply([thirds, { op: 'lock', line: 'TP1.3' }, { op: 'set', line: 'TP1', year: '2028', value: d(60000) }]);
    expect(yearly(state, 'TP1.3')[0]).toBe('19007');
    expect(yearly(state, 'TP1.1')[0]).toBe('20497'); // (60 000 − 19 007) split 1:1, the odd unit first
    expect(yearly(state, 'TP1.2')[0]).toBe('20496');
    const edited = apply([{ op: 'set', line: 'TP1.2', year: '2029', value: d(20000) }], state);
    expect(yearly(edited, 'TP1')[1]).toBe(String(57080 - 19027 + 20000));
  });

  it('removing the breakdown leaves the priority’s figures as they were', () => {
    const before = computeTable(baselinePlan());
    const after = computeTable(apply([thirds, { op: 'transfer', from: 'TP1.1', to: 'TP1.2', amount: d(5), years: YEARS }, { op: 'merge', line: 'TP1' }]).plan);
    expect(tableText(after)).toEqual(tableText(before));
  });

  it.each<[string, Operation[], RegExp]>([
    ['breaking a group down again', [thirds, thirds], /already broken down/],
    ['a code already in the plan', [{ ...thirds, parts: [{ code: 'TP2', name: 'x', weight: d(1) }] } as Operation], /TP2 is already a line/],
    ['weights that add up to zero', [{ ...thirds, parts: [{ code: 'X', name: 'x', weight: d(0) }] } as Operation], /weights add up to zero/],
    ['merging a line that is not broken down', [{ op: 'merge', line: 'TP4' }], /is not broken down/],
    ['breaking down a locked line', [{ op: 'lock', line: 'TP1' }, thirds], /is locked/],
    ['merging away a locked outcome', [thirds, { op: 'lock', line: 'TP1.2' }, { op: 'merge', line: 'TP1' }], /TP1\.2 inside TP1 is locked: unlock first/],
  ])('refuses %s', (_, ops, message) => {
    expect(() => apply(ops)).toThrow(OperationError);
    expect(() => apply(ops)).toThrow(message);
  });
});
