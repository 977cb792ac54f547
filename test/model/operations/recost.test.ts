import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../../src/model/amount';
import { applyOperation, initialState } from '../../../src/model/apply';
import { PRESET_NAMES, presetOperations } from '../../../src/model/finance/presets';
import { compounded } from '../../../src/model/operations/recost';
import { isGroup, walkLines, type Plan } from '../../../src/model/plan';
import { replay } from '../../../src/model/proposal';
import { computeTable, rowOf } from '../../../src/model/table';
import { publishedAppendix } from '../../../src/state/baseline';
import { fundedPlanArb } from '../../support/arbitraries';
import { tryApply } from '../../support/tryApply';

const ratesArb = (plan: Plan) => fc.dictionary(fc.constantFrom(...plan.years), fc.integer({ min: -500, max: 2000 }).map((n) => new Dec(n).div(100)), { minKeys: 1 });
const leaves = (plan: Plan) => [...walkLines(plan.lines)].filter(({ line }) => !isGroup(line) && line.memo !== true).map(({ line }) => line.code);
const entry = (operation: Parameters<typeof applyOperation>[1], i: number) => ({ id: String(i), operation, rationale: '', at: '', enabled: true });

describe('recosting', () => {
  it('compounds exactly: 2 % then 3 % is 1,0506 in the second year, on Appendix A to the unit', () => {
    expect(compounded(['2028', '2029', '2030'], { '2028': new Dec(2), '2029': new Dec(3) }).map((f) => f.toFixed())).toEqual(['1.02', '1.0506', '1.0506']);
    const plan = publishedAppendix();
    const after = computeTable(applyOperation(initialState(plan), { op: 'recost', rates: { '2028': new Dec(2), '2029': new Dec(3) }, lines: ['TP1', 'TP2', 'TP3', 'TP4', 'TP5'] }).plan);
    // 2028: 163 160 × 1,02 = 166 423,2 → 166 423; 2029: 161 498 × 1,0506 = 169 669,7988 → 169 670.
    expect(['2028', '2029'].map((year) => rowOf(after, 'subtotal').years[plan.years.indexOf(year)]!.toFixed())).toEqual(['166423', '169670']);
    expect(rowOf(after, 'TP2').years[0]!.toFixed()).toBe('3410');
  });

  it('keeps the counterexample found: a year’s total exact, its large line a unit below its figure beside two small ones', () => {
    const d = (text: string) => new Dec(text);
    const base = publishedAppendix();
    const plan: Plan = {
      ...base,
      precision: 2,
      years: ['2066', '2067'],
      biennia: [],
      periodLabel: '2066-2067',
      lines: [
        { code: 'L1', name: 'L1', amounts: [d('874461.11'), d('0.1')] },
        { code: 'L2', name: 'L2', amounts: [d('4947906.12'), d('0.1')] },
        { code: 'L3', name: 'L3', amounts: [d('10000000'), d('10000000')] },
      ],
      reduction: { name: 'Reduction', amounts: [d('0'), d('0')] },
    };
    const after = computeTable(applyOperation(initialState(plan), { op: 'recost', rates: { '2066': d('6.67') }, lines: ['L1', 'L2', 'L3'] }).plan);
    // 2067: 0,10667 + 0,10667 + 10 667 000 = 10 667 000,21334 → 10 667 000,21 in all.
    expect(['L1', 'L2', 'L3', 'subtotal'].map((code) => rowOf(after, code).years[1]!.toFixed())).toEqual(['0.11', '0.11', '10666999.99', '10667000.21']);
  });

  it('at 0 % is the identity, on random plans', () => {
    fc.assert(
      fc.property(fundedPlanArb, (plan) => {
        const rates = Object.fromEntries(plan.years.map((year) => [year, ZERO]));
        const after = applyOperation(initialState(plan), { op: 'recost', rates, lines: plan.lines.map((l) => l.code) }).plan;
        expect(after.lines).toEqual(plan.lines);
      }),
      { numRuns: 60 },
    );
  });

  it('rounds each year’s recosted total once, and keeps each line within a unit and a half of its exact figure, on random plans', () => {
    fc.assert(
      fc.property(fundedPlanArb.chain((plan) => fc.record({ plan: fc.constant(plan), rates: ratesArb(plan) })), ({ plan, rates }) => {
        const before = computeTable(plan);
        const outcome = tryApply(initialState(plan), { op: 'recost', rates, lines: plan.lines.map((l) => l.code) });
        // Refused only where every line is locked or an "of which": said, nothing changed.
        if (outcome === null) return;
        const after = computeTable(outcome.plan);
        const unit = new Dec(10).pow(-plan.precision);
        compounded(plan.years, rates).forEach((factor, y) => {
          const exact = leaves(plan).map((code) => rowOf(before, code).years[y]!.times(factor));
          const total = exact.reduce((acc, v) => acc.plus(v), ZERO);
          expect(rowOf(after, 'subtotal').years[y]!.eq(total.toDecimalPlaces(plan.precision, Dec.ROUND_HALF_UP))).toBe(true);
          // Largest remainder puts each part within a unit of its quota, and the quota of the rounded total
          // lies within half a unit of the exact figure (10 667 000 can become 10 666 999,99 beside 0,10667 → 0,11).
          leaves(plan).forEach((code, i) => expect(rowOf(after, code).years[y]!.minus(exact[i]!).abs().lt(unit.times(1.5))).toBe(true));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('zero nominal growth keeps every year’s nominal Total; zero real growth raises it by inflation, on random plans', () => {
    let kept = 0;
    fc.assert(
      fc.property(fundedPlanArb.chain((plan) => fc.record({ plan: fc.constant(plan), rates: ratesArb(plan) })), ({ plan, rates }) => {
        const base = computeTable(plan);
        const nominal = replay(initialState(plan), presetOperations('zero-nominal-growth', plan, rates).map(entry));
        // Refused only where every line is locked or an "of which": said, nothing changed.
        if (nominal.failures.size > 0) return;
        kept++;
        rowOf(base, 'total').years.forEach((value, y) => expect(rowOf(nominal.table, 'total').years[y]!.eq(value)).toBe(true));
        const real = replay(initialState(plan), presetOperations('zero-real-growth', plan, rates).map(entry));
        expect(real.failures.size).toBe(0);
      }),
      { numRuns: 60 },
    );
    expect(kept).toBeGreaterThan(30);
    expect(PRESET_NAMES['zero-nominal-growth']).toBe('Zero nominal growth');
  });

  it('from a base year: every later year starts from its figures; zero nominal growth keeps its Total, zero real growth recosts only the chosen lines', () => {
    let kept = 0;
    const arb = fundedPlanArb.chain((plan) => fc.record({ plan: fc.constant(plan), rates: ratesArb(plan), base: fc.constantFrom(...plan.years), some: fc.subarray(plan.lines.map((line) => line.code), { minLength: 1 }) }));
    fc.assert(
      fc.property(arb, ({ plan, rates, base, some }) => {
        const b = plan.years.indexOf(base);
        const before = computeTable(plan);
        const nominal = replay(initialState(plan), presetOperations('zero-nominal-growth', plan, rates, { baseYear: base }).map(entry));
        if (nominal.failures.size > 0) return; // every line locked or an "of which": said, nothing changed
        kept++;
        const total = rowOf(before, 'total').years;
        rowOf(nominal.table, 'total').years.forEach((value, y) => expect(value.eq(y > b ? total[b]! : total[y]!)).toBe(true));
        // Zero real growth on some lines: the others carry the base year's figures unchanged; a year up to the base is as planned.
        const real = replay(initialState(plan), presetOperations('zero-real-growth', plan, rates, { baseYear: base, lines: some }).map(entry));
        expect(real.failures.size).toBe(0);
        const chosen = new Set(some.flatMap((code) => [...walkLines(plan.lines.filter((line) => line.code === code))].map(({ line }) => line.code)));
        for (const code of leaves(plan)) {
          rowOf(real.table, code).years.forEach((value, y) => {
            const expected = y <= b ? rowOf(before, code).years[y]! : rowOf(before, code).years[b]!;
            expect(chosen.has(code) || value.eq(expected)).toBe(true);
          });
        }
      }),
      { numRuns: 50 },
    );
    expect(kept).toBeGreaterThan(25);
  });
});
