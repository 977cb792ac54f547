import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import { AMOUNTS, SHARES, poolCells, spreadOf } from '../../src/model/pool';
import { replay } from '../../src/model/proposal';
import { computeTable } from '../../src/model/table';
import { amountArb, fundedPlanArb, operationArb } from '../support/arbitraries';

/**
 * The pool's statistics against a naive computation that shares nothing with
 * it: each figure as a whole number of its smallest unit in a BigInt, sorted
 * as BigInts, the median as the sum of the two middle ones (twice the median).
 */
const SCALE = 10;
const units = (value: Amount): bigint => BigInt(value.times(new Dec(10).pow(SCALE)).toFixed(0));
const naive = (baseline: Amount, values: readonly Amount[]) => {
  const sorted = values.map(units).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = sorted.length;
  const twiceMedian = n % 2 === 1 ? 2n * sorted[(n - 1) / 2]! : sorted[n / 2 - 1]! + sorted[n / 2]!;
  const b = units(baseline);
  return { min: sorted[0]!, max: sorted[n - 1]!, twiceMedian, up: sorted.filter((v) => v > b).length, down: sorted.filter((v) => v < b).length };
};

describe('pool statistics (property)', () => {
  it('agree with the naive computation: min ≤ median ≤ max, and the counts add up', () => {
    fc.assert(
      fc.property(amountArb(2), fc.array(fc.option(amountArb(2), { freq: 6 }), { minLength: 1, maxLength: 25 }), (baseline, values) => {
        const present = values.filter((v): v is Amount => v !== null);
        const spread = spreadOf(baseline, values, AMOUNTS);
        if (present.length === 0) {
          expect(spread).toBeNull();
          return;
        }
        const expected = naive(baseline, present);
        expect(units(spread!.min)).toBe(expected.min);
        expect(units(spread!.max)).toBe(expected.max);
        expect(units(spread!.median.times(2))).toBe(expected.twiceMedian);
        expect(spread!.min.lte(spread!.median) && spread!.median.lte(spread!.max)).toBe(true);
        expect([spread!.up, spread!.down, spread!.count]).toEqual([expected.up, expected.down, present.length]);
        expect(spread!.changed + present.filter((v) => v.eq(baseline)).length).toBe(present.length);
      }),
    );
  });

  it('hold for every cell of random plans and proposals replayed on them', () => {
    const proposalsArb = fundedPlanArb.chain((plan) => fc.record({ plan: fc.constant(plan), proposals: fc.array(fc.array(operationArb(plan), { maxLength: 5 }), { minLength: 1, maxLength: 6 }) }));
    fc.assert(
      fc.property(proposalsArb, ({ plan, proposals }) => {
        const base = initialState(plan);
        const baseline = computeTable(plan);
        const tables = proposals.map((operations) => replay(base, operations.map((operation, i) => ({ id: String(i), operation, rationale: '', at: '', enabled: true })), baseline).table);
        for (const cell of poolCells(baseline, tables)) {
          if (cell.kind !== 'amount') {
            // Shares: the median between the extremes, and every share of the cell between them too (none where every proposal's Total is nil).
            if (cell.spread === null) {
              expect(cell.values.every((v) => v === null)).toBe(true);
              continue;
            }
            const { min, median, max } = cell.spread;
            for (const value of [median, ...cell.values.filter((v) => v !== null)]) {
              expect(SHARES.compare(min, value) <= 0 && SHARES.compare(value, max) <= 0).toBe(true);
            }
            continue;
          }
          const present = cell.values.filter((v): v is Amount => v !== null);
          if (present.length === 0) continue;
          const expected = naive(cell.baseline, present);
          expect([units(cell.spread!.min), units(cell.spread!.max), units(cell.spread!.median.times(2))]).toEqual([expected.min, expected.max, expected.twiceMedian]);
          expect([cell.spread!.up, cell.spread!.down]).toEqual([expected.up, expected.down]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
