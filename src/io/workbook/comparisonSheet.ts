import type { Worksheet } from 'exceljs';
import { Dec, formatAmount, type NumberStyle } from '../../model/amount';
import { unitLabel, type DisplayUnit } from '../../model/displayUnit';
import { isAmountColumn } from '../../model/columns';
import { TOTAL_COLUMN, TOTAL_ID, baselineWords, type Plan } from '../../model/plan';
import type { Replay } from '../../model/proposal';
import { percentHalfUp, ratioDifference } from '../../model/share';
import { rowOf, shareOf } from '../../model/table';
import { FIRST_COLUMN, cellAddress, cellNumber, quoteSheet, rounded, rowPositions } from './formulas';
import { differenceFormat, inMillions, pointsFormat } from './numberFormats';
import { writeTableSheet } from './tableSheet';

export interface ComparisonSheetSpec {
  readonly plan: Plan;
  /** The scenario, on the sheet named `sheet`, against the baseline on the sheet named `baselineSheet`. */
  readonly scenario: { readonly name: string; readonly replay: Replay; readonly sheet: string };
  readonly baseline: { readonly replay: Replay; readonly sheet: string };
  readonly style: NumberStyle;
  readonly displayUnit: DisplayUnit;
  readonly date: Date;
  readonly withCachedValues: boolean;
}

/**
 * A scenario against the baseline: each amount's difference, and each
 * share's in percentage points (the exact shares' difference rounded to the
 * hundredth, as the app's Compare shows it), as formulas over the two
 * sheets; differences below zero in red.
 */
export function writeComparisonSheet(sheet: Worksheet, spec: ComparisonSheetSpec): void {
  const { plan, style } = spec;
  const a = spec.scenario.replay.table;
  const b = spec.baseline.replay.table;
  const { columns } = a.layout;
  const totalColumn = FIRST_COLUMN + columns.findIndex((column) => column.id === TOTAL_COLUMN);
  const positionsA = rowPositions(a);
  // Rows are paired by id, not position: a scenario may have rows (outcomes) the baseline has not.
  const positionsB = rowPositions(b);
  const refA = (r: number, c: number) => `${quoteSheet(spec.scenario.sheet)}!${cellAddress(r, c)}`;
  const refB = (r: number, c: number) => `${quoteSheet(spec.baseline.sheet)}!${cellAddress(r, c)}`;
  const shareOn = (ref: (r: number, c: number) => string, r: number, totalRow: number) =>
    `IF(${ref(totalRow, totalColumn)}=0,0,${ref(r, totalColumn)}/${ref(totalRow, totalColumn)})`;
  const format = differenceFormat({ style, precision: plan.precision, millions: inMillions(plan, spec.displayUnit) });
  writeTableSheet(sheet, {
    table: a,
    eyebrow: 'COMPARISON',
    title: `“${spec.scenario.name}” against the ${baselineWords(plan)}`,
    unitLine: `Differences in ${unitLabel(plan, spec.displayUnit)}; shares in percentage points`,
    note: '',
    footer: `“${spec.scenario.name}” against the ${baselineWords(plan)}`,
    date: spec.date,
    withCachedValues: spec.withCachedValues,
    figure: (row, column, r, c) => {
      const rowB = positionsB.get(row.id);
      const other = rowB === undefined ? undefined : rowOf(b, row.id);
      if (!isAmountColumn(column)) {
        const shareB = other === undefined ? { part: new Dec(0), whole: new Dec(1) } : shareOf(b, row.id);
        const points = percentHalfUp(ratioDifference(shareOf(a, row.id), shareB)) ?? new Dec(0);
        const onB = rowB === undefined ? '0' : shareOn(refB, rowB, positionsB.get(TOTAL_ID)!);
        const formula = `ROUND((${shareOn(refA, r, positionsA.get(TOTAL_ID)!)}-${onB})*100,2)`;
        const text = `${points.isPositive() && !points.isZero() ? '+' : ''}${formatAmount(points, style, 2)} pp`;
        return { value: cellNumber(points), formula, numFmt: pointsFormat(style), text };
      }
      const value = other ? column.amountOf(row).minus(column.amountOf(other)) : column.amountOf(row);
      const formula = rounded(rowB === undefined ? refA(r, c) : `${refA(r, c)}-${refB(rowB, c)}`, plan.precision);
      return { value: cellNumber(value), formula, numFmt: format, text: formatAmount(value, style, plan.precision) };
    },
  });
}
