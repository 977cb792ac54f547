import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanLine } from '../../../src/model/plan';
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
  /** The periods' first and last years: single years, or biennia (a table with no years, as a financial plan by biennium). */
  readonly years: readonly { readonly first: number; readonly last: number }[];
  readonly names: readonly string[];
  readonly amounts: readonly (readonly number[])[];
  /** The yearly deduction, or null without one. */
  readonly deduction: readonly number[] | null;
  /** Where the lines split into two sections, or null for none. */
  readonly split: number | null;
  /** Whether the last line is an adjustment below zero in its first period (an exchange-rate adjustment, read as written). */
  readonly adjusts: boolean;
}

const ADJUSTMENT = 'Exchange rate adjustment';

const cleanArb: fc.Arbitrary<Clean> = fc
  .record({ first: fc.integer({ min: 2000, max: 2080 }), years: fc.integer({ min: 2, max: 7 }), span: fc.constantFrom(1, 2), lines: fc.integer({ min: 1, max: 12 }), hasDeduction: fc.boolean() })
  .chain(({ first, years, span, lines, hasDeduction }) =>
    fc.record({
      years: fc.constant(Array.from({ length: years }, (_, i) => ({ first: first + i * span, last: first + i * span + span - 1 }))),
      names: fc.uniqueArray(fc.constantFrom('Staff costs', 'Travel', 'Contractual services', 'Rental of premises', 'Supplies and materials', 'Furniture and equipment', 'Utilities', 'Audit', 'Conferences and meetings', 'Publications', 'Training', 'Information technology', 'Security', 'Interpretation'), { minLength: lines, maxLength: lines }),
      amounts: fc.array(fc.array(fc.integer({ min: 0, max: 9_999_999 }), { minLength: years, maxLength: years }), { minLength: lines, maxLength: lines }),
      deduction: hasDeduction ? fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: years, maxLength: years }) : fc.constant(null),
      split: lines >= 2 ? fc.option(fc.integer({ min: 1, max: lines - 1 })) : fc.constant(null),
      adjustment: fc.option(fc.array(fc.integer({ min: -99_999, max: 99_999 }), { minLength: years, maxLength: years })),
    }),
  )
  .map(({ adjustment, ...clean }) =>
    adjustment === null
      ? { ...clean, adjusts: false }
      : { ...clean, adjusts: true, names: [...clean.names, ADJUSTMENT], amounts: [...clean.amounts, [-1 - Math.abs(adjustment[0]!), ...adjustment.slice(1)]] },
  );

const periodId = ({ first, last }: Clean['years'][number]) => (first === last ? String(first) : `${first}-${last}`);
const total = (clean: Clean, y: number) => clean.amounts.reduce((sum, row) => sum + row[y]!, 0) - (clean.deduction?.[y] ?? 0);

const SECTIONS = ['Programmes', 'Programme support'];
/** The lines of each section: all in one, without sections. */
const sectionLines = (clean: Clean) => (clean.split === null ? [clean.names.map((_, i) => i)] : [clean.names.map((_, i) => i).slice(0, clean.split), clean.names.map((_, i) => i).slice(clean.split)]);
const sectionSums = (clean: Clean, lines: readonly number[]) => clean.years.map((_, y) => lines.reduce((sum, i) => sum + clean.amounts[i]![y]!, 0));

function cleanRows(clean: Clean): string[][] {
  const kind = (i: number) => (clean.adjusts && i === clean.names.length - 1 ? 'adjustment' : 'line');
  const line = (i: number, parent: string) => [String(i + 1), clean.names[i]!, kind(i), parent, ...clean.amounts[i]!.map(String)];
  const body =
    clean.split === null
      ? clean.names.map((_, i) => line(i, ''))
      : sectionLines(clean).flatMap((lines, s) => [[`G${s}`, SECTIONS[s]!, 'group', '', ...sectionSums(clean, lines).map(String)], ...lines.map((i) => line(i, `G${s}`))]);
  return [
    ['code', 'name', 'kind', 'parent', ...clean.years.map(periodId)],
    ...body,
    ...(clean.deduction ? [['reduction', 'Reduction', 'reduction', '', ...clean.deduction.map((d) => String(-d))]] : []),
    ['total', 'Total', 'total', '', ...clean.years.map((_, y) => String(total(clean, y)))],
  ];
}

interface Style {
  readonly titles: readonly string[];
  readonly heading: (period: Clean['years'][number]) => string;
  /** A column of each line's sum over the period, headed "Total 2021-2027". */
  readonly totalColumn: boolean;
  /** Numbered in a column of its own, or before the name in the name's cell. */
  readonly numbering: 'column' | 'name';
  readonly totalName: string;
  /** A deduction written as "Less: …" with positive figures, or as a reduction with negative ones. */
  readonly lessStyle: boolean;
  /**
   * How sections are shown: a heading row above their lines, a subtotal row below them, or both;
   * or as a spreadsheet outline, the heading's name (with the section's sums or none) one column left of its lines'.
   */
  readonly sections: 'heading' | 'subtotal' | 'both' | 'outline' | 'outline-sums';
  readonly subtotalName: (section: string) => string;
  /** Figures below zero written in brackets, or with a minus sign. */
  readonly brackets: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  titles: fc.subarray(['Table 4. Regular budget by object of expenditure', '(in thousands of Swiss francs)', '', 'Source: budget document, annex II'], { minLength: 0 }),
  heading: fc.constantFrom(
    (p: Clean['years'][number]) => periodId(p),
    (p: Clean['years'][number]) => (p.first === p.last ? `y${p.first}` : `${p.first}-${String(p.last).slice(2)}`),
    (p: Clean['years'][number]) => `FY${periodId(p)}`,
    (p: Clean['years'][number]) => `Budget ${periodId(p).replace('-', ' - ')}`,
    (p: Clean['years'][number]) => `${p.first === p.last ? p.first : `${p.first}/${p.last}`} Estimates`,
  ),
  totalColumn: fc.boolean(),
  numbering: fc.constantFrom('column' as const, 'name' as const),
  totalName: fc.constantFrom('Total', 'TOTAL', 'Grand total', 'Total regular budget'),
  lessStyle: fc.boolean(),
  sections: fc.constantFrom('heading' as const, 'subtotal' as const, 'both' as const, 'outline' as const, 'outline-sums' as const),
  subtotalName: fc.constantFrom(
    (section: string) => `${section} subtotal`,
    (section: string) => `Subtotal, ${section.toLowerCase()}`,
    (section: string) => `Total ${section.toLowerCase()}`,
  ),
  brackets: fc.boolean(),
});

function publishedRows(clean: Clean, drawn: Style): string[][] {
  // An outline numbers its lines in their names: a number in the outer column would put text in both.
  const isOutline = clean.split !== null && drawn.sections.startsWith('outline');
  const style = isOutline ? { ...drawn, numbering: 'name' as const } : drawn;
  const label = (i: number, name: string) => (style.numbering === 'column' ? [`${i + 1}.`, name] : ['', `${i + 1}. ${name}`]);
  // A figure below zero in brackets, as statements print it, or with a minus sign.
  const written = (figure: number) => {
    const text = Math.abs(figure).toLocaleString('en-US').replace(/,/g, ' ');
    return figure >= 0 ? text : style.brackets ? `(${text})` : `-${text}`;
  };
  const sum = (figures: readonly number[]) => (style.totalColumn ? [written(figures.reduce((a, b) => a + b, 0))] : []);
  const width = 2 + clean.years.length + (style.totalColumn ? 1 : 0);
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  return [
    ...style.titles.map((title) => pad([title])),
    pad([
      style.numbering === 'column' ? 'No.' : '',
      'Object of expenditure',
      ...clean.years.map(style.heading),
      ...(style.totalColumn ? [`Total ${clean.years[0]!.first}-${clean.years.at(-1)!.last}`] : []),
    ]),
    ...sectionLines(clean).flatMap((lines, s) => {
      const inSections = clean.split !== null;
      const sums = sectionSums(clean, lines);
      const outlined = style.sections === 'outline-sums' ? [SECTIONS[s]!, '', ...sums.map(written), ...sum(sums)] : pad([SECTIONS[s]!]);
      const heading = !inSections || style.sections === 'subtotal' ? [] : isOutline ? [outlined] : [pad([`${'AB'[s]}. ${SECTIONS[s]}`])];
      const closing = inSections && (style.sections === 'subtotal' || style.sections === 'both') ? [['', style.subtotalName(SECTIONS[s]!), ...sums.map(written), ...sum(sums)]] : [];
      return [...heading, ...lines.map((i) => [...label(i, clean.names[i]!), ...clean.amounts[i]!.map(written), ...sum(clean.amounts[i]!)]), ...closing];
    }),
    ...(clean.deduction
      ? [['', style.lessStyle ? 'Less: efficiency savings' : 'Reduction', ...clean.deduction.map((d) => (style.lessStyle ? String(d) : String(-d))), ...sum(clean.deduction.map((d) => (style.lessStyle ? d : -d)))]]
      : []),
    // An outline's Total stands in the outer column, as its headings do.
    [...(isOutline ? [style.totalName, ''] : ['', style.totalName]), ...clean.years.map((_, y) => written(total(clean, y))), ...sum(clean.years.map((_, y) => total(clean, y)))],
    pad(['Note: figures may not add up owing to rounding.']),
  ];
}

/** What a plan holds, codes aside: years, each line's name and amounts, the reduction's amounts. */
function structure(rows: string[][]) {
  const preview = interpretTable({ name: 'table.csv', rows, decimal: '.' }, current);
  const read = (line: PlanLine): unknown[] => ('amounts' in line ? [line.name, line.amounts.map((a) => a.toFixed()), line.signed === true] : [line.name, line.children.map(read)]);
  const lines = preview.plan.lines.map(read);
  return { years: preview.plan.years, period: preview.plan.periodLabel, lines, reduction: preview.plan.reduction.amounts.map((a) => a.toFixed()), mismatches: preview.mismatches.length };
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

/** A table whose columns are categories (Sectors, objectives), clean and as published: titles, a Total column and a % column or not, nil as a blank or a dash. */
const categoriesArb = fc
  .record({ categories: fc.uniqueArray(fc.constantFrom('GS', 'BR', 'TSB', 'BDT', 'Objective 1', 'Objective 2', 'Objective 3', 'Regional offices', 'Headquarters'), { minLength: 2, maxLength: 6 }), lines: fc.integer({ min: 1, max: 10 }) })
  .chain(({ categories, lines }) =>
    fc.record({
      categories: fc.constant(categories),
      names: fc.uniqueArray(fc.constantFrom('Staff costs', 'Travel', 'Contractual services', 'Rental of premises', 'Supplies and materials', 'Utilities', 'Audit', 'Publications', 'Training', 'Security'), { minLength: lines, maxLength: lines }),
      amounts: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9_999_999 })), { minLength: categories.length, maxLength: categories.length }), { minLength: lines, maxLength: lines }),
      titles: fc.subarray(['Table 7. Expenses by object and Sector', '(CHF thousands)', ''], { minLength: 0 }),
      totalColumn: fc.boolean(),
      nil: fc.constantFrom('0', '', '–', '-'),
      totalName: fc.constantFrom('Total', 'TOTAL', 'Grand total'),
    }),
  );

describe('a published table of categories, detected', () => {
  it('reads the Sectors as its columns, whatever the titles, the nil and the Total column, as the clean table', () => {
    fc.assert(
      fc.property(categoriesArb, (drawn) => {
        // A named row with every cell blank heads a section: a line left all blank cannot be told from one, so a line has a figure.
        const t = { ...drawn, amounts: drawn.amounts.map((row) => (drawn.nil === '' && row.every((v) => v === 0) ? [1, ...row.slice(1)] : row)) };
        const sums = t.categories.map((_, c) => t.amounts.reduce((sum, row) => sum + row[c]!, 0));
        const clean = [['code', 'name', ...t.categories], ...t.names.map((name, i) => [`L${i + 1}`, name, ...t.amounts[i]!.map(String)]), ['total', 'Total', ...sums.map(String)]];
        const written = (figure: number) => (figure === 0 ? t.nil : figure.toLocaleString('en-US').replace(/,/g, ' '));
        const rowTotal = (figures: readonly number[]) => (t.totalColumn ? [written(figures.reduce((a, b) => a + b, 0))] : []);
        const published = [
          ...t.titles.map((title) => [title]),
          ['Object of expenditure', ...t.categories, ...(t.totalColumn ? ['Total'] : [])],
          ...t.names.map((name, i) => [name, ...t.amounts[i]!.map(written), ...rowTotal(t.amounts[i]!)]),
          [t.totalName, ...sums.map(written), ...rowTotal(sums)],
        ];
        const read = structure(published);
        expect(read).toEqual({ ...structure(clean), mismatches: 0 });
        expect(read.years).toEqual(t.categories);
      }),
      { numRuns: 200 },
    );
  });
});
