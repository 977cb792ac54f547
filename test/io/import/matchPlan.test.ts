import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../../src/model/amount';
import { withAmount } from '../../../src/model/plan';
import { computeTable } from '../../../src/model/table';
import { matchPlan, type FileTable } from '../../../src/io/import/matchPlan';
import type { FileRow, FileRowKind } from '../../../src/io/import/readLines';
import { byNumber } from '../../../src/io/import/problems';
import { baselinePlan } from '../../../src/state/baseline';

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const fileRow = (row: number, code: string, name = '', kind: FileRowKind = 'line', parent: string | null = null): FileRow => ({ row, code, name, kind, parent, cells: [] });
const yearsOf = (years: string[]) => years.map((year, i) => ({ index: 2 + i, year }));
const amounts = (values: Record<string, number[]>, scale = 0) => ({
  inputs: new Map<string, Amount[]>(Object.entries(values).map(([code, list]) => [code, list.map((v) => new Dec(v))])),
  scale,
  blanks: [],
  belowZero: new Set<string>(),
});
const appendix = (overrides: Record<string, number[]>): FileTable => {
  const figures = Object.fromEntries(current.table.rows.filter((r) => r.kind === 'line').map((r) => [r.id, r.years.map(Number)]));
  return {
    name: 'a.csv',
    rows: ['TP1', 'TP2', 'TP3', 'TP4', 'TP5'].map((code, i) => fileRow(2 + i, code, code === 'TP2' ? 'Numbers' : '')),
    years: yearsOf(plan.years.slice()),
    ranges: [],
    amounts: amounts({ ...figures, ...overrides }),
  };
};

describe('plan match', () => {
  it('takes a file with the plan’s lines and years as changes to its inputs, keeping its names and, without a reduction row, its reduction', () => {
    const scenario = { plan, table: computeTable(withAmount(plan, 'reduction', '2028', new Dec(-5000))) };
    const outcome = matchPlan(appendix({ TP1: [60000, 57080, 58237, 62703] }), scenario, byNumber);
    expect(outcome.ok).toBe(true);
    const match = outcome.ok ? outcome.value : null;
    expect(match?.kind).toBe('changes');
    expect(computeTable(match!.plan).rows.find((r) => r.id === 'TP1')!.total.toFixed()).toBe('238020');
    expect(match?.plan.reduction.amounts.map((a) => a.toFixed())).toEqual(['-5000', '-1605', '-2105', '-2710']);
    expect(match?.notes).toEqual(["Names differ from the plan's for TP2: the plan's names are kept.", 'The file has no reduction row: the current reduction is kept.']);
  });

  it('refuses an input finer than the plan’s precision, naming its cell', () => {
    const outcome = matchPlan(appendix({ TP4: [21029, 20323.5, 20737, 20675] }), current, (i) => String.fromCharCode(65 + i));
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      { row: 5, column: 'D', message: "row 5, column D (2029): 20323.5 has more decimals than the plan's amounts (0)" },
    ]);
  });

  it('makes a plan of its own of other lines and years: groups, biennia but the whole period, the finest precision', () => {
    const file: FileTable = {
      name: 'mff.csv',
      rows: [fileRow(2, 'H', 'Heading', 'group'), fileRow(3, 'H.1', '', 'line', 'H'), fileRow(4, 'L', 'Line', 'line'), fileRow(5, 'reduction', 'Cut', 'reduction')],
      years: yearsOf(['2028', '2029', '2030']),
      ranges: [
        { index: 5, id: '2028-2029', first: '2028', last: '2029' },
        { index: 6, id: '2028-2030', first: '2028', last: '2030' },
      ],
      amounts: amounts({ 'H.1': [1, 2, 3], L: [4, 5, 6.5], reduction: [0, 0, -1] }, 1),
    };
    const outcome = matchPlan(file, current, byNumber);
    const match = outcome.ok ? outcome.value : null;
    expect(match?.kind).toBe('new-plan');
    expect(match?.plan).toMatchObject({ id: 'import:mff.csv', precision: 1, periodLabel: '2028-2030', biennia: [{ id: '2028-2029', years: ['2028', '2029'] }], reduction: { name: 'Cut' } });
    expect(match?.plan.lines.map((l) => ('children' in l ? `${l.code}(${l.children.map((c) => `${c.code} ${c.name}`).join()})` : l.code))).toEqual(['H(H.1 H.1)', 'L']);
    expect(match?.notes).toEqual([
      `The file has other lines or years than “${plan.title}”: it is read as a plan of its own (3 lines, 3 years).`,
      'The file does not say its unit: its figures are read as CHF thousands until you say otherwise.',
    ]);
  });

  it('refuses a plan of its own that cannot be computed, with the plan’s own words', () => {
    const file: FileTable = {
      name: 'x.csv',
      rows: [fileRow(2, 'L')],
      years: yearsOf(['2028', '2029', '2030']),
      ranges: [
        { index: 5, id: '2028-2029', first: '2028', last: '2029' },
        { index: 6, id: '2029-2030', first: '2029', last: '2030' },
      ],
      amounts: amounts({ L: [1, 2, 3] }),
    };
    expect(matchPlan(file, current, byNumber)).toEqual({ ok: false, problems: [{ message: 'year 2029 is in both 2028-2029 and 2029-2030' }] });
  });
});
