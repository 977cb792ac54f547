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

/** A name that takes its figures off what is above it: "Less: estimated income", "Moins: recettes", "Deduct…". */
export const isSubtracting = (name: string) => /^less\b|^moins\b|^deduct|^déd/i.test(name);

export const codeByName = (name: string) =>
  /\b(sub|sous)-?total\b/i.test(name)
    ? SUBTOTAL_ID
    : /^(grand\s+)?total\b/i.test(name) || /\btotal$/i.test(name.trim())
      ? TOTAL_ID
      : /reduction|réduction/i.test(name) || isSubtracting(name)
        ? REDUCTION_ID
        : '';

/** A published line's numbering before its name: "2.1 Spectrum", "1a) Staff", "A.1 – Travel". */
const NUMBERED_NAME = /^((?:[A-Za-z]?\d+(?:\.\d+)*[a-z]?|[A-Z](?:\.\d+)+))[.)]?\s*[-–:]?\s+(\S.*)$/;

/** A line's code and name in a table without a code column: its numbering, else L1, L2… in order. */
export function derivedCode(name: string, count: number): { code: string; name: string } {
  const numbered = NUMBERED_NAME.exec(name);
  return numbered ? { code: numbered[1]!, name: numbered[2]! } : { code: `L${count}`, name };
}

