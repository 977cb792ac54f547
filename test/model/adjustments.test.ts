import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, formatAmount, type Amount } from '../../src/model/amount';
import { applyOperation, initialState } from '../../src/model/apply';
import { apportion } from '../../src/model/apportion';
import type { Operation } from '../../src/model/operation';
import { signedRows, type Plan } from '../../src/model/plan';
import { replay, type Entry } from '../../src/model/proposal';
import { computeTable, rowOf } from '../../src/model/table';
import { breaches } from '../../src/model/validity';
import { publishedAppendix } from '../../src/state/baseline';
import { tryApply } from '../support/tryApply';

const d = (n: number | string) => new Dec(n);
const format = (value: Amount) => formatAmount(value, DOCUMENT_STYLE, 0);
const entries = (...ops: Operation[]): Entry[] => ops.map((operation, i) => ({ id: String(i), operation, rationale: '', at: '', enabled: true }));

/** A published budget with an exchange adjustment that takes off in one year and adds in the next, inside a group. */
function budget(): Plan {
  const base = publishedAppendix();
  return {
    ...base,
    id: 'adjusted',
    requiresFunding: true,
    envelope: d(0),
    years: ['2026', '2027'],
    biennia: [],
    periodLabel: '2026-2027',
    reduction: { name: 'Reduction', amounts: [d(0), d(0)] },
    lines: [
      { code: 'A', name: 'Staff', amounts: [d(100), d(110)] },
      {
        code: 'G',
        name: 'Operations',
        children: [
          { code: 'G1', name: 'Travel', amounts: [d(30), d(30)] },
          { code: 'G2', name: 'Exchange differences', amounts: [d(-10), d(5)], signed: true },
        ],
      },
      { code: 'B', name: 'Equipment', amounts: [d(50), d(40)] },
    ],
  };
}
const years = (plan: Plan, code: string) => rowOf(computeTable(plan), code).years.map((v) => v.toFixed());
const apply = (plan: Plan, op: Operation) => applyOperation(initialState(plan), op).plan;
const rules = (plan: Plan, ...ops: Operation[]) => breaches(replay(initialState(plan), entries(...ops)), entries(...ops), format).map((b) => b.rule);

describe('adjustments: lines that may be below zero', () => {
  it('adds them like any line: the group, Subtotal and Total as published', () => {
    const plan = budget();
    expect(years(plan, 'G')).toEqual(['20', '35']);
    expect(years(plan, 'total')).toEqual(['170', '185']);
    expect([...signedRows(plan.lines)].sort()).toEqual(['G', 'G2']);
  });

  it('breaks neither the share range nor the funding rule by being below zero; other lines still do', () => {
    const plan = budget();
    expect(rules(plan)).toEqual([]);
    // Without the mark, the same figures break both rules: the exception is the mark's.
    const unmarked: Plan = { ...plan, lines: plan.lines.map((line) => ('children' in line ? { ...line, children: line.children.map((child) => ({ ...child, signed: false })) } : line)) };
    expect(rules(unmarked)).toEqual(['unfunded', 'share-range']);
    expect(rules(plan, { op: 'set', line: 'B', year: '2026', value: d(0) })).toEqual(['unfunded']);
  });

  it('takes a figure below zero, typed or moved out, where another line refuses it', () => {
    const plan = budget();
    expect(years(apply(plan, { op: 'set', line: 'G2', year: '2027', value: d(-25) }), 'G2')).toEqual(['-10', '-25']);
    expect(tryApply(initialState(plan), { op: 'set', line: 'B', year: '2027', value: d(-1) })).toBeNull();
    const moved = apply(plan, { op: 'transfer', from: 'G2', to: 'A', amount: d(15), years: ['2026', '2027'] });
    expect(years(moved, 'G2')).toEqual(['-25', '-10']);
    expect(years(moved, 'total')).toEqual(['170', '185']);
    expect(() => apply(plan, { op: 'transfer', from: 'B', to: 'A', amount: d(45), years: ['2027'] })).toThrow(/below zero/);
  });

  it('is passed by when a change is compensated, or a group’s figure spread over its lines', () => {
    const plan = budget();
    // Travel up 10 in 2026, compensated pro rata: Staff and Equipment (and the group as a whole) give it, never the adjustment.
    const scaled = apply(plan, { op: 'scale', line: 'B', percent: d(120), years: ['2026'], compensate: 'pro-rata' });
    expect(years(scaled, 'B')).toEqual(['60', '40']);
    expect(years(scaled, 'total')).toEqual(['170', '185']);
    expect(years(scaled, 'G2')).toEqual(['-10', '5']);
    // Travel's only neighbour in its group is the adjustment: nothing there compensates.
    expect(() => apply(plan, { op: 'scale', line: 'G1', percent: d(120), years: ['2026'], compensate: 'pro-rata' })).toThrow('no unlocked line is left to compensate G1 Travel');
    const group = apply(plan, { op: 'set', line: 'G', year: '2026', value: d(40) });
    expect(years(group, 'G1')).toEqual(['50', '30']);
    expect(years(group, 'G2')).toEqual(['-10', '5']);
  });

  it('scales an adjustment of one sign, and refuses one of both signs with words that say why', () => {
    const plan = budget();
    expect(years(apply(plan, { op: 'scale', line: 'G2', percent: d(150), years: ['2026'], compensate: 'none' }), 'G2')).toEqual(['-15', '5']);
    expect(() => apply(plan, { op: 'scale', line: 'G2', percent: d(150), years: ['2026', '2027'], compensate: 'none' })).toThrow(
      'G2 Exchange differences adds in some of these years and takes off in others: scale it one year at a time',
    );
  });

  it('recosts lines of both signs, each rounded on its own, and apportions weights all below zero by their size', () => {
    const recosted = apply(budget(), { op: 'recost', rates: { '2026': d(10) }, lines: ['A', 'G1', 'G2'] });
    expect(['A', 'G1', 'G2'].map((code) => years(recosted, code)[0])).toEqual(['110', '33', '-11']);
    expect(apportion(d(-30), [d(-1), d(-2)], 0)?.map((v) => v.toFixed())).toEqual(['-10', '-20']);
    expect(apportion(d(30), [d(-1), d(2)], 0)).toBeNull();
  });
});
