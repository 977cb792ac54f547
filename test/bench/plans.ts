import { Dec } from '../../src/model/amount';
import type { Plan, PlanLine } from '../../src/model/plan';
import { publishedAppendix } from '../../src/state/baseline';
import type { FloatLine, FloatPlan } from './floatEngine';

/** `groups` groups of `perGroup` lines × 12 years, six biennia; amounts from a fixed pseudo-random sequence (the same plan every run). */
export function generatedPlan(groups: number, perGroup = 10): Plan {
  const years = Array.from({ length: 12 }, (_, i) => String(2030 + i));
  let seed = 20282031;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 100000;
  const lines: PlanLine[] = Array.from({ length: groups }, (_, g) => ({
    code: `G${g}`,
    name: `Group ${g}`,
    children: Array.from({ length: perGroup }, (_, c) => ({
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

/** The same plan in plain numbers, for the float twin of the engine. */
export function toFloat(plan: Plan): FloatPlan {
  const line = (l: PlanLine): FloatLine =>
    'children' in l ? { code: l.code, children: l.children.map(line) } : { code: l.code, amounts: l.amounts.map(Number) };
  return {
    years: plan.years,
    yearsOfBiennium: plan.biennia.map((b) => b.years.map((y) => plan.years.indexOf(y))),
    lines: plan.lines.map(line),
    reduction: plan.reduction.amounts.map(Number),
  };
}
