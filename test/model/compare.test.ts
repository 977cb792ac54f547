import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { applyOperation, initialState } from '../../src/model/apply';
import { cellChanges, changedCells, changedFigures, compareTables } from '../../src/model/compare';
import { percentHalfUp } from '../../src/model/share';
import { computeTable, rowOf, shareOf } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';

describe('comparing two scenarios', () => {
  const base = initialState(baselinePlan());
  const moved = applyOperation(base, { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] });
  const rows = compareTables(computeTable(moved.plan), computeTable(base.plan));
  const row = (id: string) => rows.find((r) => r.rowId === id)!;
  const cell = (id: string, column: string) => row(id).cells.find((c) => c.columnId === column)!;

  it('gives every cell’s difference in the unit and in per cent, and every share’s in points', () => {
    expect(cell('TP1', '2030').difference.toFixed()).toBe('-5000');
    expect(percentHalfUp(cell('TP1', '2030').relative!)!.toFixed(2)).toBe('-8.59'); // 5 000 / 58 237
    expect(cell('TP3', 'total').difference.toFixed()).toBe('5000');
    expect(percentHalfUp(row('TP1').share)!.toFixed(2)).toBe('-0.77'); // 5 000 / 651 671
    expect(percentHalfUp(row('total').share)!.toFixed(2)).toBe('0.00');
  });

  it('gives a reduction’s difference in per cent the sign of its amount: a larger reduction is negative', () => {
    const deeper = applyOperation(base, { op: 'set', line: 'reduction', year: '2028', value: new Dec(-1500) });
    const reduction = compareTables(computeTable(deeper.plan), computeTable(base.plan)).find((r) => r.rowId === 'reduction')!;
    const in2028 = reduction.cells.find((c) => c.columnId === '2028')!;
    expect(in2028.difference.toFixed()).toBe('-500');
    expect(percentHalfUp(in2028.relative!)!.toFixed(2)).toBe('-50.00');
  });

  it('names the changed columns only', () => {
    const changes = changedCells(computeTable(moved.plan), computeTable(base.plan));
    expect([...changes.get('TP1')!]).toEqual(['2030', '2030-2031', 'total', 'share']);
    expect(changes.has('TP2')).toBe(false);
    expect(changes.has('total')).toBe(false);
  });

  it('agrees with the full comparison on every cell, and marks shares when only the Total moves', () => {
    const reduced = applyOperation(moved, { op: 'set', line: 'reduction', year: '2028', value: new Dec(-2000) });
    const a = computeTable(reduced.plan);
    const b = computeTable(base.plan);
    const changes = changedCells(a, b);
    for (const difference of compareTables(a, b)) {
      const expected = difference.cells.filter((c) => !c.difference.isZero()).map((c) => c.columnId);
      if (!percentHalfUp(shareOf(a, difference.rowId))!.eq(percentHalfUp(shareOf(b, difference.rowId))!)) expected.push('share');
      expect([...(changes.get(difference.rowId) ?? [])]).toEqual(expected);
    }
    expect([...changes.get('TP2')!]).toEqual(['share']);
  });

  it('marks a share that reads differently to the hundredth, not one that moved by less', () => {
    const table = computeTable(base.plan);
    const tp5 = rowOf(table, 'TP5').years[0]!;
    // One more thousand francs in TP5's 2028: every share moves, by less than a ten-thousandth of a point but TP5's.
    const nudged = computeTable(applyOperation(base, { op: 'set', line: 'TP5', year: '2028', value: tp5.plus(1) }).plan);
    expect(shareOf(nudged, 'TP1').part.times(shareOf(table, 'TP1').whole).eq(shareOf(table, 'TP1').part.times(shareOf(nudged, 'TP1').whole))).toBe(false);
    const changesOf = cellChanges(nudged, table);
    expect([...changesOf('TP1')]).toEqual([]);
    expect([...changesOf('TP5')]).toEqual(['2028', '2028-2029', 'total']);
    // A thousand times more moves the shares as shown.
    const moved = computeTable(applyOperation(base, { op: 'set', line: 'TP5', year: '2028', value: tp5.plus(1000) }).plan);
    expect([...cellChanges(moved, table)('TP1')]).toEqual(['share']);
    // The comparison says the same of each share, so that its count of differing figures is the outlines'.
    expect(compareTables(nudged, table).find((r) => r.rowId === 'TP1')!.isShareShownSame).toBe(true);
    expect(compareTables(moved, table).find((r) => r.rowId === 'TP1')!.isShareShownSame).toBe(false);
    for (const [a, b] of [[nudged, table], [moved, table]] as const) {
      const counted = compareTables(a, b).reduce((n, r) => n + r.cells.filter((c) => !c.difference.isZero()).length + (r.isShareShownSame ? 0 : 1), 0);
      expect(counted).toBe([...changedCells(a, b).values()].reduce((n, cells) => n + cells.size, 0));
    }
  });

  it('answers a row at a time as the whole comparison does, once per row, and nothing for a row of one table only', () => {
    const a = computeTable(moved.plan);
    const b = computeTable(base.plan);
    const changesOf = cellChanges(a, b);
    const whole = changedCells(a, b);
    for (const row of a.rows) expect([...changesOf(row.id)]).toEqual([...(whole.get(row.id) ?? [])]);
    expect(changesOf('TP1')).toBe(changesOf('TP1'));
    expect(changesOf('no such row').size).toBe(0);
  });
});

describe('the figures that differ between two tables, for a message', () => {
  it('lists period totals first, then biennia, then years, each in row order, with both figures and no share', () => {
    const base = initialState(baselinePlan());
    const moved = applyOperation(base, { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] });
    const figures = changedFigures(computeTable(base.plan), computeTable(moved.plan)).map((f) => `${f.rowId} ${f.columnId} ${f.before.toFixed()} ${f.after.toFixed()}`);
    expect(figures).toEqual([
      'TP1 total 235043 230043',
      'TP3 total 191560 196560',
      'TP1 2030-2031 120940 115940',
      'TP3 2030-2031 96367 101367',
      'TP1 2030 58237 53237',
      'TP3 2030 47965 52965',
    ]);
    expect(changedFigures(computeTable(base.plan), computeTable(base.plan))).toEqual([]);
  });
});
