import fc from 'fast-check';
import { Dec, type Amount } from '../../src/model/amount';
import type { Operation } from '../../src/model/operation';
import { PUBLISHED_PLAN, isGroup, walkLines, type Biennium, type Plan, type PlanLine } from '../../src/model/plan';

/** An amount with `scale` decimals, from a whole number of its smallest units. */
export const amountArb = (scale: number, maxUnits = 10n ** 9n): fc.Arbitrary<Amount> =>
  fc.bigInt({ min: -maxUnits, max: maxUnits }).map((units) => new Dec(units.toString()).div(new Dec(10).pow(scale)));

interface Shape {
  readonly children?: readonly Shape[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({}),
    fc.record({ children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;

/**
 * Random plans: 1–8 top-level lines, some of them groups nested up to three
 * deep; 1–7 years, some paired into biennia and some left out of any;
 * precision 0–2; amounts of either sign.
 */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    yearCount: fc.integer({ min: 1, max: 7 }),
    firstYear: fc.integer({ min: 2000, max: 2090 }),
    pairing: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    precision: fc.integer({ min: 0, max: 2 }),
    shapes: fc.array(shapeArb, { minLength: 1, maxLength: 8 }),
  })
  .chain(({ yearCount, firstYear, pairing, precision, shapes }) => {
    const years = Array.from({ length: yearCount }, (_, i) => String(firstYear + i));
    const biennia: Biennium[] = [];
    for (let i = 0; i < years.length; i++) {
      if (pairing[i] && i + 1 < years.length) {
        biennia.push({ id: `${years[i]}-${years[i + 1]}`, years: [years[i]!, years[i + 1]!] });
        i++;
      }
    }
    let leafCount = 0;
    const countLeaves = (shape: Shape): void => {
      if (shape.children) shape.children.forEach(countLeaves);
      else leafCount++;
    };
    shapes.forEach(countLeaves);
    const yearly = fc.array(amountArb(precision), { minLength: yearCount, maxLength: yearCount });
    return fc.record({ leaves: fc.array(yearly, { minLength: leafCount, maxLength: leafCount }), reduction: yearly }).map(
      ({ leaves, reduction }): Plan => {
        let next = 0;
        let code = 0;
        const build = (shape: Shape): PlanLine => {
          code++;
          const id = `L${code}`;
          return shape.children
            ? { code: id, name: `Group ${id}`, children: shape.children.map(build) }
            : { code: id, name: `Line ${id}`, amounts: leaves[next++]! };
        };
        return {
          id: 'random',
          title: 'Random plan',
          source: 'fast-check',
          unit: 'units',
          precision,
          envelope: new Dec(0),
          note: '',
          years,
          biennia,
          periodLabel: `${years[0]}-${years.at(-1)}`,
          lines: shapes.map(build),
          reduction: { name: 'Reduction', amounts: reduction },
          ...PUBLISHED_PLAN,
        };
      },
    );
  });

/** Ids of the rows whose yearly cells are inputs: leaf lines and the reduction. */
export function inputRowIds(plan: Plan): string[] {
  return [...walkLines(plan.lines)].filter(({ line }) => !isGroup(line)).map(({ line }) => line.code).concat('reduction');
}

/** A plan with a random sequence of edits to its input cells. */
export const planWithEditsArb = planArb.chain((plan) => {
  const edit = fc.record({
    rowId: fc.constantFrom(...inputRowIds(plan)),
    year: fc.constantFrom(...plan.years),
    value: amountArb(plan.precision),
  });
  return fc.record({ plan: fc.constant(plan), edits: fc.array(edit, { minLength: 1, maxLength: 25 }) });
});

/** Random plans whose lines are all funded (no negative amount), as operations expect. */
export const fundedPlanArb: fc.Arbitrary<Plan> = planArb.map((plan) => {
  const abs = (line: PlanLine): PlanLine =>
    isGroup(line) ? { ...line, children: line.children.map(abs) } : { ...line, amounts: line.amounts.map((a) => a.abs()) };
  return { ...plan, lines: plan.lines.map(abs) };
});

/** Random operations on a plan: mostly about its own lines and years, sometimes about unknown ones. */
export function operationArb(plan: Plan): fc.Arbitrary<Operation> {
  const codes = [...walkLines(plan.lines)].map(({ line }) => line.code);
  const line = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...codes) }, { weight: 1, arbitrary: fc.constant('X9') });
  const year = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...plan.years) }, { weight: 1, arbitrary: fc.constant('1999') });
  const years = fc.subarray([...plan.years], { minLength: 1 });
  const small = amountArb(plan.precision, 10n ** 7n).map((a) => a.abs());
  const percent = fc.integer({ min: 0, max: 30000 }).map((n) => new Dec(n).div(100));
  const periods = fc.constantFrom(...plan.biennia.map((b) => b.id), 'total');
  return fc.oneof(
    fc.record({ op: fc.constant('set' as const), line: fc.oneof(line, fc.constant('reduction')), year, value: small }),
    fc.record({
      op: fc.constant('setMany' as const),
      amounts: fc.dictionary(fc.oneof(line, fc.constant('reduction')), fc.dictionary(year, small, { minKeys: 1, maxKeys: 3 }), { minKeys: 1, maxKeys: 4 }),
      source: fc.constantFrom('', 'budget.csv'),
    }),
    fc.record({ op: fc.constant('transfer' as const), from: line, to: line, amount: small, years }),
    fc.record({ op: fc.constant('scale' as const), line, percent, years, compensate: fc.constantFrom('none' as const, 'pro-rata' as const) }),
    fc.record({ op: fc.constant('setShare' as const), line, share: fc.integer({ min: 0, max: 6000 }).map((n) => new Dec(n).div(100)) }),
    fc.record({ op: fc.constant('spread' as const), line, period: periods, value: small, method: fc.constantFrom('proportional' as const, 'even' as const) }),
    fc.record({ op: fc.constantFrom('lock' as const, 'unlock' as const), line }),
    fc.record({
      op: fc.constant('reduction' as const),
      mode: fc.constant('target' as const),
      total: amountArb(plan.precision, 10n ** 10n),
      profile: fc.constantFrom('current' as const, 'even' as const, 'subtotal' as const),
    }),
    fc.record({ op: fc.constant('reduction' as const), mode: fc.constant('progressive' as const), first: amountArb(plan.precision, 10n ** 6n), step: amountArb(plan.precision, 10n ** 5n) }),
    fc.record({ op: fc.constant('reduction' as const), mode: fc.constant('rates' as const), rates: fc.dictionary(fc.constantFrom(...plan.years), percent, { minKeys: 1 }) }),
    fc.record({ op: fc.constant('envelope' as const), total: small }),
    fc.record({
      op: fc.constant('breakdown' as const),
      line,
      mode: fc.constant('weights' as const),
      parts: fc
        .array(fc.nat(20).map((n) => new Dec(n)), { minLength: 1, maxLength: 4 })
        .map((weights) => weights.map((weight, i) => ({ code: `B${i}-${weights.length}`, name: `Part ${i}`, weight }))),
    }),
    fc.record({ op: fc.constant('merge' as const), line }),
    fc.record({
      op: fc.constant('recost' as const),
      rates: fc.dictionary(year, fc.integer({ min: -500, max: 1500 }).map((n) => new Dec(n).div(100)), { minKeys: 1, maxKeys: 3 }),
      lines: fc.subarray(codes, { minLength: 1 }),
    }),
  );
}

/** A funded plan with a random sequence of operations. */
export const planWithOperationsArb = fundedPlanArb.chain((plan) =>
  fc.record({ plan: fc.constant(plan), operations: fc.array(operationArb(plan), { minLength: 1, maxLength: 15 }) }),
);
