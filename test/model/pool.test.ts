import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import { AMOUNTS, SHARES, poolCells, spreadOf, type AmountCell, type ShareCell } from '../../src/model/pool';
import { poolConflicts } from '../../src/model/poolConflicts';
import { poolPriorities } from '../../src/model/poolPriorities';
import { replay } from '../../src/model/proposal';
import { percentHalfUp } from '../../src/model/share';
import { computeTable, type Table } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';

const plan = baselinePlan();
const base = initialState(plan);
const baseline = computeTable(plan);
const tableOf = (...operations: Operation[]): Table =>
  replay(base, operations.map((operation, i) => ({ id: String(i), operation, rationale: '', at: '', enabled: true })), baseline).table;
const d = (value: number | string) => new Dec(value);

describe('the spread of one cell', () => {
  it('takes the middle figure of an odd count, and the exact mean of the two middle ones of an even count', () => {
    const odd = spreadOf(d(10), [d(12), d(5), d(10), d(30), d(7)], AMOUNTS)!;
    expect([odd.min, odd.median, odd.max].map(String)).toEqual(['5', '10', '30']);
    expect([odd.up, odd.down, odd.changed, odd.count]).toEqual([2, 2, 4, 5]);
    const even = spreadOf(d(0), [d(1), d(2), null, d(-4), d(9)], AMOUNTS)!;
    expect(even.median.toFixed()).toBe('1.5');
    expect([even.min, even.max].map(String)).toEqual(['-4', '9']);
    expect(even.count).toBe(4);
  });

  it('is nothing where no proposal has the cell', () => {
    expect(spreadOf(d(1), [null, null], AMOUNTS)).toBeNull();
  });

  it('compares and halves shares as exact fractions, whatever the signs of their wholes', () => {
    const third = { part: d(1), whole: d(3) };
    const half = { part: d(-1), whole: d(-2) };
    expect(SHARES.compare(third, half)).toBeLessThan(0);
    expect(SHARES.compare(half, { part: d(2), whole: d(4) })).toBe(0);
    const mean = SHARES.mean(third, half);
    expect(mean.part.div(mean.whole).toFixed(10)).toBe(d(5).div(12).toFixed(10));
  });
});

describe('Appendix A pooled', () => {
  const tables = [
    tableOf({ op: 'transfer', from: 'TP1', to: 'TP3', amount: d(5000), years: ['2030'] }),
    tableOf({ op: 'set', line: 'TP1', year: '2030', value: d(60000) }),
    tableOf(),
    tableOf({ op: 'transfer', from: 'TP1', to: 'TP3', amount: d(1001), years: ['2030'] }),
  ];
  const cells = poolCells(baseline, tables);
  const cell = (rowId: string, columnId: string) => cells.find((c) => c.rowId === rowId && c.columnId === columnId)!;

  it('gives every cell of the baseline: each amount column and the share, row by row', () => {
    expect(cells).toHaveLength(baseline.rows.length * 8);
    const tp1 = cell('TP1', '2030') as AmountCell;
    expect(tp1.baseline.toFixed()).toBe('58237');
    expect(tp1.values.map(String)).toEqual(['53237', '60000', '58237', '57236']);
    expect([tp1.spread!.min, tp1.spread!.median, tp1.spread!.max].map(String)).toEqual(['53237', '57736.5', '60000']);
    expect([tp1.spread!.up, tp1.spread!.down]).toEqual([1, 2]);
    const share = cell('TP3', 'share') as ShareCell;
    expect(share.spread!.changed).toBe(3);
    expect(percentHalfUp(share.spread!.max)!.toFixed(2)).toBe(percentHalfUp(share.values[0]!)!.toFixed(2));
  });

  it('says who raises and who cuts each priority over the period, the largest first', () => {
    const priorities = poolPriorities(baseline, tables);
    expect(priorities.map((p) => p.rowId)).toEqual(['TP1', 'TP2', 'TP3', 'TP4', 'TP5']);
    const tp1 = priorities[0]!;
    expect(tp1.raises.map((m) => [m.proposal, m.change.toFixed()])).toEqual([[1, '1763']]);
    expect(tp1.cuts.map((m) => [m.proposal, m.change.toFixed()])).toEqual([[0, '-5000'], [3, '-1001']]);
    expect(priorities[2]!.raises.map((m) => m.proposal)).toEqual([0, 3]);
    expect(priorities[1]!.raises).toEqual([]);
  });

  it('lists the cells two proposals change to different figures, any operation counted', () => {
    const conflicts = poolConflicts(baseline, tables);
    expect(conflicts.map((c) => `${c.rowId} ${c.year}: ${c.values.map((v) => `${v.proposal}=${v.value.toFixed()}`).join(' ')}`)).toEqual([
      'TP1 2030: 0=53237 1=60000 3=57236',
      'TP3 2030: 0=52965 3=48966',
    ]);
    // The same change twice is no conflict.
    expect(poolConflicts(baseline, [tables[0]!, tables[0]!])).toEqual([]);
  });
});
