import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, type Amount } from '../../../src/model/amount';
import { applyOperation, initialState, type ScenarioState } from '../../../src/model/apply';
import { describeOperation } from '../../../src/model/describe';
import { OperationError, type Operation } from '../../../src/model/operation';
import { replay } from '../../../src/model/proposal';
import { walkLines } from '../../../src/model/plan';
import { computeTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
import { amountArb, inputRowIds, operationArb, planWithOperationsArb } from '../../support/arbitraries';
import { sevenYearPlan } from '../../support/plans';
import { tableText } from '../../support/tableText';

type Cells = Record<string, Record<string, Amount>>;
const setMany = (amounts: Cells, source = ''): Operation => ({ op: 'setMany', amounts, source });
const amounts = (cells: Record<string, Record<string, string>>): Cells =>
  Object.fromEntries(Object.entries(cells).map(([row, years]) => [row, Object.fromEntries(Object.entries(years).map(([year, v]) => [year, new Dec(v)]))]));

/** The state after `op`, or the OperationError's message. */
function outcome(state: ScenarioState, ops: readonly Operation[]): { state: ScenarioState } | { refused: string } {
  try {
    return { state: ops.reduce((s, op) => applyOperation(s, op), state) };
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    return { refused: error.message };
  }
}

/** What an outcome shows: every figure and the locks, or that it was refused. */
const summary = (o: ReturnType<typeof outcome>) => ('state' in o ? { figures: tableText(computeTable(o.state.plan)), locked: o.state.locked } : 'refused');

describe('setMany', () => {
  it('gives the figures one set per cell gives, or is refused when one of those sets is, on random plans after random operations', () => {
    const caseArb = planWithOperationsArb.chain(({ plan, operations }) =>
      fc.record({
        plan: fc.constant(plan),
        operations: fc.array(operationArb(plan), { maxLength: 6 }).map((more) => [...operations, ...more]),
        cells: fc.dictionary(fc.constantFrom(...inputRowIds(plan)), fc.dictionary(fc.constantFrom(...plan.years), amountArb(plan.precision, 10n ** 7n).map((a) => a.abs()), { minKeys: 1 }), { minKeys: 1 }),
      }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(caseArb, ({ plan, operations, cells }) => {
        const entries = operations.map((operation, i) => ({ id: `e${i}`, operation, rationale: '', at: '', enabled: true }));
        const { state } = replay(initialState(plan), entries);
        const sets = Object.entries(cells).flatMap(([line, years]) => Object.entries(years).map(([year, value]): Operation => ({ op: 'set', line, year, value })));
        const one = outcome(state, [setMany(cells)]);
        // Earlier operations may have broken a line down into a group: a figure for it is refused, not spread.
        const hasGroup = Object.keys(cells).some((row) => !inputRowIds(state.plan).includes(row) && [...walkLines(state.plan.lines)].some(({ line }) => line.code === row));
        expect(summary(one)).toEqual(hasGroup ? 'refused' : summary(outcome(state, sets)));
        if ('state' in one) accepted++;
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('sets lines and the reduction of Appendix A in one step', () => {
    const after = applyOperation(initialState(baselinePlan()), setMany(amounts({ TP1: { 2028: '60000', 2031: '1' }, reduction: { 2029: '-2000' } })));
    const table = tableText(computeTable(after.plan));
    expect(table.find((row) => row.startsWith('TP1 '))).toMatch(/^TP1 line 0 \| 60000 57080 58237 1 \|/);
    expect(table.find((row) => row.startsWith('reduction '))).toMatch(/^reduction reduction 0 \| -1000 -2000 -2105 -2710 \|/);
  });

  it.each<[string, Cells, RegExp]>([
    ['a group, whose figures are its lines’', amounts({ H: { 2025: '1' } }), /^H Heading is a group: give the figures of its lines$/],
    ['a line the plan does not have', amounts({ 'H.1': { 2025: '1' }, X9: { 2025: '1' } }), /^X9 is not a line of this plan$/],
    ['a year the plan does not have', amounts({ L1: { 1999: '1' } }), /^1999 is not a year of this plan/],
    ['a line below zero', amounts({ L1: { 2025: '-1' } }), /cannot be negative/],
    ['decimals finer than the plan’s', amounts({ L1: { 2025: '1.5' } }), /more decimals than the plan's amounts/],
    ['no figure at all', {}, /no figure is given/],
    ['a row with no year', { L1: {} }, /no figure is given for L1/],
  ])('refuses %s, and changes nothing', (_, cells, message) => {
    const state = initialState(sevenYearPlan());
    expect(() => applyOperation(state, setMany(cells))).toThrow(message);
    expect(state.plan).toEqual(sevenYearPlan());
  });

  it('refuses a locked line, naming it', () => {
    const locked = applyOperation(initialState(baselinePlan()), { op: 'lock', line: 'TP2' });
    expect(() => applyOperation(locked, setMany(amounts({ TP1: { 2028: '1' }, TP2: { 2028: '1' } })))).toThrow(/^TP2 International numbering resources is locked$/);
  });

  it('says a few figures one by one, and many by count, rows and years', () => {
    const plan = baselinePlan();
    const words = (cells: Cells, source = '') => describeOperation(setMany(cells, source), plan, DOCUMENT_STYLE);
    expect(words(amounts({ TP1: { 2028: '60000' }, reduction: { 2029: '-2000' } }), 'council.csv')).toBe(
      'Set TP1 in 2028 to 60 000 and the progressive global reduction in 2029 to -2 000 from council.csv',
    );
    const every = (value: string) => Object.fromEntries(plan.years.map((year) => [year, value]));
    expect(words(amounts({ TP1: every('1000'), TP2: every('2000'), TP3: every('3000'), TP4: every('4000'), reduction: { 2031: '-1' } }), 'budget.csv')).toBe(
      'Set 17 yearly amounts from budget.csv, of TP1, TP2, TP3 and 2 more, in every year (2028-2031)',
    );
    expect(words(amounts({ TP1: { 2028: '1', 2030: '2' }, TP2: { 2028: '3', 2030: '4' }, TP3: { 2030: '5' } }))).toBe('Set 5 yearly amounts, of TP1, TP2 and TP3, in 2028 and 2030');
  });
});
