import { Dec, type Amount } from './amount';

/**
 * Amounts as whole numbers of the plan's smallest unit (amount × 10^precision)
 * held in plain JS numbers: the fast exact path of the engine. Exact because
 * every value stays a safe integer: an addition of two safe integers whose
 * exact result is within ±(2^53 − 1) is computed without rounding. A value
 * that is not a whole number of units, or does not fit, gives null, and the
 * caller computes with decimal.js instead (the reference, see decimalTable.ts).
 */

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** |n| of an integer (Math stays out of the engine, so that no float function slips into an amount unseen). */
export const abs = (n: number): number => (n < 0 ? -n : n);

/** Inputs converted once: a plan's arrays of amounts are immutable and kept from one version of the plan to the next. */
export interface ScaledAmounts {
  readonly units: readonly number[];
  /** Σ |units|: a bound on every sum these take part in. */
  readonly magnitude: number;
}

const converted = new Map<number, WeakMap<readonly Amount[], ScaledAmounts | null>>();

/** One amount in units of 10^-scale, or null where it is not a whole number of them or is not a safe integer. */
export function toUnits(amount: Amount, scale: number): number | null {
  const scaled = scale === 0 ? amount : amount.times(POWERS[scale]!);
  if (!scaled.isInteger()) return null;
  // `|| 0`: a negative zero adds up as zero, as decimal.js sums it.
  const units = scaled.toNumber() || 0;
  return Number.isSafeInteger(units) ? units : null;
}

/** A row of amounts in units, from a cache keyed by the array itself; null where one does not fit. */
export function scaledAmounts(amounts: readonly Amount[], scale: number): ScaledAmounts | null {
  let cache = converted.get(scale);
  if (cache === undefined) converted.set(scale, (cache = new WeakMap()));
  const known = cache.get(amounts);
  if (known !== undefined) return known;
  let magnitude = 0;
  const units: number[] = [];
  let fits = true;
  for (const amount of amounts) {
    const value = toUnits(amount, scale);
    if (value === null) {
      fits = false;
      break;
    }
    units.push(value);
    magnitude += abs(value);
  }
  const result = fits && Number.isSafeInteger(magnitude) ? { units, magnitude } : null;
  cache.set(amounts, result);
  return result;
}

/** The amount a number of units stands for, exactly. */
export function fromUnits(units: number, scale: number): Amount {
  return new Dec(scale === 0 ? units : unitsText(units, scale));
}

/** A number of units written as its amount with all `scale` decimals, as `toFixed(scale)` writes it: `-0.05`, `123.456`. */
export function unitsText(units: number, scale: number): string {
  if (scale === 0) return String(units);
  const digits = abs(units).toString().padStart(scale + 1, '0');
  return `${units < 0 ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The sum of two safe integers, or null where its exact value would not be one (it would be rounded). */
export function addUnits(a: number, b: number): number | null {
  const sum = a + b;
  return abs(sum) <= Number.MAX_SAFE_INTEGER ? sum : null;
}

/**
 * `part / whole` in per cent, rounded half-up to `places` decimals, as a whole
 * number of 10^-places per cent: the integer twin of percentHalfUp (share.ts),
 * for a part and a whole in the same units. Null where the whole is zero or a
 * product would leave the safe integers (the caller divides in decimal.js).
 */
export function percentUnits(part: number, whole: number, places: number): number | null {
  const numerator = abs(part) * 100 * POWERS[places]!;
  const denominator = abs(whole);
  if (denominator === 0 || !Number.isSafeInteger(numerator) || 2 * denominator > Number.MAX_SAFE_INTEGER) return null;
  // `%` of two safe integers is exact, and so is the division of what it leaves.
  const remainder = numerator % denominator;
  let quotient = (numerator - remainder) / denominator;
  if (remainder * 2 >= denominator) quotient++;
  const negative = part < 0 !== whole < 0 && part !== 0;
  return negative ? -quotient : quotient;
}
