import type { Amount } from '../amount';
import { applyOperation, initialState } from '../apply';
import type { Operation } from '../operation';
import { SUBTOTAL_ID, TOTAL_ID, type Plan } from '../plan';
import { computeTable, rowOf } from '../table';

/**
 * Scenario presets over a base (the plan's own figures, its base period):
 * zero real growth keeps the base's purchasing power, so every line is
 * recosted for inflation; zero nominal growth keeps each year's nominal
 * Total of the base, so the recosted lines are brought back to it through
 * the reduction, year by year (inflation absorbed).
 */
export type Preset = 'zero-real-growth' | 'zero-nominal-growth';

export const PRESET_NAMES: Readonly<Record<Preset, string>> = { 'zero-real-growth': 'Zero real growth', 'zero-nominal-growth': 'Zero nominal growth' };

export function presetOperations(preset: Preset, base: Plan, rates: Readonly<Record<string, Amount>>): Operation[] {
  const recost: Operation = { op: 'recost', rates, lines: base.lines.map((line) => line.code) };
  if (preset === 'zero-real-growth') return [recost];
  const total = rowOf(computeTable(base), TOTAL_ID).years;
  const recosted = rowOf(computeTable(applyOperation(initialState(base), recost).plan), SUBTOTAL_ID).years;
  const amounts = Object.fromEntries(base.years.map((year, y) => [year, total[y]!.minus(recosted[y]!)]));
  return [recost, { op: 'reduction', mode: 'amounts', amounts }];
}
