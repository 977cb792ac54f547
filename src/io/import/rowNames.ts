import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../model/plan';

/**
 * The document and the app's workbooks leave the code of Subtotal, reduction
 * and Total empty; published tables name them in many ways: "Subtotal",
 * "Programme support subtotal", "Total", "Grand total", "TOTAL REVENUE", "Gross total",
 * "Less: estimated income".
 */
/** A line shown inside the one above it, not added to the total: "of which: overtime", "thereof", "including", "dont". */
export const OF_WHICH = /^[(\s\-–•·]*(of which|o\/w|thereof|incl(?:\.|uding)|dont|de los cuales)(?=\b|\s|:)/i;

/** A row of percentages, not amounts: "in % of GNI", "as a percentage of GNI", "In % of the total". */
export const PERCENT_ROW = /%|\bper ?cent\b|\bpercentage\b/i;

/** A name that takes its figures off what is above it: "Less: estimated income", "Moins : recettes", "Menos", "Abzüglich", "За вычетом", "Deduct…". */
export const isSubtracting = (name: string) => /^(less|moins|menos|abzüglich|minus|за вычетом|минус)(?=$|[\s:,.])|^deduct|^déd|^减[：:]?|^ناقص|^مطروح/i.test(name.trim());

// Where a word ends: a space, a mark or the end (`\b` knows no letters but Latin ones).
const END = '(?=$|[\\s:,.;()])';
/** Subtotal in the six languages and German: "Sous-total", "Zwischensumme", "Промежуточный итог", "小计", "المجموع الفرعي". */
const SUBTOTAL_WORDS = new RegExp(`\\b(sub|sous)-?total\\b|zwischensumme|промежуточный итог|小计|المجموع الفرعي|الإجمالي الفرعي`, 'i');
/** The words for a total other than "(Grand) total": "Totale", "Gesamt", "Summe", "Insgesamt", "Итого", "Всего", "合计", "总计", "المجموع", "الإجمالي". */
const OTHER_TOTAL_WORDS = 'totale|gesamt\\p{L}*|summe|insgesamt|итого|всего|общий итог|合计|总计|总额|共计|المجموع|الإجمالي|مجموع';
/** Total at the start of a name, in any of the languages. */
const TOTAL_WORDS = new RegExp(`^((grand\\s+)?total|${OTHER_TOTAL_WORDS})${END}`, 'iu');

/** A closing row's name without its words for a total or subtotal, in any of the languages: "Programme support subtotal" → "Programme support", "小计" → "". */
export const withoutTotalWords = (name: string): string =>
  name.replace(new RegExp(SUBTOTAL_WORDS.source, 'giu'), ' ').replace(new RegExp(`\\b(grand\\s+)?total\\b|${OTHER_TOTAL_WORDS}`, 'giu'), ' ');

export const codeByName = (name: string) =>
  SUBTOTAL_WORDS.test(name)
    ? SUBTOTAL_ID
    : TOTAL_WORDS.test(name.trim()) || /\btotal$/i.test(name.trim())
      ? TOTAL_ID
      : /reduction|réduction/i.test(name) || isSubtracting(name)
        ? REDUCTION_ID
        : '';

/** A published line's numbering before its name: "2.1 Spectrum", "1a) Staff", "A.1 – Travel". */
const NUMBERED_NAME = /^((?:[A-Za-z]?\d+(?:\.\d+)*[a-z]?|[A-Z](?:\.\d+)+))[.)]?\s*[-–:]?\s+(\S.*)$/;

/** A line's code and name in a table without a code column: its numbering, else L1, L2… in order. */
export function derivedCode(name: string, count: number): { code: string; name: string } {
  const numbered = NUMBERED_NAME.exec(name);
  // A year starting a name ("2030 Agenda support") is part of it, not its numbering ("2030. Agenda" would be).
  const isYear = numbered !== null && /^(19|20)\d\d$/.test(numbered[1]!) && !/^\d{4}[.)]/.test(name);
  return numbered && !isYear ? { code: numbered[1]!, name: numbered[2]! } : { code: `L${count}`, name };
}

