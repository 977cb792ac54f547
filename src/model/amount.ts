import Decimal from 'decimal.js';
import { say } from './say';

/**
 * Amounts: the one place that decides how money is represented, read,
 * rounded and written.
 *
 * | setting            | value                          | why |
 * |--------------------|--------------------------------|-----|
 * | representation     | `Decimal` (decimal.js), never a JS number | binary floats cannot hold 0.1 or a thousand-line sum exactly |
 * | working precision  | 60 significant digits          | sums of thousands of 15-digit amounts stay exact |
 * | amount size        | at most {@link MAX_DIGITS} significant digits | a spreadsheet cell (IEEE double) keeps 15 digits exactly, so exports stay exact |
 * | scale              | decimal places an amount may carry, set by the plan (`precision`, default 0 = whole CHF thousands) | inputs with more are refused, never silently rounded |
 * | display rounding   | half-up (`ROUND_HALF_UP`)      | how the document and Excel round shares (36,065… → 36,07) |
 *
 * Shares are exact ratios (see share.ts) rounded only for display. Operations
 * that must split an amount (later: pro-rata, spreading) apportion by largest
 * remainder, ties to whichever comes first in the plan.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

/** A money amount. Always an instance made by {@link Dec}. */
export type Amount = Decimal;

export const ZERO: Amount = new Dec(0);

/** Largest number of significant digits an amount may have. */
export const MAX_DIGITS = 15;

/** How numbers are written: the thousands separator and the decimal mark. */
export interface NumberStyle {
  readonly id: string;
  /** Inserted between groups of three digits when formatting. */
  readonly group: string;
  readonly decimal: ',' | '.';
}

/** The document's own style: `57 023`, `-1 000`, `36,07%`. */
export const DOCUMENT_STYLE: NumberStyle = { id: 'document', group: ' ', decimal: ',' };
/** Swiss: `57'023`, `36.07%`. */
export const SWISS_STYLE: NumberStyle = { id: 'swiss', group: "'", decimal: '.' };
/** English: `57,023`, `36.07%`. */
export const ENGLISH_STYLE: NumberStyle = { id: 'english', group: ',', decimal: '.' };
export const NUMBER_STYLES: readonly NumberStyle[] = [DOCUMENT_STYLE, SWISS_STYLE, ENGLISH_STYLE];

/** Characters always accepted between thousands: space, no-break space, narrow no-break space, ' and ’. */
const SPACE_SEPARATORS = [' ', '\u00a0', '\u202f'];
const APOSTROPHE_SEPARATORS = ["'", '\u2019'];
const MINUS_SIGNS = ['-', '\u2212'];

export type AmountErrorCode =
  | 'empty'
  | 'invalid-character'
  | 'misplaced-sign'
  | 'wrong-decimal-mark'
  | 'bad-grouping'
  | 'malformed'
  | 'too-many-decimals'
  | 'too-large'
  | 'ambiguous';

/** The two readings of a figure like `5,000` or `5.000`: the mark between thousands, or the mark before decimals. */
export interface Readings {
  readonly thousands: Amount;
  readonly decimal: Amount;
}

/** Why a text is not an amount. Returned, never thrown, by {@link parseAmount}. */
export class AmountError extends Error {
  override readonly name = 'AmountError';
  constructor(
    readonly code: AmountErrorCode,
    message: string,
    /** For `ambiguous`: what each reading gives. */
    readonly readings?: Readings,
  ) {
    super(message);
  }
}

export type ParseResult = { ok: true; value: Amount } | { ok: false; error: AmountError };

export interface ParseOptions {
  /** The style whose decimal mark (and thousands separator) input may use. */
  readonly style: NumberStyle;
  /** Decimal places allowed (the plan's precision). */
  readonly scale: number;
  /**
   * Text a program wrote (this app's files), whose mark is exactly the
   * style's: `5.000` is five. Text a person typed or pasted is read with
   * suspicion instead: see {@link ambiguity}.
   */
  readonly isProgramText?: boolean;
}

const fail = (code: AmountErrorCode, message: string): ParseResult => ({
  ok: false,
  error: new AmountError(code, message),
});

function separatorClass(ch: string, style: NumberStyle): string | null {
  if (SPACE_SEPARATORS.includes(ch)) return 'space';
  if (APOSTROPHE_SEPARATORS.includes(ch)) return 'apostrophe';
  if (ch === style.group && ch !== style.decimal) return 'style';
  return null;
}

/**
 * Reads an amount typed or pasted by a person: digits, optionally grouped by
 * threes with one kind of thousands separator, the style's decimal mark, and
 * a leading `-`/`−` or surrounding parentheses for a negative amount.
 * Never throws: any other text gives an {@link AmountError} saying what is wrong.
 * Trailing zero decimals beyond the scale are accepted (`1 000,00` is 1 000);
 * any other decimal beyond it is refused rather than rounded.
 */
export function parseAmount(text: string, options: ParseOptions): ParseResult {
  const { style, scale } = options;
  if (typeof text !== 'string') return fail('malformed', say('model.amount.notText'));
  let s = text.trim();
  if (s === '') return fail('empty', say('model.amount.empty'));
  if (s.length > 64) return fail('too-large', say('model.amount.tooLong', { digits: String(MAX_DIGITS) }));

  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  } else if (MINUS_SIGNS.includes(s.charAt(0))) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (s === '') return fail('malformed', say('model.amount.signOnly'));
  if (options.isProgramText !== true) {
    const twoWays = ambiguity(s, negative, style, scale);
    if (twoWays !== null) return { ok: false, error: twoWays };
  }

  const otherMark = style.decimal === ',' ? '.' : ',';
  let integerPart = '';
  let fraction: string | null = null;
  const separators = new Set<string>();
  const groupSizes: number[] = [0];
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      if (fraction === null) {
        integerPart += ch;
        groupSizes[groupSizes.length - 1]! += 1;
      } else fraction += ch;
      continue;
    }
    if (ch === style.decimal) {
      if (fraction !== null) return fail('malformed', say('model.amount.twoDecimalMarks', { mark: style.decimal }));
      fraction = '';
      continue;
    }
    const kind = separatorClass(ch, style);
    if (kind !== null) {
      if (fraction !== null) return fail('bad-grouping', say('model.amount.separatorAfterMark'));
      separators.add(kind);
      groupSizes.push(0);
      continue;
    }
    if (MINUS_SIGNS.includes(ch) || ch === '(' || ch === ')' || ch === '+') {
      return fail('misplaced-sign', say('model.amount.misplacedSign', { sign: ch }));
    }
    if (ch === otherMark) return fail('wrong-decimal-mark', say('model.amount.wrongDecimalMark', { mark: ch, decimal: style.decimal }));
    return fail('invalid-character', say('model.amount.invalidCharacter', { character: ch }));
  }

  if (integerPart === '') return fail('malformed', say('model.amount.noDigitsBeforeMark'));
  if (fraction === '') return fail('malformed', say('model.amount.endsWithMark'));
  if (separators.size > 1) return fail('bad-grouping', say('model.amount.mixedSeparators'));
  if (separators.size === 1) {
    const [first, ...rest] = groupSizes;
    if (first === undefined || first < 1 || first > 3 || rest.some((size) => size !== 3)) {
      return fail('bad-grouping', say('model.amount.badGroups'));
    }
    // No number grouped in thousands begins with 0 (`0,001` is not one).
    if (integerPart.startsWith('0')) return fail('bad-grouping', say('model.amount.separatorAfterZero'));
  }

  const value = new Dec(`${negative ? '-' : ''}${integerPart}.${fraction ?? '0'}`);
  if (value.decimalPlaces() > scale) {
    return fail('too-many-decimals', scale === 0 ? say('model.amount.wholeUnits') : say('model.amount.tooManyDecimals', { scale }));
  }
  if (!value.isZero() && value.precision(true) > MAX_DIGITS) {
    return fail('too-large', say('model.amount.tooLarge', { digits: String(MAX_DIGITS) }));
  }
  // -0 and 0 are the same amount; keep one of them.
  return { ok: true, value: value.isZero() ? ZERO : value };
}

/** A percentage as people write it, without its sign: `13 %`, `13%` and `13` all read as 13. */
/** A percentage's figure without its sign, a negative one in brackets too: "36.07%", "(5.0%)" → "36.07", "(5.0)". */
export const withoutPercentSign = (text: string): string => text.replace(/\s*%\s*$/, '').replace(/^(\s*\([^()%]*?)\s*%\s*\)\s*$/, '$1)');

/** The one mark of a figure, when what follows it (one or two digits, or four and more) cannot be a group of three thousands. */
const ONLY_DECIMAL = /^[^.,]*([.,])(\d{1,2}|\d{4,})\)?$/;

/**
 * Reads a percentage (a share, a rate, a weight) as people write it: with or
 * without its sign (`13 %`, `13%`), and with either decimal mark where no
 * other reading is possible. Thousands come in groups of three, so a comma
 * or a point followed by one, two, or four and more digits is a decimal mark
 * in every style: `13,5` and `13.5` are 13.5 whatever the style. One followed
 * by exactly three (`13,500`) still reads two ways and is refused, naming
 * both readings in per cent (`sign`; none for a weight).
 */
export function parsePercent(text: string, options: ParseOptions, sign = ' %'): ParseResult {
  const bare = withoutPercentSign(text.trim());
  const mark = ONLY_DECIMAL.exec(bare)?.[1];
  const result = parseAmount(mark === undefined ? bare : bare.replace(mark, options.style.decimal), options);
  if (result.ok || result.error.readings === undefined) return result;
  const { thousands, decimal } = result.error.readings;
  const [asDecimal, asThousands] = [decimalText(decimal, options.style), formatAmount(thousands, { ...options.style, group: ' ' }, 0)];
  const decimalTyped = readsTwoWays(asDecimal) ? decimalText(decimal, options.style, 4) : asDecimal;
  const twoWays = /[.,]/.exec(bare)?.[0] ?? '';
  return {
    ok: false,
    error: new AmountError(
      'ambiguous',
      say('model.amount.percentTwoWays', { decimal: `${asDecimal}${sign}`, thousands: `${asThousands}${sign}`, mark: twoWays, typed: `${decimalTyped}${sign}` }),
      result.error.readings,
    ),
  };
}

/** Reads an amount written by a program (files of this app): `-1000`, `57.5`. */
export function parseCanonicalAmount(text: string, scale: number): ParseResult {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return fail('malformed', say('model.amount.notPlain'));
  return parseAmount(text, { style: { id: 'canonical', group: '', decimal: '.' }, scale, isProgramText: true });
}

/**
 * A comma or a point followed by exactly three digits (`5,000`, `57.023`)
 * means thousands in one common style and decimals in another: a thousandfold
 * error if taken the wrong way, and in tables kept in whole thousands the
 * decimal reading is almost never meant. Such a figure is never taken
 * silently, whatever the style: the error names both readings, so the person
 * (or a form offering both) chooses. Returns null when the text reads one way:
 * `0,125` has no thousands reading (no group begins with 0).
 */
const TWO_WAYS = /^([1-9]\d{0,2})([.,])(\d{3})$/;

/** Whether a figure's text reads two ways (see {@link ambiguity}): what a program writing figures for people must avoid. */
export const readsTwoWays = (text: string): boolean => TWO_WAYS.test(text.replace(/^[-\u2212(]/, '').replace(/\)$/, ''));

function ambiguity(digits: string, negative: boolean, style: NumberStyle, scale: number): AmountError | null {
  const match = TWO_WAYS.exec(digits);
  if (match === null) return null;
  const [, whole, mark, three] = match as unknown as [string, string, string, string];
  const sign = negative ? '-' : '';
  const thousands = new Dec(`${sign}${whole}${three}`);
  const decimal = new Dec(`${sign}${whole}.${three}`);
  const asThousands = formatAmount(thousands, { ...style, group: ' ' }, 0);
  const asDecimal = decimalText(decimal, style);
  // How to type the decimal reading so that it reads one way: whole, or with a fourth decimal.
  const decimalTyped = decimal.isInteger() ? asDecimal : decimalText(decimal, style, 4);
  const values = { thousands: asThousands, decimal: asDecimal, mark, typed: decimalTyped };
  return new AmountError(
    'ambiguous',
    decimal.decimalPlaces() <= scale ? say('model.amount.twoWays', values) : say('model.amount.twoWaysNoDecimals', values),
    { thousands: thousands.isZero() ? ZERO : thousands, decimal: decimal.isZero() ? ZERO : decimal },
  );
}

/**
 * Grouping by Intl.NumberFormat, fed the exact decimal text (never a float):
 * the digits and where the groups fall come from Intl, the separator and the
 * decimal mark from the style. One formatter per number of decimals.
 */
const groupers = new Map<number, Intl.NumberFormat>();
function grouper(scale: number): Intl.NumberFormat {
  let found = groupers.get(scale);
  if (found === undefined) {
    found = new Intl.NumberFormat('en-US', { useGrouping: true, minimumFractionDigits: scale, maximumFractionDigits: scale });
    groupers.set(scale, found);
  }
  return found;
}

/** Writes an amount in a number style with exactly `scale` decimals, rounded half-up: `-1 000`, `57'023`, `12,50`. */
export function formatAmount(value: Amount, style: NumberStyle, scale: number): string {
  const fixed = value.toFixed(scale); // half-up, never exponent notation
  const isNegative = fixed.startsWith('-') && !/^-[0.]*$/.test(fixed);
  const parts = grouper(scale).formatToParts(fixed.replace(/^-/, '') as `${number}`);
  const text = parts.map((part) => (part.type === 'group' ? style.group : part.type === 'decimal' ? style.decimal : part.value)).join('');
  return `${isNegative ? '-' : ''}${text}`;
}

/**
 * A decimal (a share, a percentage, a weight) with the style's decimal mark
 * and no grouping: `36,07`, `0.5`. With `places`, rounded half-up to that many.
 */
export function decimalText(value: Amount, style: Pick<NumberStyle, 'decimal'>, places?: number): string {
  return (places === undefined ? value.toFixed() : value.toFixed(places)).replace('.', style.decimal);
}

/** Writes an amount for a program (files of this app): `-1000`, `57.5`. */
export function canonicalAmount(value: Amount): string {
  return value.toFixed();
}
