import { isFigureText } from './figureText';
import type { TextRows } from './findHeader';

/**
 * Where a financial plan's parts lie in a file's rows: the revenue, closed
 * by its total ("Total revenue", "TOTAL REVENUE"); the expenses, closed by
 * theirs ("Total expenses", "Expenditure"); the balance; and the parameters
 * (units, the unit value) the app's own exports put above the table. Found
 * by the rows' words, in any order the file has them.
 */
export interface FinanceParts {
  /** The rows of revenue, its total the last (0-based, as the file's rows). */
  readonly revenue: readonly number[];
  readonly revenueTotal: number;
  /** The rows of expenses, their total the last; empty when the file has none. */
  readonly expenses: readonly number[];
  /** The row of Total expenses (or expenditure); null when the file has none. */
  readonly expenseTotal: number | null;
  readonly balance: number | null;
  /** Rows of parameters, each code, name, then a value a year. */
  readonly parameters: readonly number[];
  /** Rows read as none of these (a memo under the balance): left out, and said. */
  readonly skipped: readonly number[];
}

/** What may follow a total's words and leave it that total: "(A+B+C)", a footnote mark, a colon. */
const END = String.raw`\s*(?:\([^)]*\))?[\s*:.¹²³⁴⁵⁶⁷⁸⁹a-z/]{0,3}$`;
/** Whole cells, so that "Total revenue from assessed contributions" (a subtotal), "Expenditure on staff" (a line) or "Surplus carried forward" (revenue) are none of these. */
const REVENUE_TOTAL = new RegExp(String.raw`^\s*(total\s+(revenue|revenues|income|receipts|resources)|revenue\s+total|total\s+des\s+recettes|total\s+des\s+produits)` + END, 'i');
const EXPENSE_TOTAL = new RegExp(String.raw`^\s*(total\s+(expenses|expenditures?|costs|spending)|expenditures?|expenses|total\s+des\s+dépenses|total\s+des\s+charges)` + END, 'i');
const BALANCE = new RegExp(String.raw`^\s*(balance|result|surplus|deficit|shortfall|surplus\s*/?\s*\(?deficit\)?|net\s+(surplus|deficit|result|balance)|excédent\s*/?\s*\(?déficit\)?|solde|résultat)` + END, 'i');
/** The kind column of the app's own CSV export names these rows (the others say what they are by their words). */
const KIND_OF: Readonly<Record<string, 'revenue-total' | 'parameter'>> = {
  'revenue-total': 'revenue-total',
  parameter: 'parameter',
};

const words = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '' && !isFigureText(cell));
const hasFigures = (row: readonly string[]) => row.some(isFigureText);
const filled = (row: readonly string[] | undefined) => row !== undefined && row.some((cell) => cell.trim() !== '');

/** What a row of figures is among a financial plan's markers, by the app's kind or its words; null for a line, and for any row without figures (a heading "EXPENDITURE"). */
export function markerOf(row: readonly string[]): 'revenue-total' | 'expenditure' | 'balance' | 'parameter' | null {
  if (!hasFigures(row)) return null;
  for (const cell of row) {
    const kind = KIND_OF[cell.trim().toLowerCase()];
    if (kind !== undefined) return kind;
  }
  const text = words(row);
  if (text.some((cell) => REVENUE_TOTAL.test(cell))) return 'revenue-total';
  if (text.some((cell) => EXPENSE_TOTAL.test(cell))) return 'expenditure';
  if (text.some((cell) => BALANCE.test(cell))) return 'balance';
  return null;
}

/** The block of parameters under a row reading “Parameters” (the app's workbook): that row, and the rows under it up to a blank one. */
export function parameterBlock(rows: TextRows): { heading: number | null; rows: number[] } {
  const heading = rows.findIndex((row) => row.some((cell) => /^\s*parameters\s*$/i.test(cell)));
  if (heading === -1) return { heading: null, rows: [] };
  const block: number[] = [];
  for (let i = heading + 1; filled(rows[i]); i++) block.push(i);
  return { heading, rows: block };
}

/**
 * The parts of a financial plan in `rows` under the heading row `header`
 * (a block of parameters above it already taken out); null when the rows
 * hold no revenue total, that is no financial plan.
 */
export function financeParts(rows: TextRows, header: number): FinanceParts | null {
  const markers = new Map<number, ReturnType<typeof markerOf>>();
  rows.forEach((row, i) => {
    if (i <= header) return;
    const marker = markerOf(row);
    if (marker !== null) markers.set(i, marker);
  });
  const first = (kind: string) => [...markers].find(([, m]) => m === kind)?.[0] ?? null;
  const revenueTotal = first('revenue-total');
  if (revenueTotal === null) return null;
  const expenseTotal = first('expenditure');
  const balance = first('balance');
  const parameters = [...markers].flatMap(([i, m]) => (m === 'parameter' ? [i] : []));
  const ends = [revenueTotal, expenseTotal, balance].filter((i): i is number => i !== null).sort((a, b) => a - b);
  /** The rows from the marker before `end` (or the heading row) up to `end`: lines, headings and their totals. */
  const segment = (end: number) => {
    const start = ends.filter((i) => i < end).at(-1) ?? header;
    const taken: number[] = [];
    for (let i = start + 1; i <= end; i++) if (!parameters.includes(i)) taken.push(i);
    return taken;
  };
  const revenue = segment(revenueTotal);
  const expenses = expenseTotal === null ? [] : segment(expenseTotal);
  const read = new Set([...revenue, ...expenses, ...parameters, ...(balance === null ? [] : [balance])]);
  // A footnote under the table is no figure left out: only rows with figures are said.
  const skipped = rows.flatMap((row, i) => (i > header && !read.has(i) && hasFigures(row) ? [i] : []));
  return { revenue, revenueTotal, expenses, expenseTotal, balance, parameters, skipped };
}

/** The rows with only `keep`'s and the title and heading rows (up to `header`) left: the others blank, so that messages keep naming the file's rows. */
export const onlyRows = (rows: TextRows, header: number, keep: readonly number[]): TextRows => {
  const kept = new Set(keep);
  return rows.map((row, i) => (i <= header || kept.has(i) ? row : []));
};

const financeSources = new WeakMap<TextRows, boolean>();

/**
 * Whether rows hold a financial plan: a row of revenue total with figures (or
 * the app's kind for it). A file's rows are read through once: detection
 * asks more than once, and a 20 000-row table holds no such row, so each
 * question read every row (a tenth of a second each).
 */
export function isFinanceSource(rows: TextRows): boolean {
  let known = financeSources.get(rows);
  if (known === undefined) financeSources.set(rows, (known = rows.some((row) => markerOf(row) === 'revenue-total')));
  return known;
}
