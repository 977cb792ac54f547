import { t } from '../i18n/t';

/*
 * How the store's messages put words together, in the language chosen: a
 * name in quotes, a list, sentences one after the other. Asked each time a
 * message is made, never kept: the language can change while the app runs.
 */

/** A name as messages quote it: “Proposal 1”. */
export const quoted = (text: string): string => t('state.join.quoted', { text });

/** Items of a list: "TP1, TP2". */
export const commaList = (items: readonly string[]): string => items.join(t('state.join.comma'));

/** Items that are sentences' parts of their own: "TP1, 2028: 5 for 5 000; TP2, 2029: …". */
export const semicolonList = (items: readonly string[]): string => items.join(t('state.join.semicolon'));

/** Sentences one after the other, the empty ones left out. */
export const sentences = (...parts: readonly string[]): string => {
  const [first = '', ...rest] = parts.filter((part) => part !== '');
  return rest.reduce((before, next) => t('state.join.sentences', { first: before, second: next }), first);
};

/** What was refused and why: "TP1 Spectrum…, 2028: …". */
export const at = (where: string, reason: string): string => t('state.join.at', { where, reason });
