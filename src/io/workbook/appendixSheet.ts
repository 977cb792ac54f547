import type { Worksheet } from 'exceljs';
import { Dec, type NumberStyle } from '../../model/amount';
import { unitLabel, type DisplayUnit } from '../../model/displayUnit';
import { COLUMN_SHARE_NAME, isAmountColumn, ratioIn } from '../../model/columns';
import { formatPercent, percentHalfUp } from '../../model/share';
import { TOTAL_COLUMN, TOTAL_ID, baselineWords, hasCategories, signedRows, type Plan } from '../../model/plan';
import { t } from '../../i18n/t';
import type { Replay } from '../../model/proposal';
import { columnShareOf, shareOf, type Table } from '../../model/table';
import { appendixFigures, type PrintedTable } from '../printedTable';
import { FIRST_COLUMN, FIRST_ROW, cellAddress, cellNumber, changeFormula, columnLetter, columnPositions, inputFormula, ratioFormula, rounded, rowPositions, sumAcross } from './formulas';
import { amountFormat, inMillions, shareFormat } from './numberFormats';
import { writeTableSheet, type TableSheetSpec } from './tableSheet';

export interface AppendixSheetSpec {
  readonly plan: Plan;
  readonly replay: Replay;
  /** The scenario's name, or null for the published baseline. */
  readonly scenario: string | null;
  readonly style: NumberStyle;
  readonly displayUnit: DisplayUnit;
  readonly date: Date;
  readonly withCachedValues: boolean;
}

/** What a sheet's unit line and footer call the table on it. */
export const describeSheet = (scenario: string | null, plan: Plan): string => (scenario === null ? baselineWords(plan) : t('io.sheet.scenario', { name: scenario }));

/** The same, to begin a line: the footer's (and the financial plan sheet's title). */
export const sheetCaption = (scenario: string | null, plan: Pick<Plan, 'baselineName'>): string => (scenario === null ? plan.baselineName : t('io.sheet.scenarioCaption', { name: scenario }));

/** Under a table of categories, each column's share of the whole: its Total over the Total's total, a live formula. */
function columnShareRow(table: Table, style: NumberStyle, totalColumn: string, totalRow: number): NonNullable<TableSheetSpec['footRow']> {
  return {
    name: COLUMN_SHARE_NAME,
    figure: (column, _r, c) => {
      if (!isAmountColumn(column) || column.kind === 'change') return null;
      const share = columnShareOf(table, column.id);
      const value = percentHalfUp(share, 2);
      const cell = cellAddress(totalRow, c);
      return {
        value: value === null ? 0 : cellNumber(value.div(100)),
        formula: `ROUND(IF(${totalColumn}$${totalRow}=0,0,${cell}/${totalColumn}$${totalRow}),4)`,
        numFmt: shareFormat(style),
        text: formatPercent(share, style),
      };
    },
  };
}

/**
 * One scenario's table as Appendix A prints it: the yearly inputs as plain
 * numbers, every other figure (biennia, period, groups, Subtotal, Total,
 * shares) a live formula with the app's figure as its cached value.
 */
export function writeAppendixSheet(sheet: Worksheet, spec: AppendixSheetSpec): PrintedTable {
  const { plan, replay, style } = spec;
  const { table } = replay;
  const { columns } = table.layout;
  const positions = rowPositions(table);
  const formulaOfInput = inputFormula(table, positions, plan);
  const totalColumn = columnLetter(FIRST_COLUMN + columns.findIndex((column) => column.id === TOTAL_COLUMN));
  const totalRow = positions.get(TOTAL_ID)!;
  const at = columnPositions(columns);
  const format = amountFormat({ style, precision: plan.precision, millions: inMillions(plan, spec.displayUnit) });
  // Where each year's typed figures are, for the columns that sum years.
  const yearColumn = new Map(columns.flatMap((column, k) => (isAmountColumn(column) && column.isInput ? [[column.sums[0]!, FIRST_COLUMN + k] as const] : [])));
  // The figures as read, the same as the print view's: they set the columns' widths and so the pages.
  const texts = appendixFigures(table, plan, style);
  const title = plan.title;
  return writeTableSheet(sheet, {
    table,
    eyebrow: plan.eyebrow,
    title,
    unitLine: `${unitLabel(plan, spec.displayUnit)} – ${describeSheet(spec.scenario, plan)}`,
    note: plan.note,
    footer: sheetCaption(spec.scenario, plan),
    date: spec.date,
    withCachedValues: spec.withCachedValues,
    withStructure: { adjustments: signedRows(plan.lines) },
    ...(hasCategories(plan) ? { footRow: columnShareRow(table, style, totalColumn, totalRow) } : {}),
    figure: (row, column, r, c) => {
      const text = texts[r - FIRST_ROW]![c - FIRST_COLUMN]!;
      if (!isAmountColumn(column)) {
        // To the hundredth of a per cent the table shows, so that no tiny negative share reads `-0.00%`.
        const percent = percentHalfUp(ratioIn(column, row, shareOf(table, row.id))) ?? new Dec(0);
        return { value: cellNumber(percent.div(100)), formula: `ROUND(${ratioFormula(column, r, totalRow, at)},4)`, numFmt: shareFormat(style), text };
      }
      const formula = column.isInput
        ? formulaOfInput(row, c)
        : column.between !== undefined
          ? changeFormula(column.between, r, at, plan.precision)
          : rounded(sumAcross(column.sums.map((y) => yearColumn.get(y)!), r), plan.precision);
      return { value: cellNumber(column.amountOf(row)), ...(formula === null ? {} : { formula }), numFmt: format, text };
    },
  });
}
