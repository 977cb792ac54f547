import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/model/amount';
import { applyOperation, initialState, type ScenarioState } from '../../src/model/apply';
import { isGroup, walkLines } from '../../src/model/plan';
import { replay, type Entry } from '../../src/model/proposal';
import { percentHalfUp } from '../../src/model/share';
import { amountAt, computeTable, rowOf, shareOf } from '../../src/model/table';
import { planWithOperationsArb } from '../support/arbitraries';
import { tableText } from '../support/tableText';
import { tryApply } from '../support/tryApply';

const RUNS = { numRuns: 250 };

/** Codes of locked lines and everything inside them. */
function lockedCodes(state: ScenarioState): string[] {
  const codes: string[] = [];
  const visit = (lines: ScenarioState['plan']['lines'], isInside: boolean) => {
    for (const line of lines) {
      const isLocked = isInside || state.locked.includes(line.code);
      if (isLocked) codes.push(line.code);
      if (isGroup(line)) visit(line.children, isLocked);
    }
  };
  visit(state.plan.lines, false);
  return codes;
}

describe('operations over random plans and random sequences', () => {
  it('keep their promises at every step: Total, target, share, period total, locks, no line below zero, only OperationErrors', () => {
    // Counted so the property cannot pass by never reaching an accepted setShare or spread.
    const accepted = { setShare: 0, spread: 0 };
    fc.assert(
      fc.property(planWithOperationsArb, ({ plan, operations }) => {
        let state = initialState(plan);
        for (const op of operations) {
          const before = computeTable(state.plan);
          const next = tryApply(state, op);
          if (next === null) continue;
          const after = computeTable(next.plan);
          const totalOf = (t: typeof before) => rowOf(t, 'total').total;
          if (op.op === 'transfer' || (op.op === 'scale' && op.compensate === 'pro-rata') || op.op === 'setShare') {
            expect(totalOf(after).eq(totalOf(before))).toBe(true);
            plan.years.forEach((year) =>
              expect(amountAt(after, 'subtotal', year).eq(amountAt(before, 'subtotal', year))).toBe(true),
            );
          }
          if (op.op === 'reduction' && op.mode === 'target') expect(totalOf(after).eq(op.total)).toBe(true);
          if (op.op === 'setShare') {
            accepted.setShare++;
            // Exact to the plan's unit: share × Total, rounded half-up once.
            const target = totalOf(before).times(op.share).div(100).toDecimalPlaces(plan.precision, Dec.ROUND_HALF_UP);
            expect(`${op.line} ${rowOf(after, op.line).total.toFixed()}`).toBe(`${op.line} ${target.toFixed()}`);
            // Where a unit is under 0.005 % of Total, that rounding cannot show in the displayed share.
            const unit = new Dec(10).pow(-plan.precision);
            if (totalOf(before).gt(unit.times(10000))) expect(percentHalfUp(shareOf(after, op.line))!.toFixed(2)).toBe(op.share.toFixed(2));
          }
          if (op.op === 'spread') {
            accepted.spread++;
            expect(`${op.line} ${op.period} ${amountAt(after, op.line, op.period).toFixed()}`).toBe(`${op.line} ${op.period} ${op.value.toFixed()}`);
          }
          for (const code of lockedCodes(state)) {
            expect(rowOf(after, code).years.map(String)).toEqual(rowOf(before, code).years.map(String));
          }
          for (const { line } of walkLines(next.plan.lines)) {
            if (!isGroup(line)) expect(line.amounts.every((a) => a.gte(0))).toBe(true);
            // A priority broken into outcomes always equals their sum.
            else plan.years.forEach((year) => expect(amountAt(after, line.code, year).eq(line.children.reduce((acc, c) => acc.plus(amountAt(after, c.code, year)), ZERO))).toBe(true));
          }
          state = next;
        }
      }),
      RUNS,
    );
    expect(accepted.setShare).toBeGreaterThan(10);
    expect(accepted.spread).toBeGreaterThan(10);
  });

  it('replay is deterministic and equals applying the accepted operations one by one', () => {
    fc.assert(
      fc.property(planWithOperationsArb, ({ plan, operations }) => {
        const entries: Entry[] = operations.map((operation, i) => ({ id: `e${i}`, operation, rationale: '', at: '', enabled: true }));
        const base = initialState(plan);
        let state = base;
        const refused = new Set<string>();
        entries.forEach((entry) => {
          const next = tryApply(state, entry.operation);
          if (next === null) refused.add(entry.id);
          else state = next;
        });
        const first = replay(base, entries);
        const second = replay(base, entries);
        expect(tableText(first.table)).toEqual(tableText(computeTable(state.plan)));
        expect(tableText(second.table)).toEqual(tableText(first.table));
        expect([...first.failures.keys()]).toEqual([...refused]);
        expect(first.state.locked).toEqual(state.locked);
      }),
      RUNS,
    );
  });

  it('breaking a line down and removing the breakdown leaves every figure as it was', () => {
    fc.assert(
      fc.property(planWithOperationsArb, fc.array(fc.nat(9).map((n) => new Dec(n)), { minLength: 1, maxLength: 5 }), fc.nat(), ({ plan }, weights, pick) => {
        const leaves = [...walkLines(plan.lines)].filter(({ line }) => !isGroup(line)).map(({ line }) => line.code);
        const line = leaves[pick % leaves.length]!;
        const parts = weights.map((weight, i) => ({ code: `${line}/${i}`, name: `part ${i}`, weight }));
        const broken = tryApply(initialState(plan), { op: 'breakdown', line, mode: 'weights', parts });
        fc.pre(broken !== null);
        const merged = applyOperation(broken!, { op: 'merge', line });
        expect(tableText(computeTable(merged.plan))).toEqual(tableText(computeTable(plan)));
      }),
      RUNS,
    );
  });

  it('switching an entry off replays the rest as if it had never been made', () => {
    fc.assert(
      fc.property(planWithOperationsArb, fc.nat(), ({ plan, operations }, pick) => {
        const entries: Entry[] = operations.map((operation, i) => ({ id: `e${i}`, operation, rationale: '', at: '', enabled: true }));
        const off = pick % entries.length;
        const switchedOff = entries.map((entry, i) => (i === off ? { ...entry, enabled: false } : entry));
        const removed = entries.filter((_, i) => i !== off);
        const base = initialState(plan);
        expect(tableText(replay(base, switchedOff).table)).toEqual(tableText(replay(base, removed).table));
      }),
      RUNS,
    );
  });
});
