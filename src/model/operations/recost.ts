import { Dec, ZERO, type Amount } from '../amount';
import { apportion } from '../apportion';
import { isGroup, isMemo, walkLines, type PlanLine } from '../plan';
import { say } from '../say';
import { listComma } from '../words';
import { editing, type OperationDef } from './define';
import { HUNDRED, type Edit } from './edit';
import { OperationError } from './state';

/**
 * Recosting: each year's amounts of the chosen lines raised by inflation,
 * compounded exactly from the plan's first year (a rate given for 2029
 * raises 2029 and every year after it). Each year the recosted lines'
 * exact total is rounded half-up once, then apportioned back over them by
 * largest remainder: the year's total is exact to the unit, and each line
 * within a unit and a half of its exact figure (a unit of its own rounding,
 * half of the total's).
 */
export interface RecostOperation {
  readonly op: 'recost';
  /** Per cent a year (2 = +2 %); a year not given is 0 %. */
  readonly rates: Readonly<Record<string, Amount>>;
  readonly lines: readonly string[];
}

/** Each year's compounded factor: Π (1 + rate ÷ 100) from the first year up to it, exactly. */
export function compounded(years: readonly string[], rates: Readonly<Record<string, Amount>>): Amount[] {
  let factor = new Dec(1);
  return years.map((year) => {
    factor = factor.times(HUNDRED.plus(rates[year] ?? ZERO).div(HUNDRED));
    return factor;
  });
}

/** The lines with amounts of their own that the chosen ones cover (a group: its lines), unlocked, "of which" lines left out. */
function recosted(edit: Edit, codes: readonly string[]): string[] {
  const leaves = new Set<string>();
  for (const code of codes) {
    const { line } = edit.info(code);
    const under: PlanLine[] = isGroup(line) ? [...walkLines(line.children)].map((entry) => entry.line) : [line];
    for (const leaf of under) if (!isGroup(leaf) && !isMemo(leaf) && !edit.isLocked(leaf.code)) leaves.add(leaf.code);
  }
  if (leaves.size === 0) throw new OperationError(say('model.refuse.nothingToRecost'));
  return [...leaves];
}

export const recost: OperationDef<RecostOperation> = {
  get label() {
    return say('model.op.recost.label');
  },
  fields: {
    rates: { kind: 'byYear', label: () => say('model.field.inflation'), of: 'percent' },
    lines: { kind: 'lines', label: () => say('model.field.linesRecosted') },
  },
  apply: editing((edit, op) => {
    for (const [year, rate] of Object.entries(op.rates)) {
      edit.yearIndex(year);
      if (rate.lte(-100)) throw new OperationError(say('model.refuse.inflationTooLow', { rate: rate.toFixed(), year }));
    }
    const codes = recosted(edit, op.lines);
    const factors = compounded(edit.plan.years, op.rates);
    factors.forEach((factor, y) => {
      if (factor.eq(1)) return;
      const exact = codes.map((code) => edit.current(code, y).times(factor));
      const total = exact.reduce((acc, value) => acc.plus(value), ZERO).toDecimalPlaces(edit.plan.precision, Dec.ROUND_HALF_UP);
      const parts = apportion(total, exact, edit.plan.precision);
      // Lines all at zero stay at zero: there is nothing to recost. Lines of
      // both signs (an adjustment below zero among them) have no proportion
      // to share one rounding by: each is rounded on its own.
      if (parts === null && exact.every((value) => value.isZero())) return;
      const written = parts ?? exact.map((value) => value.toDecimalPlaces(edit.plan.precision, Dec.ROUND_HALF_UP));
      codes.forEach((code, i) => edit.write(code, y, written[i]!));
    });
  }),
  describe: (op, words) => {
    const rates = Object.entries(op.rates).map(([year, rate]) => say('model.words.valueInYear', { value: words.percent(rate), year }));
    return say('model.op.recost.describe', { lines: listComma(op.lines), rates: listComma(rates) });
  },
};
