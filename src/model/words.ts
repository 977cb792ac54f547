import { say } from './say';

/**
 * Lists in words, in the person's language: "2028, 2029 and 2030". The
 * separator and the "and" are messages, so that a language writes its own
 * ("2028、2029和2030"). Joined once, never message by message: a list may
 * name thousands of lines.
 */

/** Items separated by the language's comma: "TP1, TP2, TP3". */
export function listComma(items: readonly string[]): string {
  return items.join(say('model.list.separator'));
}

/** Items with the last joined by the language's "and": "TP1, TP2 and TP3"; one item alone, none empty. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return say('model.list.and', { items: listComma(items.slice(0, -1)), last: items.at(-1)! });
}
