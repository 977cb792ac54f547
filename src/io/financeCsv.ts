import Papa from 'papaparse';
import { canonicalAmount, formatAmount, type Amount, type NumberStyle } from '../model/amount';
import { inputsFirst, isAmountColumn } from '../model/columns';
import { computeFinance } from '../model/finance/financeTable';
import type { FinancialPlan } from '../model/finance/financialPlan';
import type { Table } from '../model/table';
import type { CsvOptions } from './csvFile';
import { safeCsvText } from './safeText';

/**
 * A scenario's financial plan as CSV, laid out as the plan's own CSV file:
 * `code,name,kind`, then the years, the biennia and the period. The
 * parameters first (kind `parameter`, their own units, one value a year),
 * then each revenue line (`line`, or `product` for units × unit value),
 * each section, Total revenue, the expenditure (Appendix A's Total) and
 * the balance. Figures exact, with every decimal they have.
 */
export function writeFinanceCsv(finance: FinancialPlan, table: Table, { separator }: CsvOptions): string {
  const style: NumberStyle = { id: 'csv', group: '', decimal: separator === ';' ? ',' : '.' };
  const number = (value: Amount) => (separator === ',' ? canonicalAmount(value) : formatAmount(value, style, value.decimalPlaces()));
  const columns = inputsFirst(table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change'));
  const header = ['code', 'name', 'kind', ...columns.map((column) => column.id)];
  const parameters = finance.parameters.map((p) => [
    safeCsvText(p.id),
    // A public fact says so, as on the workbook's sheet, so that it reads back as one.
    safeCsvText(`${p.name} (${p.unit}${p.isPublic ? ', public' : ''})`),
    'parameter',
    ...columns.map((column) => (column.isInput ? number(p.values[column.sums[0]!]!) : '')),
  ]);
  const products = new Set(finance.lines.filter((line) => 'factors' in line).map((line) => line.code));
  const rows = computeFinance(finance, table).rows.map((row) => [
    safeCsvText(row.kind === 'line' ? row.id : ''),
    safeCsvText(row.name),
    row.kind === 'line' && products.has(row.id) ? 'product' : row.kind,
    ...columns.map((column) => number(column.amountOf(row))),
  ]);
  return `\uFEFF${Papa.unparse([header, ...parameters, ...rows], { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`;
}
