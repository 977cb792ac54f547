import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTable } from '../../../src/model/table';
import { interpretTable } from '../../../src/io/tableImport';
import { baselinePlan } from '../../../src/state/baseline';

/**
 * Detection of a published table's layout: a clean table (a `code` column,
 * bare years, a `total` row) and the same table as publications write it —
 * title and unit lines above, periods headed `FY2021` or `Budget 2021`,
 * lines numbered in their names or in a column of their own, the total row
 * called "Grand total" — are read as the same plan.
 */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };

interface Clean {
  readonly years: readonly number[];
  readonly names: readonly string[];
  readonly amounts: readonly (readonly number[])[];
  /** The yearly deduction, or null without one. */
  readonly deduction: readonly number[] | null;
}

const cleanArb: fc.Arbitrary<Clean> = fc
  .record({ first: fc.integer({ min: 2000, max: 2090 }), years: fc.integer({ min: 2, max: 7 }), lines: fc.integer({ min: 1, max: 12 }), hasDeduction: fc.boolean() })
  .chain(({ first, years, lines, hasDeduction }) =>
    fc.record({
      years: fc.constant(Array.from({ length: years }, (_, i) => first + i)),
      names: fc.uniqueArray(fc.constantFrom('Staff costs', 'Travel', 'Contractual services', 'Rental of premises', 'Supplies and materials', 'Furniture and equipment', 'Utilities', 'Audit', 'Conferences and meetings', 'Publications', 'Training', 'Information technology', 'Security', 'Interpretation'), { minLength: lines, maxLength: lines }),
      amounts: fc.array(fc.array(fc.integer({ min: 0, max: 9_999_999 }), { minLength: years, maxLength: years }), { minLength: lines, maxLength: lines }),
      deduction: hasDeduction ? fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: years, maxLength: years }) : fc.constant(null),
    }),
  );

const total = (clean: Clean, y: number) => clean.amounts.reduce((sum, row) => sum + row[y]!, 0) - (clean.deduction?.[y] ?? 0);

function cleanRows(clean: Clean): string[][] {
  return [
    ['code', 'name', ...clean.years.map(String)],
    ...clean.names.map((name, i) => [String(i + 1), name, ...clean.amounts[i]!.map(String)]),
    ...(clean.deduction ? [['reduction', 'Reduction', ...clean.deduction.map((d) => String(-d))]] : []),
    ['total', 'Total', ...clean.years.map((_, y) => String(total(clean, y)))],
  ];
}

interface Style {
  readonly titles: readonly string[];
  readonly heading: (year: number) => string;
  /** Numbered in a column of its own, or before the name in the name's cell. */
  readonly numbering: 'column' | 'name';
  readonly totalName: string;
  /** A deduction written as "Less: …" with positive figures, or as a reduction with negative ones. */
  readonly lessStyle: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  titles: fc.subarray(['Table 4. Regular budget by object of expenditure', '(in thousands of Swiss francs)', '', 'Source: budget document, annex II'], { minLength: 0 }),
  heading: fc.constantFrom(
    (year: number) => String(year),
    (year: number) => `y${year}`,
    (year: number) => `FY${year}`,
    (year: number) => `Budget ${year}`,
    (year: number) => `${year} Estimates`,
  ),
  numbering: fc.constantFrom('column' as const, 'name' as const),
  totalName: fc.constantFrom('Total', 'TOTAL', 'Grand total', 'Total regular budget'),
  lessStyle: fc.boolean(),
});

function publishedRows(clean: Clean, style: Style): string[][] {
  const label = (i: number, name: string) => (style.numbering === 'column' ? [`${i + 1}.`, name] : ['', `${i + 1}. ${name}`]);
  const width = 2 + clean.years.length;
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  return [
    ...style.titles.map((title) => pad([title])),
    pad([style.numbering === 'column' ? 'No.' : '', 'Object of expenditure', ...clean.years.map(style.heading)]),
    ...clean.names.map((name, i) => [...label(i, name), ...clean.amounts[i]!.map((a) => a.toLocaleString('en-US').replace(/,/g, ' '))]),
    ...(clean.deduction
      ? [['', style.lessStyle ? 'Less: efficiency savings' : 'Reduction', ...clean.deduction.map((d) => (style.lessStyle ? String(d) : String(-d)))]]
      : []),
    ['', style.totalName, ...clean.years.map((_, y) => total(clean, y).toLocaleString('en-US').replace(/,/g, ' '))],
    pad(['Note: figures may not add up owing to rounding.']),
  ];
}

/** What a plan holds, codes aside: years, each line's name and amounts, the reduction's amounts. */
function structure(rows: string[][]) {
  const preview = interpretTable({ name: 'table.csv', rows, decimal: '.' }, current);
  const lines = preview.plan.lines.map((line) => ('amounts' in line ? [line.name, line.amounts.map((a) => a.toFixed())] : [line.name]));
  return { years: preview.plan.years, lines, reduction: preview.plan.reduction.amounts.map((a) => a.toFixed()), mismatches: preview.mismatches.length };
}

describe('a published table’s layout, detected', () => {
  it('reads a table with title lines, styled period headings, numbered lines and a named total as the clean table', () => {
    fc.assert(
      fc.property(cleanArb, styleArb, (clean, style) => {
        expect(structure(publishedRows(clean, style))).toEqual(structure(cleanRows(clean)));
      }),
      { numRuns: 200 },
    );
  });
});
