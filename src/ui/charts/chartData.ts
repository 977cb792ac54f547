import { Dec, ZERO, type Amount } from '../../model/amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, type Plan } from '../../model/plan';
import { percentHalfUp, type Ratio } from '../../model/share';
import { rowOf, shareOf, type Table } from '../../model/table';
import { t } from '../../i18n/t';

/**
 * What the charts draw, from the computed tables. Amounts become numbers
 * here, for drawing only: every label shows the exact figure, formatted
 * from the Decimal.
 */
export interface ChartFigure {
  readonly value: number;
  readonly label: string;
}

/** Where an axis of amounts runs (its domain) and the round figures it marks. */
export interface AmountAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

export interface ChartData {
  /** Per year: each top-level line's amount and the reduction. */
  readonly byYear: { readonly year: string; readonly [code: string]: number | string }[];
  /** The axis of the years' stacks: from 0, below it only as far as the negative stack (the reduction) reaches. */
  readonly byYearAxis: AmountAxis;
  readonly lines: readonly { readonly code: string; readonly name: string }[];
  /** Each top-level line's share of the Total. */
  readonly shares: { readonly code: string; readonly value: number; readonly label: string }[];
  /** The axis of the shares, in per cent, at round steps from 0. */
  readonly sharesAxis: AmountAxis;
  /** Subtotal, through the reduction, to Total, and the envelope. */
  readonly waterfall: { readonly step: string; readonly base: number; readonly value: number; readonly label: string }[];
  /** The waterfall's axis: from 0 to above the highest of Subtotal, Total and the envelope. */
  readonly waterfallAxis: AmountAxis;
  readonly envelope: ChartFigure;
  /** What the envelope is: typed, or the revenue of the financial plan (which words the charts use, not the words). */
  readonly envelopeName: 'Envelope' | 'Revenue';
  /** Each top-level line's change against the compared scenario, in the unit and in percentage points. */
  readonly effect: { readonly code: string; readonly amount: number; readonly amountLabel: string; readonly points: number; readonly pointsLabel: string }[];
  /** The axes of the changes, in the unit and in points, each from the largest fall to the largest rise (and 0). */
  readonly effectAxes: { readonly amount: AmountAxis; readonly points: AmountAxis };
}

const toNumber = (value: Amount) => Number(value.toFixed());

/** Round steps for an axis, each times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/**
 * An axis from `low` to `high` (numbers for drawing only) marked at round
 * steps counted from 0, so that 0 is always a tick. Below 0 it ends where the
 * values do, and 0 stays the lowest tick unless a value lies a whole step
 * below it (a small reduction under the stacks is drawn in a narrow band,
 * not above a tick as far below 0 as the stacks rise above it); with
 * `isRoundBelow`, it ends on the round tick under the lowest value, as
 * above the highest (changes that go either way).
 */
export function amountAxis(low: number, high: number, { count = 4, isRoundBelow = false } = {}): AmountAxis {
  const [bottom, top] = [Math.min(low, 0), Math.max(high, 0)];
  const raw = (top - bottom) / count;
  if (raw <= 0) return { domain: [0, 1], ticks: [0] };
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.map((s) => s * power).find((s) => s >= raw) ?? 10 * power;
  const [first, last] = [isRoundBelow ? Math.floor(bottom / step) : Math.ceil(bottom / step), Math.ceil(top / step)];
  const ticks = Array.from({ length: last - first + 1 }, (_, k) => (first + k) * step);
  return { domain: [isRoundBelow ? first * step : bottom, last * step], ticks };
}

export function chartData(
  plan: Plan,
  table: Table,
  compared: Table,
  envelope: Amount,
  envelopeName: 'Envelope' | 'Revenue',
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
  // Each year's stack above 0 and below it, summed exactly before it becomes a number to draw.
  const stacks = plan.years.map((_, y) => [...lines.map(({ code }) => rowOf(table, code).years[y]!), rowOf(table, REDUCTION_ID).years[y]!]);
  const sum = (values: readonly Amount[]) => toNumber(values.reduce((acc, value) => acc.plus(value), ZERO));
  const byYearAxis = amountAxis(
    Math.min(0, ...stacks.map((values) => sum(values.filter((v) => v.isNegative())))),
    Math.max(0, ...stacks.map((values) => sum(values.filter((v) => v.isPositive())))),
  );
  const shareValue = (ratio: Ratio) => percentHalfUp(ratio);
  const shares = lines.map(({ code }) => {
    const share = shareValue(shareOf(table, code));
    return { code, value: share === null ? 0 : toNumber(share), label: share === null ? '–' : percent(share, '%') };
  });
  const sharesAxis = amountAxis(Math.min(0, ...shares.map((share) => share.value)), Math.max(0, ...shares.map((share) => share.value)));
  const subtotal = rowOf(table, SUBTOTAL_ID).total;
  const reduction = rowOf(table, REDUCTION_ID).total;
  const total = rowOf(table, TOTAL_ID).total;
  const waterfall = [
    { step: plan.subtotalName, base: 0, value: toNumber(subtotal), label: format(subtotal) },
    { step: plan.reduction.name, base: toNumber(reduction.isNegative() ? total : subtotal), value: toNumber(reduction.abs()), label: format(reduction) },
    { step: plan.totalName, base: 0, value: toNumber(total), label: format(total) },
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
      pointsLabel: points === null ? '–' : signed(percent(points, t('app.charts.pointsSuffix')), points),
    };
  });
  const waterfallAxis = amountAxis(0, toNumber(Dec.max(subtotal, total, envelope)));
  const span = (values: readonly number[]) => amountAxis(Math.min(0, ...values), Math.max(0, ...values), { isRoundBelow: true });
  const effectAxes = { amount: span(effect.map((e) => e.amount)), points: span(effect.map((e) => e.points)) };
  return { byYear, byYearAxis, lines, shares, sharesAxis, waterfall, waterfallAxis, effectAxes, envelope: { value: toNumber(envelope), label: format(envelope) }, envelopeName, effect };
}
