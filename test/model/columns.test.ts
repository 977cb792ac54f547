import { describe, expect, it } from 'vitest';
import { headerBands, headingColumn, inputsFirst, isAmountColumn, periodColumns, ratioIn, tableColumns, type TableColumn } from '../../src/model/columns';
import { planProblems } from '../../src/model/plan';
import { percentHalfUp } from '../../src/model/share';
import { amountAt, computeTable, rowOf, shareOf } from '../../src/model/table';
import { baselinePlan } from '../../src/state/baseline';
import { sevenYearPlan } from '../support/plans';

/** A column as plain data: what each consumer reads of it. */
const described = (column: TableColumn) =>
  [
    column.id,
    column.kind,
    column.group?.heading ?? '—',
    column.subheading,
    column.heading,
    column.isInput ? 'input' : 'derived',
    isAmountColumn(column) ? `sums ${column.sums.join(',')}` : 'ratio',
  ].join(' | ');

describe('the columns of Appendix A', () => {
  const plan = baselinePlan();
  const columns = tableColumns(plan);

  it('are each biennium’s years and total under its heading, then the period total and the share', () => {
    expect(columns.map(described)).toEqual([
      '2028 | year | 2028-2029 | 2028 | 2028 | input | sums 0',
      '2029 | year | 2028-2029 | 2029 | 2029 | input | sums 1',
      '2028-2029 | biennium | 2028-2029 | Total | 2028-2029 | derived | sums 0,1',
      '2030 | year | 2030-2031 | 2030 | 2030 | input | sums 2',
      '2031 | year | 2030-2031 | 2031 | 2031 | input | sums 3',
      '2030-2031 | biennium | 2030-2031 | Total | 2030-2031 | derived | sums 2,3',
      'total | total | — | 2028-2031 | 2028-2031 | derived | sums 0,1,2,3',
      'share | share | — | In % | In % | derived | ratio',
    ]);
  });

  it('read each amount of a computed row, as the document prints TP1', () => {
    const row = rowOf(computeTable(plan), 'TP1');
    expect(columns.filter(isAmountColumn).map((column) => `${column.id} ${column.amountOf(row).toFixed()}`)).toEqual([
      '2028 57023',
      '2029 57080',
      '2028-2029 114103',
      '2030 58237',
      '2031 62703',
      '2030-2031 120940',
      'total 235043',
    ]);
  });

  it('are the table’s: its layout holds them, and amountAt reads a cell through them', () => {
    const table = computeTable(plan);
    expect(table.layout.columns.map((column) => column.id)).toEqual(columns.map((column) => column.id));
    expect(amountAt(table, 'total', '2030-2031').toFixed()).toBe('329618');
    expect(() => amountAt(table, 'TP1', 'share')).toThrow('no amount column share (use shareOf)');
    expect(() => amountAt(table, 'TP1', '2032')).toThrow('no amount column 2032');
  });

  it('band into the upper header row: a biennium over three columns, the total and the share alone', () => {
    expect(headerBands(columns).map((band) => `${band.group?.heading ?? '·'}: ${band.columns.map((c) => c.id).join(' ')}`)).toEqual([
      '2028-2029: 2028 2029 2028-2029',
      '2030-2031: 2030 2031 2030-2031',
      '·: total',
      '·: share',
    ]);
  });

  it('list the inputs first for files and the comparison', () => {
    expect(inputsFirst(columns).map((column) => column.id)).toEqual(['2028', '2029', '2030', '2031', '2028-2029', '2030-2031', 'total', 'share']);
  });
});

describe('the columns of a plan with a year outside any biennium', () => {
  const plan = sevenYearPlan();
  const columns = tableColumns(plan);

  it('stand the lone year on its own between the biennia, with no group and its own heading below', () => {
    expect(columns.map((column) => column.id)).toEqual([
      '2025', '2026', '2025-2026', '2027', '2028', '2027-2028', '2029', '2030', '2031', '2030-2031', 'total', 'share',
    ]);
    expect(described(columns[6]!)).toBe('2029 | year | — | 2029 | 2029 | input | sums 4');
    expect(described(columns[5]!)).toBe('2027-2028 | biennium | 2027-2028 | Total | 2027-2028 | derived | sums 2,3');
    expect(described(columns[10]!)).toBe('total | total | — | 2025-2031 | 2025-2031 | derived | sums 0,1,2,3,4,5,6');
    expect(headerBands(columns).map((band) => band.columns.length)).toEqual([3, 3, 1, 3, 1, 1]);
  });

  it('list the seven years first, then the biennia, the total and the share', () => {
    expect(inputsFirst(columns).map((column) => column.id).join(' ')).toBe(
      '2025 2026 2027 2028 2029 2030 2031 2025-2026 2027-2028 2030-2031 total share',
    );
  });

  it('read a group’s figures: H is the sum of H.1 and H.2', () => {
    const row = rowOf(computeTable(plan), 'H');
    const read = (id: string) => columns.filter(isAmountColumn).find((column) => column.id === id)!.amountOf(row).toFixed();
    expect([read('2029'), read('2025-2026'), read('total')]).toEqual(['308', '602', String(7 * 300 + 2 * 21)]);
  });
});

describe('the column a heading names', () => {
  it('recognises ids and headings, whatever their case and spacing', () => {
    expect(headingColumn(' 2028 ')).toEqual({ kind: 'year', year: '2028' });
    expect(headingColumn('2028 – 2029')).toEqual({ kind: 'range', id: '2028-2029', first: '2028', last: '2029' });
    expect(headingColumn('TOTAL')).toEqual({ kind: 'total' });
    expect(['share', 'In %', '%'].map(headingColumn)).toEqual([{ kind: 'share' }, { kind: 'share' }, { kind: 'share' }]);
    expect(['code', '2028-29', '28', 'FY2028', ''].map(headingColumn)).toEqual([null, null, null, null, null]);
  });

  it('reads back every heading and id the columns give', () => {
    const columns = tableColumns(baselinePlan());
    expect(columns.map((column) => headingColumn(column.heading)?.kind)).toEqual(['year', 'year', 'range', 'year', 'year', 'range', 'range', 'share']);
    expect(columns.map((column) => headingColumn(column.id)?.kind)).toEqual(['year', 'year', 'range', 'year', 'year', 'range', 'total', 'share']);
  });
});

describe('columns of changes (a variance, a variance in per cent)', () => {
  const plan = { ...baselinePlan(), changes: [
    { id: 'growth', heading: 'Change', from: '2028-2029', to: '2030-2031' },
    { id: 'growth-pct', heading: 'Change %', from: '2028-2029', to: '2030-2031', percentOf: '2028-2029' },
  ] };

  it('come after the period total, each derived from its two columns, and are no period an operation may name', () => {
    const columns = tableColumns(plan);
    expect(columns.map((column) => `${column.id} ${column.kind}`).slice(-4)).toEqual(['total total', 'growth change', 'growth-pct change-percent', 'share share']);
    const table = computeTable(plan);
    const tp1 = rowOf(table, 'TP1');
    expect(amountAt(table, 'TP1', 'growth').toFixed()).toBe(tp1.totals[1]!.minus(tp1.totals[0]!).toFixed());
    const percent = columns.find((column) => column.id === 'growth-pct')!;
    expect(isAmountColumn(percent)).toBe(false);
    expect(percent.kind === 'change-percent' && percentHalfUp(ratioIn(percent, tp1, shareOf(table, 'TP1')))!.toFixed()).toBe('5.99');
    expect(periodColumns(plan).map((column) => column.id)).toEqual(['2028-2029', '2030-2031', 'total']);
  });

  it('are refused naming a column that is not there, an id already taken, or a base neither of the two', () => {
    const wrong = (change: object) => planProblems({ ...plan, changes: [{ id: 'c', heading: 'C', from: '2028', to: '2029', ...change }] });
    expect(wrong({})).toEqual([]);
    expect(wrong({ from: '2027' })).toEqual(['change column c compares 2027, which is not a year, a biennium or the period']);
    expect(wrong({ id: 'total' })).toEqual(['change column id "total" is empty or already a column id']);
    expect(wrong({ percentOf: 'total' })).toEqual(['change column c is in per cent of total, neither of the two columns it compares']);
  });
});
