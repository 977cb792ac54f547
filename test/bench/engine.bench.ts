import { bench, describe } from 'vitest';
import { Dec } from '../../src/model/amount';
import type { Plan, PlanLine } from '../../src/model/plan';
import { computeTable, updateTable } from '../../src/model/table';
import { baselinePlan, publishedAppendix } from '../../src/state/baseline';
import { computeFloatTable, updateFloatTable, type FloatLine, type FloatPlan } from './floatEngine';

// Timings only: `npm run bench` prints them with the ratio of each decimal
// workload to its plain-float twin. Nothing here fails on time.

function toFloat(plan: Plan): FloatPlan {
  const line = (l: PlanLine): FloatLine =>
    'children' in l ? { code: l.code, children: l.children.map(line) } : { code: l.code, amounts: l.amounts.map(Number) };
  return {
    years: plan.years,
    yearsOfBiennium: plan.biennia.map((b) => b.years.map((y) => plan.years.indexOf(y))),
    lines: plan.lines.map(line),
    reduction: plan.reduction.amounts.map(Number),
  };
}

/** 2 000 lines × 12 years, in 200 groups of 10, six biennia; amounts from a fixed pseudo-random sequence. */
function generatedPlan(): Plan {
  const years = Array.from({ length: 12 }, (_, i) => String(2030 + i));
  let seed = 20282031;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 100000;
  const lines: PlanLine[] = Array.from({ length: 200 }, (_, g) => ({
    code: `G${g}`,
    name: `Group ${g}`,
    children: Array.from({ length: 10 }, (_, c) => ({
      code: `G${g}.${c}`,
      name: `Line ${g}.${c}`,
      amounts: years.map(() => new Dec(next())),
    })),
  }));
  return {
    ...publishedAppendix(),
    years,
    biennia: Array.from({ length: 6 }, (_, b) => ({ id: `${years[2 * b]}-${years[2 * b + 1]}`, years: [years[2 * b]!, years[2 * b + 1]!] })),
    periodLabel: `${years[0]}-${years[11]}`,
    lines,
    reduction: { name: 'Reduction', amounts: years.map(() => new Dec(-1000)) },
  };
}

const appendix = baselinePlan();
const appendixFloat = toFloat(appendix);
const large = generatedPlan();
const largeFloat = toFloat(large);
const largeTable = computeTable(large);
const largeFloatTable = computeFloatTable(largeFloat);
let edit = 0;

describe('Appendix A, full computation', () => {
  bench('decimal engine', () => void computeTable(appendix));
  bench('plain floats', () => void computeFloatTable(appendixFloat));
});

describe('2 000 lines × 12 years, full computation', () => {
  bench('decimal engine', () => void computeTable(large), { time: 2000 });
  bench('plain floats', () => void computeFloatTable(largeFloat), { time: 2000 });
});

describe('2 000 lines × 12 years, one cell changed (incremental)', () => {
  bench('decimal engine', () => void updateTable(largeTable, 'G117.3', '2035', new Dec(++edit % 90000)));
  bench('plain floats', () => void updateFloatTable(largeFloatTable, 'G117.3', 5, ++edit % 90000));
});
