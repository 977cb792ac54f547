import { Dec, decimalText, type Amount, type NumberStyle } from './amount';
import { fromUnits, percentUnits, unitsText } from './fixedPoint';

/**
 * A share kept as the exact fraction `part / whole`. Nothing is divided until
 * a share is displayed, so shares of rows over the same Total add up to
 * exactly Total / Total = 100 %, whatever the figures.
 */
export interface Ratio {
  readonly part: Amount;
  readonly whole: Amount;
  /** The same part and whole as whole numbers of one unit, where the engine has them (fixedTable.ts): divided in integers. */
  readonly units?: readonly [part: number, whole: number];
}

/**
 * The share in per cent, rounded half-up to `places` decimals, computed with
 * integer division and remainder so that no intermediate rounding can move
 * a value that lies exactly on a half (36,065 → 36,07). `null` when the
 * whole is zero: a share of nothing is undefined, not 0 %.
 */
export function percentHalfUp(ratio: Ratio, places = 2): Amount | null {
  const inUnits = ratio.units === undefined ? null : percentUnits(ratio.units[0], ratio.units[1], places);
  if (inUnits !== null) return fromUnits(inUnits, places);
  if (ratio.whole.isZero()) return null;
  const scale = new Dec(10).pow(places);
  const numerator = ratio.part.abs().times(100).times(scale);
  const denominator = ratio.whole.abs();
  let quotient = numerator.divToInt(denominator);
  const remainder = numerator.minus(quotient.times(denominator));
  if (remainder.times(2).gte(denominator)) quotient = quotient.plus(1);
  const negative = ratio.part.isNegative() !== ratio.whole.isNegative() && !ratio.part.isZero();
  const percent = quotient.div(scale);
  return negative ? percent.negated() : percent;
}

/** `36,07%` in the document's style; `–` when the share is undefined. */
export function formatPercent(ratio: Ratio, style: NumberStyle, places = 2): string {
  // In integers where the engine has the figures in units: 20 000 shares written with no Decimal made.
  const inUnits = ratio.units === undefined ? null : percentUnits(ratio.units[0], ratio.units[1], places);
  if (inUnits !== null) return `${unitsText(inUnits, places).replace('.', style.decimal)}%`;
  const percent = percentHalfUp(ratio, places);
  if (percent === null) return '–';
  return `${decimalText(percent, style, places)}%`;
}

/** a − b, exact: what a share moved between two tables (× 100 gives percentage points). */
export function ratioDifference(a: Ratio, b: Ratio): Ratio {
  return { part: a.part.times(b.whole).minus(b.part.times(a.whole)), whole: a.whole.times(b.whole) };
}

/** Exact equality of two fractions, by cross-multiplication. */
export function ratioEquals(a: Ratio, b: Ratio): boolean {
  return a.part.times(b.whole).eq(b.part.times(a.whole));
}
