import { Dec, ZERO, type Amount } from './amount';

/**
 * Splits `total` into parts proportional to `weights` so that the parts add
 * up to `total` exactly, each part at `scale` decimals (largest remainder
 * method, also called Hamilton's): every part gets the whole units of its
 * exact quota, and the units left over go to the largest remainders, ties to
 * the part that comes first. Works in whole units of 10^-scale with integer
 * division, so no rounding happens anywhere else.
 *
 * Weights all of zero or less (an adjustment below zero in every year) are
 * taken by their size. Returns `null` when there is nothing to be
 * proportional to: no weights, weights that add up to zero, or weights of
 * both signs.
 */
export function apportion(total: Amount, signedWeights: readonly Amount[], scale: number): Amount[] | null {
  const isBelow = (w: Amount) => w.isNegative() && !w.isZero();
  const isAbove = (w: Amount) => w.isPositive() && !w.isZero();
  if (signedWeights.length === 0 || (signedWeights.some(isBelow) && signedWeights.some(isAbove))) return null;
  const weights = signedWeights.some(isBelow) ? signedWeights.map((w) => w.abs()) : signedWeights;
  const sumOfWeights = weights.reduce((acc, w) => acc.plus(w), ZERO);
  if (sumOfWeights.isZero()) return null;
  const unit = new Dec(10).pow(scale);
  const units = total.times(unit);
  if (!units.isInteger()) throw new RangeError(`apportion: ${total.toFixed()} has more than ${scale} decimals`);
  const isNegative = units.isNegative();
  const whole = units.abs();

  const floors: Amount[] = [];
  const remainders: Amount[] = [];
  for (const weight of weights) {
    const numerator = whole.times(weight);
    const floor = numerator.divToInt(sumOfWeights);
    floors.push(floor);
    remainders.push(numerator.minus(floor.times(sumOfWeights)));
  }
  let left = whole.minus(floors.reduce((acc, f) => acc.plus(f), ZERO)).toNumber(); // < weights.length: a count, not an amount
  const order = weights.map((_, i) => i).sort((a, b) => remainders[b]!.comparedTo(remainders[a]!) || a - b);
  const parts = floors.slice();
  for (const i of order) {
    if (left <= 0) break;
    parts[i] = parts[i]!.plus(1);
    left--;
  }
  return parts.map((part) => {
    const value = part.div(unit);
    return isNegative && !value.isZero() ? value.negated() : value;
  });
}

/** Splits `total` into `count` equal parts, exactly; the units left over go to the first parts. */
export function splitEvenly(total: Amount, count: number, scale: number): Amount[] {
  return apportion(
    total,
    Array.from({ length: count }, () => new Dec(1)),
    scale,
  )!;
}
