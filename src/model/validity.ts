import { Dec, type Amount } from './amount';
import { isAmountColumn, totalOver } from './columns';
import { REDUCTION_ID, SHARE_COLUMN, SUBTOTAL_ID, TOTAL_COLUMN, TOTAL_ID, signedRows } from './plan';
import type { Entry, Replay } from './proposal';
import { say } from './say';
import { rowOf, type Row, type Table } from './table';
import { listComma } from './words';
import { rowUnits } from './fixedTable';
import { abs } from './fixedPoint';
import { computeFinance, financeRow, REVENUE_TOTAL } from './finance/financeTable';
import type { FinancialPlan } from './finance/financialPlan';

/**
 * What makes a proposal valid: figures a finance officer would put before
 * Council. Each rule that fails is a breach, naming the cells it concerns.
 *
 * | rule             | holds when |
 * |------------------|------------|
 * | `applies`        | every switched-on operation applies |
 * | `unfunded`       | every line has more than zero in every year ("no elements should remain unfunded"), where the plan requires it: Appendix A does, an imported table does not |
 * | `negative-total` | no yearly, biennium or period Total is below zero |
 * | `share-range`    | every line's share of Total is from 0 to 100 %, adjustments (lines that may be below zero) and their groups excepted |
 * | `reduction-size` | in no year does the reduction take off more than the Subtotal it reduces |
 * | `reduction-sign` | in no year is the reduction an increase: it is a negative amount, or zero |
 * | `envelope`       | Total equals the envelope to the unit, for the period and each biennium given, when an envelope is set; with a financial plan, Total is no more than revenue over the period |
 * | `memo-size`      | an “of which” line is, in every column, no more than the line it is part of |
 */
export type Rule = 'applies' | 'unfunded' | 'negative-total' | 'share-range' | 'reduction-size' | 'reduction-sign' | 'envelope' | 'memo-size';

export interface CellRef {
  readonly rowId: string;
  readonly columnId: string;
}

export interface Breach {
  readonly rule: Rule;
  /** In plain words, naming the figures: "Total is below zero in 2028 (-12 345)". */
  readonly text: string;
  readonly cells: readonly CellRef[];
  /** For `applies`: the entry that no longer applies. */
  readonly entryId?: string;
}

/** From this factor on, a figure replacing another is taken for a slip of a thousand (57 023 → 57, or → 57 023 000). */
const SLIP_FACTOR = 500;

/** Whether `after` replaces `before` by a factor of about a thousand or more: the classic slip in tables kept in thousands. */
export function isThousandfold(before: Amount, after: Amount): boolean {
  if (before.isZero() || after.isZero()) return false;
  const ratio = after.div(before).abs();
  return ratio.gte(SLIP_FACTOR) || ratio.lte(new Dec(1).div(SLIP_FACTOR));
}

/** How figures are written in the words of a breach (the style and unit shown). */
export type Format = (value: Amount) => string;

const isLine = (kind: string) => kind === 'line' || kind === 'group';

function unfunded(table: Table, signed: ReadonlySet<string>): Breach[] {
  // An adjustment is no element to fund: nil, or below zero, is what it may be.
  return table.rows.filter((row) => isLine(row.kind) && !signed.has(row.id)).flatMap((row) => {
    const years = table.layout.years.filter((_, y) => row.years[y]!.lte(0));
    return years.length === 0 ? [] : [{ rule: 'unfunded', text: say('model.breach.unfunded', { line: row.id, years: listComma(years) }), cells: years.map((year) => ({ rowId: row.id, columnId: year })) }];
  });
}

function negativeTotals(table: Table, format: Format): Breach[] {
  const total = rowOf(table, TOTAL_ID);
  const below = table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change').filter((column) => column.amountOf(total).isNegative() && !column.amountOf(total).isZero());
  if (below.length === 0) return [];
  const where = listComma(below.map((column) => say('model.breach.figureIn', { where: column.heading, amount: format(column.amountOf(total)) })));
  return [{ rule: 'negative-total', text: say('model.breach.negativeTotal', { where }), cells: below.map((column) => ({ rowId: TOTAL_ID, columnId: column.id })) }];
}

/** Lines whose share of Total is below 0 or above 100 %; an adjustment's (see LeafLine.signed), and its groups', may be. */
export function sharesOutOfRange(table: Table, signed: ReadonlySet<string> = new Set()): Breach[] {
  const totalRow = rowOf(table, TOTAL_ID);
  const whole = totalRow.total;
  const wholeUnits = rowUnits(totalRow);
  // A share is part / whole: outside 0–100 % when the part has the other sign, or is larger than the whole.
  // Told by signs and sizes, not by dividing, and in units where the row has them: 20 000 lines are checked at every edit.
  const isOutInUnits = (part: number, total: number) => part !== 0 && (total === 0 || part < 0 !== total < 0 || abs(part) > abs(total));
  const isOutAsDecimal = (part: Amount) => (whole.isZero() ? !part.isZero() : !part.isZero() && (part.isNegative() !== whole.isNegative() || part.abs().gt(whole.abs())));
  const isOut = (row: Row) => {
    const units = rowUnits(row);
    return wholeUnits !== undefined && units?.scale === wholeUnits.scale ? isOutInUnits(units.total, wholeUnits.total) : isOutAsDecimal(row.total);
  };
  const rows = table.rows.filter((row) => isLine(row.kind) && !signed.has(row.id) && isOut(row));
  if (rows.length === 0) return [];
  return [{ rule: 'share-range', text: say('model.breach.shareRange', { lines: listComma(rows.map((row) => row.id)) }), cells: rows.map((row) => ({ rowId: row.id, columnId: SHARE_COLUMN })) }];
}

function reductionTooLarge(table: Table, format: Format): Breach[] {
  const subtotal = rowOf(table, SUBTOTAL_ID);
  const reduction = rowOf(table, REDUCTION_ID);
  const years = table.layout.years.filter((_, y) => reduction.years[y]!.abs().gt(subtotal.years[y]!.abs()));
  if (years.length === 0) return [];
  const where = listComma(
    years.map((year) => {
      const y = table.layout.years.indexOf(year);
      return say('model.breach.reductionAgainst', { year, reduction: format(reduction.years[y]!), subtotal: format(subtotal.years[y]!) });
    }),
  );
  return [{ rule: 'reduction-size', text: say('model.breach.reductionSize', { where }), cells: years.map((year) => ({ rowId: REDUCTION_ID, columnId: year })) }];
}

function reductionIncreases(table: Table, format: Format): Breach[] {
  const reduction = rowOf(table, REDUCTION_ID);
  const years = table.layout.years.filter((_, y) => reduction.years[y]!.gt(0));
  if (years.length === 0) return [];
  const where = listComma(years.map((year) => say('model.breach.increaseIn', { year, amount: format(reduction.years[table.layout.years.indexOf(year)]!) })));
  return [{ rule: 'reduction-sign', text: say('model.breach.reductionSign', { where }), cells: years.map((year) => ({ rowId: REDUCTION_ID, columnId: year })) }];
}

/** With a financial plan, the envelope is what revenue funds: expenditure above revenue over the period is a shortfall. */
function revenueShort(replayed: Replay, finance: FinancialPlan, format: Format): Breach[] {
  const computed = computeFinance(finance, replayed.table);
  const revenue = financeRow(computed, REVENUE_TOTAL).total;
  const total = rowOf(replayed.table, TOTAL_ID);
  const shortfall = total.total.minus(revenue);
  if (!shortfall.isPositive() || shortfall.isZero()) return [];
  const column = replayed.table.layout.columnById.get(TOTAL_COLUMN)!;
  const text = say('model.breach.revenueShort', { total: totalOver(column.heading), amount: format(total.total), shortfall: format(shortfall), revenue: format(revenue) });
  return [{ rule: 'envelope', text, cells: [{ rowId: TOTAL_ID, columnId: TOTAL_COLUMN }] }];
}

function envelopeMissed(replayed: Replay, format: Format): Breach[] {
  const { envelope } = replayed.state;
  const { finance } = replayed.state.plan;
  if (finance !== undefined) return revenueShort(replayed, finance, format);
  const total = rowOf(replayed.table, TOTAL_ID);
  const targets: [string, Amount][] = [...(envelope.total.isZero() ? [] : [[TOTAL_COLUMN, envelope.total] as [string, Amount]]), ...Object.entries(envelope.biennia)];
  return targets.flatMap(([columnId, target]) => {
    const column = replayed.table.layout.columnById.get(columnId);
    if (column === undefined || !isAmountColumn(column)) return [];
    const difference = column.amountOf(total).minus(target);
    if (difference.isZero()) return [];
    const values = { total: totalOver(column.heading), amount: format(column.amountOf(total)), difference: format(difference.abs()), envelope: format(target) };
    const text = difference.isNegative() ? say('model.breach.belowEnvelope', values) : say('model.breach.aboveEnvelope', values);
    return [{ rule: 'envelope', text, cells: [{ rowId: TOTAL_ID, columnId }] }];
  });
}

/** "Of which" more than the whole: a slip no finance officer means (also said in an import's preview). */
export function memosTooLarge(table: Table, format: Format): Breach[] {
  return table.rows.flatMap((row) => {
    if (row.partOf === undefined) return [];
    const whole = rowOf(table, row.partOf);
    const over = table.layout.years.flatMap((year, y) => (row.years[y]!.gt(whole.years[y]!) ? [{ year, y }] : []));
    if (over.length === 0) return [];
    const where = listComma(over.map(({ year, y }) => say('model.breach.partOfWhole', { year, part: format(row.years[y]!), whole: format(whole.years[y]!) })));
    const text = say('model.breach.memoSize', { line: row.id, whole: row.partOf, where });
    return [{ rule: 'memo-size' as const, text, cells: over.map(({ year }) => ({ rowId: row.id, columnId: year })) }];
  });
}

/** Every rule a replayed proposal breaks, in the order of the table above; none when it is valid. */
export function breaches(replayed: Replay, entries: readonly Entry[], format: Format): Breach[] {
  const failed = entries.flatMap((entry, i): Breach[] => {
    const why = replayed.failures.get(entry.id);
    return why === undefined ? [] : [{ rule: 'applies', text: say('model.breach.applies', { number: String(i + 1), why }), cells: [], entryId: entry.id }];
  });
  const { table } = replayed;
  const signed = signedRows(replayed.state.plan.lines);
  const funding = replayed.state.plan.requiresFunding ? unfunded(table, signed) : [];
  return [...failed, ...funding, ...negativeTotals(table, format), ...sharesOutOfRange(table, signed), ...reductionTooLarge(table, format), ...reductionIncreases(table, format), ...envelopeMissed(replayed, format), ...memosTooLarge(table, format)];
}
