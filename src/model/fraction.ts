import { Dec, type Amount } from './amount';
import { say } from './say';

/**
 * A fraction as people write contributory classes and ratios: "1/16",
 * "1/5", or a whole number and a fraction, "2 1/2". Taken only where its
 * decimal is exact (a denominator of twos and fives: 1/16 is 0.0625); "1/3"
 * has no exact decimal and is refused rather than rounded.
 */
export type FractionRead = { readonly ok: true; readonly value: Amount } | { readonly ok: false; readonly message: string };

const FRACTION = /^\s*(?:(\d{1,9})\s+)?(\d{1,9})\s*\/\s*(\d{1,9})\s*$/;

/** The fraction `text` writes; null when it writes none (a plain figure is read as one). */
export function readFraction(text: string): FractionRead | null {
  const match = FRACTION.exec(text);
  if (match === null) return null;
  const [, whole = '0', numerator = '0', denominator = '1'] = match;
  const below = new Dec(denominator);
  if (below.isZero()) return { ok: false, message: say('model.amount.dividesByZero') };
  // Only twos and fives below the line give a decimal that ends.
  let rest = below;
  for (const factor of [2, 5]) while (rest.mod(factor).isZero()) rest = rest.div(factor);
  if (!rest.eq(1)) {
    const decimal = new Dec(numerator).div(below).toSignificantDigits(8).toString();
    return { ok: false, message: say('model.amount.inexactFraction', { fraction: `${numerator}/${denominator}`, decimal }) };
  }
  return { ok: true, value: new Dec(whole).plus(new Dec(numerator).div(below)) };
}

/** Member States' classes go from 1/16 to 40 units: a number of units is a whole number of sixteenths. */
export const SIXTEENTH = new Dec(1).div(16);
export const isSixteenths = (value: Amount): boolean => value.div(SIXTEENTH).isInteger();
