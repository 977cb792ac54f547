import type { Worksheet } from 'exceljs';
import { Dec, formatAmount, type NumberStyle } from '../../model/amount';
import { unitLabel, type DisplayUnit } from '../../model/displayUnit';
import { isAmountColumn, ratioIn } from '../../model/columns';
import { TOTAL_ID, baselineWords, type Plan } from '../../model/plan';
import { t } from '../../i18n/t';
import type { Replay } from '../../model/proposal';
import { percentHalfUp, ratioDifference } from '../../model/share';
import { rowOf, shareOf } from '../../model/table';
import { cellAddress, cellNumber, columnPositions, quoteSheet, ratioFormula, rounded, rowPositions } from './formulas';
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
  const positionsA = rowPositions(a);
  // Rows are paired by id, not position: a scenario may have rows (outcomes) the baseline has not.
  const positionsB = rowPositions(b);
  const refA = (r: number, c: number) => `${quoteSheet(spec.scenario.sheet)}!${cellAddress(r, c)}`;
  const refB = (r: number, c: number) => `${quoteSheet(spec.baseline.sheet)}!${cellAddress(r, c)}`;
  const at = columnPositions(columns);
  const format = differenceFormat({ style, precision: plan.precision, millions: inMillions(plan, spec.displayUnit) });
  const title = t('io.comparison.title', { name: spec.scenario.name, baseline: baselineWords(plan) });
  const points = t('io.comparison.points');
  writeTableSheet(sheet, {
    table: a,
    eyebrow: t('io.comparison.eyebrow'),
    title,
    unitLine: t('io.comparison.unitLine', { unit: unitLabel(plan, spec.displayUnit) }),
    note: '',
    footer: title,
    date: spec.date,
    withCachedValues: spec.withCachedValues,
    figure: (row, column, r, c) => {
      const rowB = positionsB.get(row.id);
      const other = rowB === undefined ? undefined : rowOf(b, row.id);
      if (!isAmountColumn(column)) {
        const ratioB = other === undefined ? { part: new Dec(0), whole: new Dec(1) } : ratioIn(column, other, shareOf(b, row.id));
        const difference = percentHalfUp(ratioDifference(ratioIn(column, row, shareOf(a, row.id)), ratioB)) ?? new Dec(0);
        const onB = rowB === undefined ? '0' : ratioFormula(column, rowB, positionsB.get(TOTAL_ID)!, at, refB);
        const formula = `ROUND((${ratioFormula(column, r, positionsA.get(TOTAL_ID)!, at, refA)}-${onB})*100,2)`;
        const text = `${difference.isPositive() && !difference.isZero() ? '+' : ''}${formatAmount(difference, style, 2)} ${points}`;
        return { value: cellNumber(difference), formula, numFmt: pointsFormat(style, points), text };
      }
      const value = other ? column.amountOf(row).minus(column.amountOf(other)) : column.amountOf(row);
      const formula = rounded(rowB === undefined ? refA(r, c) : `${refA(r, c)}-${refB(rowB, c)}`, plan.precision);
      return { value: cellNumber(value), formula, numFmt: format, text: formatAmount(value, style, plan.precision) };
    },
  });
}
