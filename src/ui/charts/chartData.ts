import type { Amount } from '../../model/amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, type Plan } from '../../model/plan';
import { percentHalfUp, type Ratio } from '../../model/share';
import { rowOf, shareOf, type Table } from '../../model/table';

/**
 * What the charts draw, from the computed tables. Amounts become numbers
 * here, for drawing only: every label shows the exact figure, formatted
 * from the Decimal.
 */
export interface ChartFigure {
  readonly value: number;
  readonly label: string;
}

export interface ChartData {
  /** Per year: each top-level line's amount and the reduction. */
  readonly byYear: { readonly year: string; readonly [code: string]: number | string }[];
  readonly lines: readonly { readonly code: string; readonly name: string }[];
  /** Each top-level line's share of the Total. */
  readonly shares: { readonly code: string; readonly value: number; readonly label: string }[];
  /** Subtotal, through the reduction, to Total, and the envelope. */
  readonly waterfall: { readonly step: string; readonly base: number; readonly value: number; readonly label: string }[];
  readonly envelope: ChartFigure;
  /** Each top-level line's change against the compared scenario, in the unit and in percentage points. */
  readonly effect: { readonly code: string; readonly amount: number; readonly amountLabel: string; readonly points: number; readonly pointsLabel: string }[];
}

const toNumber = (value: Amount) => Number(value.toFixed());

export function chartData(
  plan: Plan,
  table: Table,
  compared: Table,
  envelope: Amount,
  format: (value: Amount) => string,
  percent: (value: Amount, unit: string) => string,
): ChartData {
  const lines = plan.lines.map((line) => ({ code: line.code, name: line.name }));
  const byYear = plan.years.map((year, y) => {
    const entry: { year: string; [code: string]: number | string } = { year };
    for (const { code } of lines) entry[code] = toNumber(rowOf(table, code).years[y]!);
    entry[REDUCTION_ID] = toNumber(rowOf(table, REDUCTION_ID).years[y]!);
    return entry;
  });
  const shareValue = (ratio: Ratio) => percentHalfUp(ratio);
  const shares = lines.map(({ code }) => {
    const share = shareValue(shareOf(table, code));
    return { code, value: share === null ? 0 : toNumber(share), label: share === null ? '–' : percent(share, '%') };
  });
  const subtotal = rowOf(table, SUBTOTAL_ID).total;
  const reduction = rowOf(table, REDUCTION_ID).total;
  const total = rowOf(table, TOTAL_ID).total;
  const waterfall = [
    { step: 'Subtotal', base: 0, value: toNumber(subtotal), label: format(subtotal) },
    { step: plan.reduction.name, base: toNumber(reduction.isNegative() ? total : subtotal), value: toNumber(reduction.abs()), label: format(reduction) },
    { step: 'Total', base: 0, value: toNumber(total), label: format(total) },
  ];
  const comparedTotal = rowOf(compared, TOTAL_ID).total;
  const effect = lines.map(({ code }) => {
    const difference = rowOf(table, code).total.minus(rowOf(compared, code).total);
    const a = shareOf(table, code);
    const b = { part: rowOf(compared, code).total, whole: comparedTotal };
    const points = percentHalfUp({ part: a.part.times(b.whole).minus(b.part.times(a.whole)), whole: a.whole.times(b.whole) });
    const signed = (text: string, value: Amount) => (value.gt(0) ? `+${text}` : text);
    return {
      code,
      amount: toNumber(difference),
      amountLabel: signed(format(difference), difference),
      points: points === null ? 0 : toNumber(points),
      pointsLabel: points === null ? '–' : signed(percent(points, ' pp'), points),
    };
  });
  return { byYear, lines, shares, waterfall, envelope: { value: toNumber(envelope), label: format(envelope) }, effect };
}
