import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import { applyOperation, initialState } from '../../../src/model/apply';
import { OperationError, type Operation } from '../../../src/model/operation';
import { TOTAL_COLUMN, TOTAL_ID, walkLines } from '../../../src/model/plan';
import { amountAt, computeTable, rowOf } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
import { amountArb, planArb } from '../../support/arbitraries';

const rephase = (line: string, from: string, to: string, amount: string): Operation => ({ op: 'rephase', line, from, to, amount: new Dec(amount) });

describe('rephase', () => {
  it('moves 1 000 of TP1 from 2028 to 2031: TP1 and Total over the period stay, the two years change', () => {
    const before = computeTable(baselinePlan());
    const after = computeTable(applyOperation(initialState(baselinePlan()), rephase('TP1', '2028', '2031', '1000')).plan);
    expect(amountAt(after, 'TP1', '2028').toFixed()).toBe(amountAt(before, 'TP1', '2028').minus(1000).toFixed());
    expect(amountAt(after, 'TP1', '2031').toFixed()).toBe(amountAt(before, 'TP1', '2031').plus(1000).toFixed());
    expect(amountAt(after, 'TP1', TOTAL_COLUMN).toFixed()).toBe(amountAt(before, 'TP1', TOTAL_COLUMN).toFixed());
    expect(amountAt(after, TOTAL_ID, '2028').toFixed()).toBe(amountAt(before, TOTAL_ID, '2028').minus(1000).toFixed());
    expect(amountAt(after, TOTAL_ID, TOTAL_COLUMN).toFixed()).toBe(amountAt(before, TOTAL_ID, TOTAL_COLUMN).toFixed());
  });

  it.each<[string, Operation, RegExp]>([
    ['the same year twice', rephase('TP1', '2028', '2028', '1'), /two different years/],
    ['a year not in the plan', rephase('TP1', '2028', '2040', '1'), /2040 is not a year/],
    ['nothing to move', rephase('TP1', '2028', '2029', '0'), /more than zero/],
    ['more than the year holds', rephase('TP1', '2028', '2029', '9999999'), /below zero in 2028/],
  ])('refuses %s', (_, op, message) => {
    expect(() => applyOperation(initialState(baselinePlan()), op)).toThrow(OperationError);
    expect(() => applyOperation(initialState(baselinePlan()), op)).toThrow(message);
  });

  it('refuses a locked line', () => {
    const locked = applyOperation(initialState(baselinePlan()), { op: 'lock', line: 'TP2' });
    expect(() => applyOperation(locked, rephase('TP2', '2028', '2029', '1'))).toThrow(/locked/);
  });

  it('keeps the line’s period total, every line’s outside it, and Total over the period, on random plans', () => {
    const caseArb = planArb
      .filter((plan) => plan.years.length >= 2)
      .chain((plan) =>
        fc.record({
          plan: fc.constant(plan),
          line: fc.constantFrom(...[...walkLines(plan.lines)].map(({ line }) => line.code)),
          years: fc.shuffledSubarray([...plan.years], { minLength: 2, maxLength: 2 }),
          amount: amountArb(plan.precision, 1000n).map((a) => a.abs()),
        }),
      );
    let accepted = 0;
    fc.assert(
      fc.property(caseArb, ({ plan, line, years, amount }) => {
        const before = computeTable(plan);
        let state;
        try {
          state = applyOperation(initialState(plan), { op: 'rephase', line, from: years[0]!, to: years[1]!, amount });
        } catch (error) {
          if (error instanceof OperationError) return;
          throw error;
        }
        accepted++;
        const after = computeTable(state.plan);
        // A group's parts share the move by their amounts in each year, so only they may change over the period.
        for (const row of before.rows.filter((r) => !r.ancestors.includes(line))) expect(rowOf(after, row.id).total.toFixed()).toBe(row.total.toFixed());
        expect(amountAt(after, line, years[0]!).toFixed()).toBe(amountAt(before, line, years[0]!).minus(amount).toFixed());
      }),
      { numRuns: 300 },
    );
    // Random plans refuse many moves (a negative line, too little to move): enough must be accepted for the property to mean something.
    expect(accepted).toBeGreaterThan(5);
  });
});
