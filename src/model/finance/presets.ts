import type { Amount } from '../amount';
import { applyOperation, initialState } from '../apply';
import type { Operation } from '../operation';
import type { Cells } from '../operations/fields';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, isGroup, walkLines, type Plan } from '../plan';
import { say } from '../say';
import { computeTable, rowOf } from '../table';

/**
 * Scenario presets over a base: each year's own figures (the plan's), or
 * one base year's carried into every year after it. Zero real growth keeps
 * the base's purchasing power, so the chosen lines (all by default) are
 * recosted for inflation, compounded from the base; zero nominal growth
 * keeps the base's nominal Total each year, the recosted lines brought back
 * to it through the reduction (inflation absorbed). Years before a base
 * year are left as planned.
 */
export type Preset = 'zero-real-growth' | 'zero-nominal-growth';

/** Each preset's name in the person's language, read when it is shown (getters). */
export const PRESET_NAMES: Readonly<Record<Preset, string>> = {
  get 'zero-real-growth'() {
    return say('model.preset.zeroRealGrowth');
  },
  get 'zero-nominal-growth'() {
    return say('model.preset.zeroNominalGrowth');
  },
};

export interface PresetOptions {
  /** The base year whose figures every later year starts from; absent, each year starts from its own. */
  readonly baseYear?: string;
  /** The lines recosted (a group: its lines); absent, all. */
  readonly lines?: readonly string[];
}

/** Every later year given the base year's amounts, of each line with amounts of its own and of the reduction: one operation. */
function carried(base: Plan, baseYear: string): Operation | null {
  const b = base.years.indexOf(baseYear);
  if (b === -1) throw new RangeError(`${baseYear} is not a year of the plan`);
  const later = base.years.slice(b + 1);
  if (later.length === 0) return null;
  const amounts: Record<string, Record<string, Amount>> = {};
  for (const { line } of walkLines(base.lines)) if (!isGroup(line)) amounts[line.code] = Object.fromEntries(later.map((year) => [year, line.amounts[b]!]));
  amounts[REDUCTION_ID] = Object.fromEntries(later.map((year) => [year, base.reduction.amounts[b]!]));
  // Said in the language of the moment and kept so in the proposal, as a note a person writes is.
  return { op: 'setMany', amounts: amounts as Cells, source: say('model.preset.baseYearSource', { year: baseYear }) };
}

export function presetOperations(preset: Preset, base: Plan, rates: Readonly<Record<string, Amount>>, options: PresetOptions = {}): Operation[] {
  const carry = options.baseYear === undefined ? null : carried(base, options.baseYear);
  const start = carry === null ? base : applyOperation(initialState(base), carry).plan;
  // Inflation compounds from the base year: rates up to it are not costs the base has yet to meet.
  const from = options.baseYear === undefined ? -1 : base.years.indexOf(options.baseYear);
  const recostRates = Object.fromEntries(Object.entries(rates).filter(([year]) => base.years.indexOf(year) > from));
  const recost: Operation = { op: 'recost', rates: recostRates, lines: options.lines ?? base.lines.map((line) => line.code) };
  const operations = carry === null ? [recost] : [carry, recost];
  if (preset === 'zero-real-growth') return operations;
  const total = rowOf(computeTable(start), TOTAL_ID).years;
  const recosted = rowOf(computeTable(applyOperation(initialState(start), recost).plan), SUBTOTAL_ID).years;
  const amounts = Object.fromEntries(base.years.map((year, y) => [year, total[y]!.minus(recosted[y]!)]));
  return [...operations, { op: 'reduction', mode: 'amounts', amounts }];
}
