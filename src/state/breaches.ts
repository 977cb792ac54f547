import type { NumberStyle } from '../model/amount';
import { formatShown, type DisplayUnit } from '../model/displayUnit';
import type { Plan } from '../model/plan';
import type { Entry, Replay } from '../model/proposal';
import { breaches, type Breach } from '../model/validity';

/**
 * The rules a replayed scenario breaks, in words as shown, kept per replay:
 * the store's check of a change and the panels read the same ones, and a
 * replay (one per scenario, see replays.ts) is scanned once per way of
 * showing figures, not on every change and in every component.
 */
const cache = new WeakMap<Replay, { readonly key: string; readonly value: Breach[] }>();

export function breachesOf(replayed: Replay, entries: readonly Entry[], plan: Plan, style: NumberStyle, displayUnit: DisplayUnit): Breach[] {
  const key = `${style.id}|${displayUnit}|${plan.id}`;
  const found = cache.get(replayed);
  if (found?.key === key) return found.value;
  const value = breaches(replayed, entries, (amount) => formatShown(amount, plan, style, displayUnit));
  cache.set(replayed, { key, value });
  return value;
}
