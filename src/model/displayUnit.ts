import { Dec, formatAmount, readsTwoWays, type Amount, type NumberStyle } from './amount';
import type { Plan } from './plan';

/**
 * Showing amounts in millions instead of the plan's thousands: for display
 * only, the figures never change. Shown with one decimal; typed and pasted
 * figures are read in the unit shown, exactly (up to the plan's precision,
 * that is three more decimals in millions), and stored in the plan's unit.
 */
export type DisplayUnit = 'plan' | 'millions';

const THOUSAND = new Dec(1000);

/** Millions make sense for a plan counted in thousands. */
export const canShowMillions = (plan: Plan): boolean => /thousands/i.test(plan.unit);

const isMillions = (plan: Plan, unit: DisplayUnit) => unit === 'millions' && canShowMillions(plan);

export function unitLabel(plan: Plan, unit: DisplayUnit): string {
  return isMillions(plan, unit) ? plan.unit.replace(/thousands/i, (word) => (word[0] === 'T' ? 'Millions' : 'millions')) : plan.unit;
}

/** Decimal places an amount is shown with: the plan's precision, one in millions. */
export const shownScale = (plan: Plan, unit: DisplayUnit): number => (isMillions(plan, unit) ? 1 : plan.precision);

/** An amount as shown: `57 023` in thousands, `57,0` in millions (one decimal, half-up). */
export function formatShown(value: Amount, plan: Plan, style: NumberStyle, unit: DisplayUnit): string {
  return formatAmount(toShown(value, plan, unit), style, shownScale(plan, unit));
}

/** Most decimals a figure beyond the plan's precision is shown with (units × a unit value carry up to 7). */
const MAX_SHOWN_DECIMALS = 6;

/**
 * A figure that may carry more decimals than the plan's amounts (revenue from
 * units × a unit value): with them, in the plan's unit, so that a surplus of
 * 0,072 never reads "surplus 0"; as {@link formatShown} otherwise.
 */
export function formatWithDecimals(value: Amount, plan: Plan, style: NumberStyle, unit: DisplayUnit): string {
  const places = value.decimalPlaces();
  if (places <= plan.precision) return formatShown(value, plan, style, unit);
  return formatAmount(value, style, places < MAX_SHOWN_DECIMALS ? places : MAX_SHOWN_DECIMALS);
}

/**
 * An amount exactly, in the unit shown, for the clipboard: `57023`, or
 * `57.0230` in millions: a fourth decimal where three would read two ways
 * (`57.023`), so that what is copied pastes back as it was. No grouping:
 * Excel reads it whatever its locale.
 */
export function formatExact(value: Amount, plan: Plan, style: NumberStyle, unit: DisplayUnit): string {
  const plain: NumberStyle = { id: 'exact', group: '', decimal: style.decimal };
  const shown = toShown(value, plan, unit);
  const text = formatAmount(shown, plain, inputScale(plan, unit));
  return readsTwoWays(text) ? formatAmount(shown, plain, inputScale(plan, unit) + 1) : text;
}

/**
 * An amount for a person to read beside words that say what it is (a
 * reading of a figure that reads two ways): in the unit shown, grouped as the
 * style writes it, with the decimals it has and no more: `5 000` and `5` in
 * millions, not `5 000,000`.
 */
export function formatReading(value: Amount, plan: Plan, style: NumberStyle, unit: DisplayUnit): string {
  const shown = toShown(value, plan, unit);
  return formatAmount(shown, style, shown.decimalPlaces());
}

/** Decimal places a typed figure may have in the unit shown. */
export const inputScale = (plan: Plan, unit: DisplayUnit): number => (isMillions(plan, unit) ? plan.precision + 3 : plan.precision);

/** An amount in the unit shown, exactly: 57.023 for 57 023 thousands shown in millions. */
export const toShown = (value: Amount, plan: Plan, unit: DisplayUnit): Amount => (isMillions(plan, unit) ? value.div(THOUSAND) : value);

/** A typed figure, read in the unit shown, in the plan's unit. */
export const fromShown = (value: Amount, plan: Plan, unit: DisplayUnit): Amount => (isMillions(plan, unit) ? value.times(THOUSAND) : value);
