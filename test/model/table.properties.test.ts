import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZERO, type Amount } from '../../src/model/amount';
import { isGroup, walkLines, withAmount } from '../../src/model/plan';
import { computeTable, rowOf, shareOf, updateTable } from '../../src/model/table';
import { planArb, planWithEditsArb } from '../support/arbitraries';
import { tableText } from '../support/tableText';

const RUNS = { numRuns: 300 };
const sum = (values: readonly Amount[]) => values.reduce((a, b) => a.plus(b), ZERO);

describe('table properties over random plans with groups', () => {
  it('each summing column (biennia, period) is the sum of its years, and the period total the sum of all years', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const table = computeTable(plan);
        for (const row of table.rows) {
          table.layout.summing.forEach((column, k) => {
            expect(row.totals[k]!.eq(sum(column.sums.map((i) => row.years[i]!)))).toBe(true);
          });
          expect(row.total.eq(sum(row.years))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a group is the sum of its children, Subtotal the sum of the top-level lines, Total = Subtotal + reduction', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const table = computeTable(plan);
        for (const { line } of walkLines(plan.lines)) {
          if (!isGroup(line)) continue;
          plan.years.forEach((_, y) => {
            const children = sum(line.children.map((child) => rowOf(table, child.code).years[y]!));
            expect(rowOf(table, line.code).years[y]!.eq(children)).toBe(true);
          });
        }
        const subtotal = rowOf(table, 'subtotal');
        const reduction = rowOf(table, 'reduction');
        const total = rowOf(table, 'total');
        plan.years.forEach((_, y) => {
          expect(subtotal.years[y]!.eq(sum(plan.lines.map((line) => rowOf(table, line.code).years[y]!)))).toBe(true);
          expect(total.years[y]!.eq(subtotal.years[y]!.plus(reduction.years[y]!))).toBe(true);
        });
        expect(total.total.eq(subtotal.total.plus(reduction.total))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the exact shares of the lines and the reduction add up to exactly 100 %', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const table = computeTable(plan);
        const shares = [...plan.lines.map((line) => line.code), 'reduction'].map((id) => shareOf(table, id));
        const whole = rowOf(table, 'total').total;
        fc.pre(!whole.isZero());
        // Σ part/whole = 1 exactly ⇔ every share is over the same whole and Σ part = whole.
        expect(shares.every((share) => share.whole.eq(whole))).toBe(true);
        expect(sum(shares.map((share) => share.part)).eq(whole)).toBe(true);
      }),
      RUNS,
    );
  });

  it('incremental and full computation agree after every one of a random sequence of edits', () => {
    fc.assert(
      fc.property(planWithEditsArb, ({ plan, edits }) => {
        let current = plan;
        let table = computeTable(plan);
        for (const { rowId, year, value } of edits) {
          current = withAmount(current, rowId, year, value);
          table = updateTable(table, rowId, year, value);
          expect(tableText(table)).toEqual(tableText(computeTable(current)));
        }
      }),
      RUNS,
    );
  });
});
