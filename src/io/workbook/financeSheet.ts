import type { Worksheet } from 'exceljs';
import { Dec, type Amount, type NumberStyle } from '../../model/amount';
import { isAmountColumn, type AmountColumn } from '../../model/columns';
import { BALANCE, EXPENDITURE, REVENUE_TOTAL, computeFinance, sectionId } from '../../model/finance/financeTable';
import { isProduct, type FinancialPlan } from '../../model/finance/financialPlan';
import { TOTAL_ID, type Plan } from '../../model/plan';
import { shownTable } from '../../model/table';
import type { Replay } from '../../model/proposal';
import { t } from '../../i18n/t';
import { safeText } from '../safeText';
import { FIRST_COLUMN, cellAddress, cellNumber, columnLetter, quoteSheet, rounded, rowPositions, sumAcross } from './formulas';
import { amountFormat, shareFormat } from './numberFormats';
import { BOLD, HEADER_FILL, LEFT, NOTE_FONT, RIGHT, TITLE_FONT, TOTAL_FILL, setUpPage } from './sheetStyle';

/**
 * The financial plan beside a scenario's Appendix sheet: its parameters as
 * typed numbers, each revenue line a number or a live product of them
 * (`=C6*C7*0.001`), sections, Total revenue, expenditure read from the
 * Appendix sheet's Total row, the balance; biennia and the period as sums.
 * The amount columns stand in the Appendix sheet's own columns, so that a
 * year is the same letter on both.
 */

export interface FinanceSheetSpec {
  readonly plan: Plan;
  readonly finance: FinancialPlan;
  readonly replay: Replay;
  /** The Appendix sheet whose Total is the expenditure. */
  readonly appendixSheet: string;
  readonly caption: string;
  readonly style: NumberStyle;
  readonly date: Date;
  readonly withCachedValues: boolean;
  /** A scenario's sheet: each row's period against the baseline's financial plan sheet (its name and its rows' figures). */
  readonly against?: FinanceSheetRows;
}

/** Where a financial plan sheet put its rows, and their figures: what another sheet's variance refers to. */
export interface FinanceSheetRows {
  readonly sheet: string;
  readonly rows: ReadonlyMap<string, { readonly row: number; readonly total: Amount }>;
  /** The column of the period's total. */
  readonly totalColumn: number;
}

const PARAMETERS_ROW = 5;

/*
 * Words the app reads back when this sheet is imported as a financial plan
 * (import/financeRows.ts, financeLines.ts, financeSource.ts): the
 * "Parameters" heading, a parameter's "(unit, public)" and the "Variance"
 * columns. They stay as they are in every language.
 */
const PARAMETERS = 'Parameters';
const PUBLIC = ', public';
const ILLUSTRATIVE = ', illustrative';
const VARIANCE = 'Variance';
const VARIANCE_PERCENT = 'Variance %';

/** Writes the sheet; returns where its rows are, for a scenario's sheet to refer to. */
export function writeFinanceSheet(sheet: Worksheet, spec: FinanceSheetSpec): FinanceSheetRows {
  const { plan, finance, replay, style } = spec;
  const columns = replay.table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change');
  const at = new Map(columns.map((column, k) => [column.id, FIRST_COLUMN + k]));
  const yearColumn = (y: number) => at.get(plan.years[y]!)!;
  const format = amountFormat({ style, precision: plan.precision, millions: false });
  const put = (r: number, c: number, value: number, formula?: string, numFmt = format) => {
    const cell = sheet.getCell(r, c);
    cell.value = formula === undefined ? value : spec.withCachedValues ? { formula, result: value } : ({ formula } as { formula: string; result: number });
    cell.numFmt = numFmt;
    cell.alignment = RIGHT;
  };
  const label = (r: number, code: string, name: string, font = {}) => {
    sheet.getCell(r, 1).value = safeText(code);
    sheet.getCell(r, 2).value = safeText(name);
    for (const c of [1, 2]) Object.assign(sheet.getCell(r, c), { alignment: LEFT, font });
  };
  sheet.getCell(1, 1).value = safeText(`${finance.title} – ${spec.caption}`);
  sheet.getCell(1, 1).font = TITLE_FONT;
  sheet.getCell(2, 1).value = safeText(t('io.finance.unitLine', { unit: plan.unit, note: finance.note }));
  sheet.getCell(2, 1).font = NOTE_FONT;
  const header = (r: number, first: string, cells: readonly AmountColumn[] | readonly string[]) => {
    label(r, '', first, BOLD);
    cells.forEach((column, k) => {
      const cell = sheet.getCell(r, typeof column === 'string' ? yearColumn(k) : FIRST_COLUMN + k);
      cell.value = safeText(typeof column === 'string' ? column : column.heading);
      Object.assign(cell, { font: BOLD, fill: HEADER_FILL, alignment: RIGHT });
    });
  };

  // The parameters, each year in that year's column.
  header(PARAMETERS_ROW - 1, PARAMETERS, plan.years);
  const parameterRow = new Map(finance.parameters.map((p, i) => [p.id, PARAMETERS_ROW + i]));
  finance.parameters.forEach((p, i) => {
    label(PARAMETERS_ROW + i, p.id, `${p.name} (${p.unit}${p.isPublic ? PUBLIC : ILLUSTRATIVE})`);
    p.values.forEach((value, y) => put(PARAMETERS_ROW + i, yearColumn(y), cellNumber(value), undefined, 'General'));
  });

  // Revenue, expenditure, balance, in the Appendix sheet's columns.
  const computed = computeFinance(finance, replay.table);
  const top = PARAMETERS_ROW + finance.parameters.length + 1;
  header(top, t('io.finance.revenueAndExpenditure'), columns);
  const rowOfId = new Map(computed.rows.map((row, i) => [row.id, top + 1 + i]));
  const expenditureRow = rowPositions(shownTable(replay.table, plan)).get(TOTAL_ID)!;
  // Sums rounded to as many decimals as the figures carry (units × a unit value may have 7), so that no binary residue shows.
  const places = Math.min(15, Math.max(plan.precision, ...computed.rows.flatMap((row) => row.years.map((value) => value.decimalPlaces()))));
  const lineByCode = new Map(finance.lines.map((line) => [line.code, line]));
  computed.rows.forEach((row, i) => {
    const r = top + 1 + i;
    const isBold = row.kind !== 'line';
    label(r, row.kind === 'line' ? row.id : '', row.name, isBold ? BOLD : {});
    columns.forEach((column) => {
      const c = at.get(column.id)!;
      const value = cellNumber(column.amountOf(row));
      const cells = (ids: readonly string[]) => ids.map((id) => cellAddress(rowOfId.get(id)!, c));
      let formula: string | undefined;
      if (!column.isInput) formula = sumAcross(column.sums.map((y) => yearColumn(y)), r);
      else if (row.kind === 'section') formula = `SUM(${cells(finance.lines.filter((l) => sectionId(l.section) === row.id).map((l) => l.code)).join(',')})`;
      else if (row.kind === 'revenue-total') formula = `SUM(${cells(computed.rows.filter((x) => x.kind === 'section').map((x) => x.id)).join(',')})`;
      else if (row.kind === 'expenditure') formula = `${quoteSheet(spec.appendixSheet)}!${columnLetter(c)}${expenditureRow}`;
      else if (row.kind === 'balance') formula = `${cellAddress(rowOfId.get(REVENUE_TOTAL)!, c)}-${cellAddress(rowOfId.get(EXPENDITURE)!, c)}`;
      else {
        const line = lineByCode.get(row.id)!;
        if (isProduct(line)) formula = `${line.factors.map((id) => cellAddress(parameterRow.get(id)!, c)).join('*')}*${line.scale.toFixed()}`;
      }
      // Each derived figure rounded to the figures' own decimals: a double's residue never shows; shown with the decimals it has (9 142,5, not 9 143).
      const decimals = column.amountOf(row).decimalPlaces();
      const shown = decimals > plan.precision ? amountFormat({ style, precision: Math.min(decimals, 7), millions: false }) : format;
      put(r, c, value, formula === undefined || row.kind === 'expenditure' ? formula : rounded(formula, places), shown);
      if (row.id === BALANCE || row.id === REVENUE_TOTAL) sheet.getCell(r, c).fill = TOTAL_FILL;
      if (isBold) sheet.getCell(r, c).font = BOLD;
    });
  });
  const totalColumn = at.get('total') ?? FIRST_COLUMN + columns.length - 1;
  const rows = new Map(computed.rows.map((row) => [row.id, { row: rowOfId.get(row.id)!, total: row.total }]));
  if (spec.against !== undefined) writeVariance(sheet, { top, rows, totalColumn, against: spec.against, places, style, withCachedValues: spec.withCachedValues, format });
  sheet.columns = [{ width: 10 }, { width: 46 }, ...columns.map(() => ({ width: 13 })), ...(spec.against === undefined ? [] : [{ width: 13 }, { width: 11 }])];
  setUpPage(sheet, { titleRows: `${top}:${top}`, frozen: { rows: 0, columns: 2 }, footer: spec.caption, date: spec.date });
  // A few dozen rows: one page, as a Council document's annex table.
  sheet.pageSetup.fitToHeight = 1;
  return { sheet: sheet.name, rows, totalColumn };
}

interface VarianceSpec {
  readonly top: number;
  readonly rows: FinanceSheetRows['rows'];
  readonly totalColumn: number;
  readonly against: FinanceSheetRows;
  readonly places: number;
  readonly style: NumberStyle;
  readonly withCachedValues: boolean;
  readonly format: string;
}

/**
 * Two columns after the period's: the variance of each row's period total
 * against the baseline's, and that in per cent, as published financial
 * plans show them; live formulas over both sheets, rounded to the figures'
 * decimals and to the hundredth of a per cent.
 */
function writeVariance(sheet: Worksheet, spec: VarianceSpec): void {
  const { against } = spec;
  const [amount, percent] = [spec.totalColumn + 1, spec.totalColumn + 2];
  const heading = (c: number, text: string) => Object.assign(sheet.getCell(spec.top, c), { value: text, font: BOLD, fill: HEADER_FILL, alignment: RIGHT });
  heading(amount, VARIANCE);
  heading(percent, VARIANCE_PERCENT);
  const put = (r: number, c: number, value: number, formula: string, numFmt: string) => {
    const cell = sheet.getCell(r, c);
    cell.value = spec.withCachedValues ? { formula, result: value } : ({ formula } as { formula: string; result: number });
    Object.assign(cell, { numFmt, alignment: RIGHT });
  };
  for (const [id, { row, total }] of spec.rows) {
    const other = against.rows.get(id);
    if (other === undefined) continue;
    const here = cellAddress(row, spec.totalColumn);
    const there = `${quoteSheet(against.sheet)}!${cellAddress(other.row, against.totalColumn)}`;
    const variance = total.minus(other.total);
    put(row, amount, cellNumber(variance), rounded(`${here}-${there}`, spec.places), variance.decimalPlaces() > 0 ? amountFormat({ style: spec.style, precision: Math.min(variance.decimalPlaces(), 7), millions: false }) : spec.format);
    // No per cent of nothing: a row nil in the baseline leaves its per cent blank.
    if (other.total.isZero()) {
      const cell = sheet.getCell(row, percent);
      cell.value = spec.withCachedValues ? { formula: `IF(${there}=0,"",(${here}-${there})/${there})`, result: '' } : ({ formula: `IF(${there}=0,"",(${here}-${there})/${there})` } as { formula: string; result: string });
      Object.assign(cell, { numFmt: shareFormat(spec.style), alignment: RIGHT });
      continue;
    }
    const ratio = variance.div(other.total).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
    put(row, percent, cellNumber(ratio), `ROUND(IF(${there}=0,0,(${here}-${there})/${there}),4)`, shareFormat(spec.style));
  }
}
