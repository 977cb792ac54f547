import { ZERO, type Amount } from '../../model/amount';
import { REDUCTION_ID, TOTAL_ID } from '../../model/plan';
import type { TextRows } from './findHeader';
import type { ColumnMap } from './mapColumns';
import type { RowRole } from './mapping';
import { readNumber } from './readNumber';
import { OF_WHICH, PERCENT_ROW, codeByName, isSubtracting } from './rowNames';

/**
 * Lines whose names begin as a total's or a deduction's ("Total quality
 * management", "Less developed countries programme", "Disaster risk
 * reduction"): the name alone would add a line's money into nothing, or
 * take it off. Where a name says more than the bare word, the figures
 * decide: a total sums a run of the rows above it (or, written first, below
 * it) or closes the table; a deduction without "Less:" stands after the
 * lines, or the next Total takes it off rather than adding it in.
 */

/** The bare words, and "Less:" with its colon: said so, always what they say. */
const BARE = /^[\s(]*((grand\s+)?total|sub-?total|less|moins|menos|deduct\p{L}*|reduction|réduction)?\s*[:.)]?\s*$/iu;
const SAID_SO = /^[^:]{0,20}:/;

export interface NamedLikeTotal {
  /** The row's index in the file. */
  readonly index: number;
  readonly name: string;
  /** What its name alone would have made it; `adjustment`: a deduction among the lines, read as a line that takes off. */
  readonly named: 'total' | 'reduction' | 'adjustment';
}

/** Rows of a published table named as totals or deductions that their figures say are lines; none where the person set a row's role. */
export function namedLikeTotals(rows: TextRows, header: number, columns: ColumnMap, decimal: ',' | '.', roles: Readonly<Record<number, RowRole>>): NamedLikeTotal[] {
  const isPublished = columns.kind === undefined && columns.parent === undefined && columns.columnsAre === 'periods';
  if (!isPublished || columns.name === undefined || columns.years.length === 0) return [];
  const nameOf = (i: number) => (rows[i]?.[columns.name!] ?? '').trim();
  const values = (i: number): (Amount | null)[] => columns.years.map(({ index }) => readNumber(rows[i]?.[index] ?? '', decimal).value);
  const figureRows = rows.flatMap((_cells, i) => (i > header && roles[i] !== 'skip' && values(i).some((v) => v !== null) ? [i] : []));
  const kindOf = (i: number) => (roles[i] !== undefined || OF_WHICH.test(nameOf(i)) || PERCENT_ROW.test(nameOf(i)) ? 'other' : (codeByName(nameOf(i)) || 'line'));
  const isLine = (i: number) => kindOf(i) === 'line';
  const equal = (i: number, run: readonly number[]) => {
    const own = values(i);
    return run.length > 0 && own.every((v, y) => v !== null && run.reduce<Amount>((sum, k) => sum.plus(values(k)[y] ?? ZERO), ZERO).eq(v));
  };
  /** Some run of rows right next to row p, before or after it (up to another total), sums to its figures. */
  const sumsARun = (p: number, step: -1 | 1) => {
    const run: number[] = [];
    for (let k = p + step; k >= 0 && k < figureRows.length && kindOf(figureRows[k]!) !== 'total'; k += step) {
      run.push(figureRows[k]!);
      if (equal(figureRows[p]!, run)) return true;
    }
    return false;
  };
  /** Earlier totals, a run of them (a Part's total over its sections' totals). */
  const sumsTotals = (p: number) => {
    const totals = figureRows.slice(0, p).filter((i) => kindOf(i) === 'total' || kindOf(i) === 'subtotal');
    return totals.some((_, s) => equal(figureRows[p]!, totals.slice(s)));
  };
  // Lines right after it, before any other total or deduction (the net row after "Less: income" is no line after a Total).
  const linesAfter = (p: number) => figureRows[p + 1] !== undefined && isLine(figureRows[p + 1]!);
  /** The next Total below row p: as the lines since the last total add up with row p added in (+1) or taken off (−1), or neither (0). */
  const nextTotalTakes = (p: number): 1 | -1 | 0 => {
    const at = figureRows.findIndex((i, k) => k > p && kindOf(i) === TOTAL_ID);
    if (at === -1) return 0;
    const from = figureRows.slice(0, at).findLastIndex((i) => kindOf(i) === TOTAL_ID || kindOf(i) === 'subtotal') + 1;
    // Other rows named as deductions count as lines here: a table of several ("Disaster risk reduction" beside "Less developed countries") adds them all.
    const lines = figureRows.slice(from, at).filter((i, k) => from + k !== p && (isLine(i) || kindOf(i) === REDUCTION_ID));
    const total = values(figureRows[at]!);
    const own = values(figureRows[p]!);
    const adds = (sign: 1 | -1) => total.every((v, y) => v !== null && lines.reduce<Amount>((sum, k) => sum.plus(values(k)[y] ?? ZERO), ZERO).plus((own[y] ?? ZERO).times(sign)).eq(v));
    return adds(1) ? 1 : adds(-1) ? -1 : 0;
  };
  const found: NamedLikeTotal[] = [];
  figureRows.forEach((i, p) => {
    const name = nameOf(i);
    const kind = kindOf(i);
    if ((kind !== TOTAL_ID && kind !== REDUCTION_ID) || BARE.test(name)) return;
    // A total is one where it sums a run of rows, closes the table, or heads the lines it sums.
    const isTotal = () => SAID_SO.test(name) || !linesAfter(p) || sumsARun(p, -1) || sumsTotals(p) || (p === 0 && sumsARun(p, 1));
    if (kind === TOTAL_ID && !isTotal()) found.push({ index: i, name, named: TOTAL_ID });
    if (kind !== REDUCTION_ID) return;
    // A deduction is one the next Total takes off (written below zero, it is added in to be taken off).
    const takes = nextTotalTakes(p);
    const isBelowZero = values(i).every((v) => v === null || !v.isPositive()) && values(i).some((v) => v?.isNegative() === true && !v.isZero());
    const takesOff = takes === -1 || (takes === 1 && isBelowZero);
    // One among the lines (more follow it before the Total: "Less: provision for delayed payments" in the revenue) is an adjustment of them.
    if (takesOff && linesAfter(p)) return void found.push({ index: i, name, named: 'adjustment' });
    // A reduction in the name ("Disaster risk reduction") among lines, or one the Total adds in, is a line.
    const isNamedLine = !SAID_SO.test(name) && ((takes === 1 && !isBelowZero) || (takes === 0 && !isSubtracting(name) && linesAfter(p)));
    if (isNamedLine) found.push({ index: i, name, named: REDUCTION_ID });
  });
  return found;
}
