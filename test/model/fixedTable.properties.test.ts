import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../src/model/amount';
import { changedCells } from '../../src/model/compare';
import { computeDecimalTable } from '../../src/model/decimalTable';
import { computeFixedTable, rowUnits } from '../../src/model/fixedTable';
import { fromUnits, percentUnits, toUnits } from '../../src/model/fixedPoint';
import { percentHalfUp } from '../../src/model/share';
import { sharesOutOfRange } from '../../src/model/validity';
import { isGroup, walkLines, withAmount, type Plan, type PlanLine } from '../../src/model/plan';
import { computeTable, layoutOf, rowCopy, rowOf, updateTable, type Table } from '../../src/model/table';
import { planArb } from '../support/arbitraries';
import { tableText } from '../support/tableText';

/**
 * The fixed-point path (whole units in safe integers) against the decimal.js
 * reference, figure for figure: random plans scaled from small amounts up past
 * 2^53 units (where it must hand over to decimal.js), with "of which" lines,
 * some amounts with more decimals than the plan's precision, and random edits.
 */

const RUNS = { numRuns: 300 };

/** A plan's amounts multiplied by `factor`; every `memo`-marked leaf that has a line before it made an "of which" line; one amount given an extra decimal where `odd`. */
function reshaped(plan: Plan, factor: Amount, memos: readonly boolean[], odd: boolean): Plan {
  let leaf = 0;
  let extra = odd;
  const scale = (amounts: readonly Amount[]) =>
    amounts.map((amount) => {
      const scaled = amount.times(factor);
      if (!extra) return scaled;
      extra = false;
      return scaled.plus(new Dec(1).div(new Dec(10).pow(plan.precision + 1)));
    });
  const lines = (list: readonly PlanLine[]): PlanLine[] =>
    list.map((line, i) => {
      if (isGroup(line)) return { ...line, children: lines(line.children) };
      const memo = i > 0 && (memos[leaf++ % memos.length] ?? false);
      return { ...line, amounts: scale(line.amounts), ...(memo ? { memo: true } : {}) };
    });
  return { ...plan, lines: lines(plan.lines), reduction: { ...plan.reduction, amounts: scale(plan.reduction.amounts) } };
}

const FACTORS = ['1', '1000', '1000000', '10000000', '9007199'].map((f) => new Dec(f));
const scaledPlanArb = fc
  .record({ plan: planArb, factor: fc.constantFrom(...FACTORS), memos: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), odd: fc.boolean() })
  .map(({ plan, factor, memos, odd }) => reshaped(plan, factor, memos, odd && plan.precision < 6));

const inputIds = (plan: Plan) => [...[...walkLines(plan.lines)].filter(({ line }) => !isGroup(line)).map(({ line }) => line.code), 'reduction'];

/** A plan with random edits of either sign, small and up past 2^53 units. */
const editedPlanArb = scaledPlanArb.chain((plan) =>
  fc.record({
    plan: fc.constant(plan),
    edits: fc.array(
      fc.record({ rowId: fc.constantFrom(...inputIds(plan)), year: fc.constantFrom(...plan.years), units: fc.oneof(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n })) }),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

/** The plan with the edits made, and its table updated edit by edit as the app does; `afterEach` sees both after every edit. */
function editedTable(plan: Plan, edits: readonly { rowId: string; year: string; units: bigint }[], afterEach: (current: Plan, table: Table) => void = () => {}) {
  let current = plan;
  let table = computeTable(plan);
  for (const { rowId, year, units } of edits) {
    const value = new Dec(units.toString()).div(new Dec(10).pow(plan.precision));
    current = withAmount(current, rowId, year, value);
    table = updateTable(table, rowId, year, value);
    afterEach(current, table);
  }
  return { current, table };
}

describe('the fixed-point engine against the decimal reference', () => {
  it('computes every figure of every row as decimal.js does, or hands over to it; both ways taken', () => {
    const taken = { fixed: 0, decimal: 0 };
    fc.assert(
      fc.property(scaledPlanArb, (plan) => {
        const layout = layoutOf(plan);
        const reference = tableText(computeDecimalTable(plan, layout));
        const fixed = computeFixedTable(plan, layout);
        taken[fixed === null ? 'decimal' : 'fixed']++;
        if (fixed !== null) expect(tableText(fixed)).toEqual(reference);
        expect(tableText(computeTable(plan))).toEqual(reference);
      }),
      RUNS,
    );
    expect(taken.fixed).toBeGreaterThan(50);
    expect(taken.decimal).toBeGreaterThan(20);
  });

  it('after every one of a random sequence of edits, small and past the limit, the table is the reference’s for the edited plan', () => {
    const edited = scaledPlanArb.chain((plan) =>
      fc.record({
        plan: fc.constant(plan),
        edits: fc.array(
          fc.record({
            rowId: fc.constantFrom(...inputIds(plan)),
            year: fc.constantFrom(...plan.years),
            units: fc.oneof(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n })),
          }),
          { minLength: 1, maxLength: 20 },
        ),
      }),
    );
    fc.assert(
      fc.property(edited, ({ plan, edits }) => {
        editedTable(plan, edits, (current, table) => expect(tableText(table)).toEqual(tableText(computeDecimalTable(current, layoutOf(current)))));
      }),
      RUNS,
    );
  });
});

describe('cells that differ between two tables, in integers', () => {
  it('are the cells the decimal reference finds, share marks included, after random edits up past 2^53', () => {
    const marks = (changes: ReadonlyMap<string, ReadonlySet<string>>) => [...changes].map(([row, cells]) => `${row}: ${[...cells].sort().join(' ')}`).sort();
    fc.assert(
      fc.property(editedPlanArb, ({ plan, edits }) => {
        const { current, table } = editedTable(plan, edits);
        const reference = changedCells(computeDecimalTable(current, layoutOf(current)), computeDecimalTable(plan, layoutOf(plan)));
        expect(marks(changedCells(table, computeTable(plan)))).toEqual(marks(reference));
      }),
      RUNS,
    );
  });

  it('find the shares outside 0–100 % that the decimal reference finds, after random edits of either sign', () => {
    let outside = 0;
    fc.assert(
      fc.property(editedPlanArb, ({ plan, edits }) => {
        const { current, table } = editedTable(plan, edits);
        const found = sharesOutOfRange(table);
        outside += found.length;
        expect(found).toEqual(sharesOutOfRange(computeDecimalTable(current, layoutOf(current))));
      }),
      RUNS,
    );
    // Both kinds of answer were met.
    expect(outside).toBeGreaterThan(0);
  });
});

describe('shares in integers', () => {
  it('round half-up to the same per cent as decimal.js, small figures and figures near 2^53', () => {
    let inIntegers = 0;
    const units = fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }));
    fc.assert(
      fc.property(units, units, fc.integer({ min: 0, max: 4 }), (part, whole, places) => {
        const decimal = percentHalfUp({ part: new Dec(part), whole: new Dec(whole) }, places);
        const integer = percentUnits(part, whole, places);
        if (integer !== null) inIntegers++;
        expect(percentHalfUp({ part: new Dec(part), whole: new Dec(whole), units: [part, whole] }, places)?.toFixed()).toBe(decimal?.toFixed());
      }),
      { numRuns: 2000 },
    );
    expect(inIntegers).toBeGreaterThan(500);
    // A half exactly, either sign: 36,065 % → 36,07 %.
    expect(percentUnits(36065, 100000, 2)).toBe(3607);
    expect(percentUnits(-36065, 100000, 2)).toBe(-3607);
  });
});

describe('whole units in safe integers', () => {
  it('takes an amount that is a whole number of units within 2^53 − 1, and nothing else', () => {
    expect(toUnits(new Dec('9007199254740991'), 0)).toBe(9007199254740991);
    expect(toUnits(new Dec('9007199254740992'), 0)).toBeNull();
    expect(toUnits(new Dec('-90071992547.40991'), 5)).toBe(-9007199254740991);
    expect(toUnits(new Dec('1.005'), 2)).toBeNull();
    expect(toUnits(new Dec('-0'), 0)).toBe(0);
    expect(fromUnits(-5, 2).toFixed()).toBe('-0.05');
    expect(fromUnits(123456, 3).toFixed()).toBe('123.456');
  });

  it('hands a sum past 2^53 − 1 to decimal.js, which keeps it exact', () => {
    const plan = computePlanOf(['9007199254740991', '1']);
    expect(computeFixedTable(plan, layoutOf(plan))).toBeNull();
    expect(rowOf(computeTable(plan), 'total').total.toFixed()).toBe('9007199254740992');
  });

  it('makes a row’s Decimals once, when read; a copy keeps its figures, and is no longer taken for a row of its own', () => {
    const plan = computePlanOf(['5', '7']);
    const table = computeTable(plan);
    const total = rowOf(table, 'total');
    expect(rowUnits(total)?.total).toBe(12);
    expect(total.total).toBe(total.total);
    const copy = rowCopy(total, { name: 'Copy' });
    expect([copy.name, copy.years.map(String), copy.total.toFixed()]).toEqual(['Copy', ['12'], '12']);
    expect(rowUnits(copy)).toBeUndefined();
    // Why rows are copied with rowCopy: a spread leaves the figures behind.
    expect(({ ...total } as { years?: unknown }).years).toBeUndefined();
  });
});

/** A one-year plan of top-level lines with these amounts, no reduction. */
function computePlanOf(amounts: readonly string[]): Plan {
  return fc.sample(planArb, { seed: 1, numRuns: 1 }).map(
    (plan): Plan => ({
      ...plan,
      precision: 0,
      years: ['2030'],
      biennia: [],
      lines: amounts.map((amount, i) => ({ code: `L${i}`, name: `Line ${i}`, amounts: [new Dec(amount)] })),
      reduction: { name: 'Reduction', amounts: [new Dec(0)] },
    }),
  )[0]!;
}
