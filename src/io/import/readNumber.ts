import { t } from '../../i18n/t';
import { withoutFootnote } from './figureText';
import { ZERO, parseAmount, parsePercent, withoutPercentSign, type Amount, type NumberStyle, type Readings } from '../../model/amount';

const CURRENCY = '(?:US\\$|\\$|€|£|¥|CHF|USD|EUR|GBP|Fr\\.)';
const CURRENCY_BEFORE = new RegExp(`^\\s*([-−(]?)\\s*${CURRENCY}\\s*(?=[\\d(.,-])`, 'i');
const CURRENCY_AFTER = new RegExp(`(?<=[\\d)])\\s*${CURRENCY}\\s*$`, 'i');

/** Decimals a figure in a file may have before the plan's precision is known. */
export const MAX_SCALE = 6;

/** A figure of the file: its value, or null with why the text is not a number (no error for an empty cell). */
export interface ReadNumber {
  readonly value: Amount | null;
  readonly error: string | null;
  /** For a figure that reads two ways (`5,000`): both readings, for a check that can tell which one the file means. */
  readonly readings?: Readings;
}

/**
 * A cell's text as a number, in the file's decimal mark (grouping with the
 * other mark, or spaces and apostrophes); a share may end with "%".
 */
export function readNumber(text: string, decimal: ',' | '.', isPercent = false, scale = MAX_SCALE): ReadNumber {
  const style: NumberStyle = { id: 'import', group: decimal === ',' ? '.' : ',', decimal };
  // A currency written in the cell ("$1,200,000", "€ 1 200", "1 200 CHF") is the unit's, said above the table: the figure is the rest.
  const bare = withoutFootnote((isPercent ? withoutPercentSign(text) : text).replace(CURRENCY_BEFORE, '$1').replace(CURRENCY_AFTER, ''));
  if (bare === '') return { value: null, error: null };
  // Published tables write nil as a dash: "–" is 0, not a sign without digits.
  if (/^[-–—]$/.test(bare.trim())) return { value: ZERO, error: null };
  // A share may carry either decimal mark where only a decimal mark can be meant (`36.07%` in a file of decimal commas).
  const result = isPercent ? parsePercent(bare, { style, scale }) : parseAmount(bare, { style, scale });
  if (result.ok) return { value: result.value, error: null };
  const { message, readings } = result.error;
  return { value: null, error: t('import.number.notRead', { text: bare, reason: message }), ...(readings ? { readings } : {}) };
}
