import { ZERO, type Amount } from '../../model/amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../model/plan';
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

/** The name of a table's row, by its index in the file. */
const namesIn = (rows: TextRows, columns: ColumnMap) => (i: number) => (rows[i]?.[columns.name!] ?? '').trim();

/** A published table's rows of figures, what their names say they are, and sums over them. */
function tableFigures(rows: TextRows, header: number, columns: ColumnMap, decimal: ',' | '.', roles: Readonly<Record<number, RowRole>>) {
  const nameOf = namesIn(rows, columns);
  // Each row's figures read once: a table of 20 000 lines is summed over runs of them.
  const read = new Map<number, (Amount | null)[]>();
  const values = (i: number): (Amount | null)[] => {
    const known = read.get(i);
    if (known !== undefined) return known;
    const found = columns.years.map(({ index }) => readNumber(rows[i]?.[index] ?? '', decimal).value);
    read.set(i, found);
    return found;
  };
  const figureRows = rows.flatMap((_cells, i) => (i > header && roles[i] !== 'skip' && values(i).some((v) => v !== null) ? [i] : []));
  const named = (i: number) => (roles[i] !== undefined || OF_WHICH.test(nameOf(i)) || PERCENT_ROW.test(nameOf(i)) ? 'other' : (codeByName(nameOf(i)) || 'line'));
  const sum = (run: readonly number[], y: number) => run.reduce<Amount>((total, k) => total.plus(values(k)[y] ?? ZERO), ZERO);
  return { nameOf, values, figureRows, named, sum };
}

/** Rows of a published table named as totals or deductions that their figures say are lines; none where the person set a row's role. */
export function namedLikeTotals(rows: TextRows, header: number, columns: ColumnMap, decimal: ',' | '.', roles: Readonly<Record<number, RowRole>>): NamedLikeTotal[] {
  const isPublished = columns.kind === undefined && columns.parent === undefined && columns.columnsAre === 'periods';
  if (!isPublished || columns.name === undefined || columns.years.length === 0) return [];
  // Most tables have no row named so: their figures are not read here at all (a 20 000-line table's were, a fifth of its preview).
  const nameAt = namesIn(rows, columns);
  const isNamedSo = (i: number) => roles[i] === undefined && [TOTAL_ID, SUBTOTAL_ID, REDUCTION_ID].includes(codeByName(nameAt(i))) && !BARE.test(nameAt(i));
  if (!rows.some((_cells, i) => i > header && isNamedSo(i))) return [];
  const { nameOf, values, figureRows, named, sum } = tableFigures(rows, header, columns, decimal, roles);
  const totals = figureRows.flatMap((i, p): NamedLikeTotal[] => {
    const kind = named(i);
    const isTotal = kind === TOTAL_ID || kind === SUBTOTAL_ID;
    return isTotal && !BARE.test(nameOf(i)) && !SAID_SO.test(nameOf(i)) && !closesOrSums(p, figureRows, named, (k) => BARE.test(nameOf(k)) || SAID_SO.test(nameOf(k)), values) ? [{ index: i, name: nameOf(i), named: 'total' }] : [];
  });
  // Rows found lines above count as lines below: a deduction's check adds them in.
  const asLines = new Set(totals.map((r) => r.index));
  const kindOf = (i: number) => (asLines.has(i) ? 'line' : named(i));
  const deductions = figureRows.flatMap((i, p): NamedLikeTotal[] => {
    const name = nameOf(i);
    if (kindOf(i) !== REDUCTION_ID || BARE.test(name)) return [];
    const takes = nextTotalTakes(p, figureRows, kindOf, values, sum);
    const isBelowZero = values(i).every((v) => v === null || !v.isPositive()) && values(i).some((v) => v?.isNegative() === true && !v.isZero());
    const takesOff = takes === -1 || (takes === 1 && isBelowZero);
    const next = figureRows[p + 1];
    const linesAfter = next !== undefined && kindOf(next) === 'line';
    // One among the lines (more follow it before the Total: "Less: provision for delayed payments" in the revenue) is an adjustment of them.
    if (takesOff && linesAfter) return [{ index: i, name, named: 'adjustment' }];
    // A reduction in the name ("Disaster risk reduction") among lines, or one the Total adds in, is a line.
    const isLine = !SAID_SO.test(name) && ((takes === 1 && !isBelowZero) || (takes === 0 && !isSubtracting(name) && linesAfter));
    return isLine ? [{ index: i, name, named: REDUCTION_ID }] : [];
  });
  return [...totals, ...deductions].sort((a, b) => a.index - b.index);
}

type Named = (i: number) => string;

/**
 * A total is one where it closes the table (no line right after it; a row
 * named as a deduction but not "Less:" may be a line, so counts as one), sums
 * a run of the rows right above it or of the totals above it, or, written
 * first, sums a run of those below it.
 */
function closesOrSums(p: number, figureRows: readonly number[], named: Named, said: (i: number) => boolean, values: (i: number) => (Amount | null)[]): boolean {
  const next = figureRows[p + 1];
  const isLineNext = next !== undefined && (named(next) === 'line' || (named(next) === REDUCTION_ID && !said(next)));
  if (!isLineNext) return true;
  const own = values(figureRows[p]!);
  // Running sums, one row more each step: no run is summed afresh.
  const anyRun = (run: readonly number[]) => {
    let sums = own.map(() => ZERO);
    return run.some((k) => {
      sums = sums.map((sum, y) => sum.plus(values(k)[y] ?? ZERO));
      return own.every((v, y) => v !== null && sums[y]!.eq(v));
    });
  };
  const runOf = (step: -1 | 1) => {
    const run: number[] = [];
    for (let k = p + step; k >= 0 && k < figureRows.length && named(figureRows[k]!) !== TOTAL_ID; k += step) run.push(figureRows[k]!);
    return anyRun(run);
  };
  const totalsAbove = figureRows.slice(0, p).filter((i) => named(i) === TOTAL_ID || named(i) === SUBTOTAL_ID);
  return runOf(-1) || anyRun(totalsAbove.toReversed()) || (p === 0 && runOf(1));
}

/** The next Total below row p: as the lines since the last total add up with row p added in (+1) or taken off (−1), or neither (0). */
function nextTotalTakes(p: number, figureRows: readonly number[], kindOf: Named, values: (i: number) => (Amount | null)[], sum: (run: readonly number[], y: number) => Amount): 1 | -1 | 0 {
  const at = figureRows.findIndex((i, k) => k > p && kindOf(i) === TOTAL_ID);
  if (at === -1) return 0;
  const from = figureRows.slice(0, at).findLastIndex((i) => kindOf(i) === TOTAL_ID || kindOf(i) === SUBTOTAL_ID) + 1;
  // Other rows named as deductions count as lines here: a table of several ("Disaster risk reduction" beside "Less developed countries") adds them all.
  const lines = figureRows.slice(from, at).filter((i, k) => from + k !== p && (kindOf(i) === 'line' || kindOf(i) === REDUCTION_ID));
  const total = values(figureRows[at]!);
  const own = values(figureRows[p]!);
  const adds = (sign: 1 | -1) => total.every((v, y) => v !== null && sum(lines, y).plus((own[y] ?? ZERO).times(sign)).eq(v));
  return adds(1) ? 1 : adds(-1) ? -1 : 0;
}
