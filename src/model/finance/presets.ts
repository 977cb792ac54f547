import type { Amount } from '../amount';
import type { Operation } from '../operation';
import { TOTAL_ID, type Plan } from '../plan';
import { rowOf, type Table } from '../table';

/**
 * Scenario presets over a base (the scenario shown): zero real growth keeps
 * the base's purchasing power, so every line is recosted for inflation;
 * zero nominal growth keeps the base's nominal Total, so the recosted lines
 * are brought back to it through the reduction (inflation absorbed).
 */
export type Preset = 'zero-real-growth' | 'zero-nominal-growth';

export const PRESET_NAMES: Readonly<Record<Preset, string>> = { 'zero-real-growth': 'Zero real growth', 'zero-nominal-growth': 'Zero nominal growth' };

export function presetOperations(preset: Preset, plan: Plan, base: Table, rates: Readonly<Record<string, Amount>>): Operation[] {
  const recost: Operation = { op: 'recost', rates, lines: plan.lines.map((line) => line.code) };
  if (preset === 'zero-real-growth') return [recost];
  return [recost, { op: 'reduction', mode: 'target', total: rowOf(base, TOTAL_ID).total, profile: 'subtotal' }];
}
