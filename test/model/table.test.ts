import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { PlanError, withAmount, type Plan } from '../../src/model/plan';
import { sevenYearPlan } from '../support/plans';
import { amountAt, computeTable, shareOf, shownTable, updateTable } from '../../src/model/table';
import { percentHalfUp } from '../../src/model/share';
import { baselinePlan } from '../../src/state/baseline';
import { tableText } from '../support/tableText';

const d = (text: string) => new Dec(text);

describe('editing one cell of Appendix A', () => {
  const plan = baselinePlan();
  const before = computeTable(plan);
  const after = updateTable(before, 'TP1', '2028', d('60000'));

  it('moves TP1, its biennium and total, Subtotal, Total and every share', () => {
    expect(amountAt(after, 'TP1', '2028-2029').toFixed()).toBe('117080');
    expect(amountAt(after, 'TP1', 'total').toFixed()).toBe('238020');
    expect(amountAt(after, 'subtotal', '2028').toFixed()).toBe('166137');
    expect(amountAt(after, 'total', 'total').toFixed()).toBe('654648');
    expect(percentHalfUp(shareOf(after, 'TP1'))!.toFixed(2)).toBe('36.36');
    expect(percentHalfUp(shareOf(after, 'TP2'))!.toFixed(2)).toBe('2.01');
  });

  it('leaves the rows it does not touch as the same objects', () => {
    expect(after.rows[after.index.get('TP2')!]).toBe(before.rows[before.index.get('TP2')!]);
    expect(after.rows[after.index.get('reduction')!]).toBe(before.rows[before.index.get('reduction')!]);
  });

  it('gives the table a full recomputation gives', () => {
    expect(tableText(after)).toEqual(tableText(computeTable(withAmount(plan, 'TP1', '2028', d('60000')))));
  });

  it('changes the reduction without touching Subtotal', () => {
    const reduced = updateTable(before, 'reduction', '2031', d('-4381'));
    expect(amountAt(reduced, 'subtotal', 'total').toFixed()).toBe('659091');
    expect(amountAt(reduced, 'total', 'total').toFixed()).toBe('650000');
  });

  it('refuses derived cells and unknown ids', () => {
    expect(() => updateTable(before, 'subtotal', '2028', d('1'))).toThrow(RangeError);
    expect(() => updateTable(before, 'TP9', '2028', d('1'))).toThrow(RangeError);
    expect(() => updateTable(before, 'TP1', '2027', d('1'))).toThrow(RangeError);
    expect(() => withAmount(plan, 'total', '2028', d('1'))).toThrow(PlanError);
  });
});

describe('plans of other shapes', () => {
  const plan = sevenYearPlan();
  const flat = (n: number) => plan.years.map((_, i) => d(String(n * 100 + i)));

  it('computes a plan of 10 lines over 7 years with a year in no biennium', () => {
    const table = computeTable(plan);
    expect(amountAt(table, 'H', '2029').toFixed()).toBe(String(104 + 204));
    expect(amountAt(table, 'H', '2025-2026').toFixed()).toBe(String(100 + 101 + 200 + 201));
    // 2029 is in no biennium: an edit of it moves only the period total (the fourth summing column).
    expect(table.layout.summingOfYear).toEqual([[0, 3], [0, 3], [1, 3], [1, 3], [3], [2, 3], [2, 3]]);
    expect(amountAt(table, 'total', 'total').eq(amountAt(table, 'subtotal', 'total').minus(7))).toBe(true);
  });

  it('refuses a plan whose structure is broken, naming each problem', () => {
    const broken: Plan = {
      ...plan,
      biennia: [{ id: '2025-2027', years: ['2025', '2027'] }, { id: 'x', years: ['2027', '2040'] }],
      lines: [...plan.lines, { code: 'L1', name: 'again', amounts: [] }, { code: 'total', name: 'reserved', amounts: flat(1) }],
    };
    expect(() => computeTable(broken)).toThrow(/must follow each other.*2027 is in both.*names year 2040.*L1 appears twice.*"total" is reserved/);
  });
});

describe('a table without a deduction', () => {
  const seven = sevenYearPlan();
  const plan: Plan = { ...seven, reduction: { ...seven.reduction, amounts: seven.years.map(() => d('0')) }, showsReduction: false };

  it('shows no Subtotal and no reduction while the reduction is nil, and both again once it is not', () => {
    const table = computeTable(plan);
    const shown = shownTable(table, plan);
    expect(shown.rows.map((row) => row.kind)).not.toContain('subtotal');
    expect(shown.rows.map((row) => row.kind)).not.toContain('reduction');
    expect(shown.rows.at(-1)!.id).toBe('total');
    expect(shown.index.get('total')).toBe(shown.rows.length - 1);
    expect(shownTable(table, { ...plan, showsReduction: true })).toBe(table);
    const reduced = updateTable(table, 'reduction', plan.years[0]!, d('-5'));
    expect(shownTable(reduced, plan)).toBe(reduced);
  });
});
