import type { MessageId } from '../../i18n/english';
import { t } from '../../i18n/t';

/** Items listed as the language writes a list: "2028, 2029" (Chinese "2028、2029"). */
export const listed = (items: readonly (string | number)[]): string => items.join(t('import.list.comma'));

/** Items listed with semicolons, for items that hold commas: "row 3, column C; row 4, column D". */
export const listedBySemicolons = (items: readonly (string | number)[]): string => items.join(t('import.list.semicolon'));

/** Items listed with "and": "rows 3 and 7". */
export const listedByAnd = (items: readonly (string | number)[]): string => items.join(t('import.list.and'));

/** What stands for a placeholder while a message's words are matched: no text of a file holds it. */
const MARK = '\u0000';

/**
 * Whether a text is the message `id` in the language shown, whatever its
 * placeholders (all text: `names`) hold: a note told apart by its words, not
 * by the English it had once.
 */
export function isMessage(text: string, id: MessageId, names: readonly string[]): boolean {
  const parts = t(id, Object.fromEntries(names.map((name) => [name, MARK]))).split(MARK);
  const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(text);
}
