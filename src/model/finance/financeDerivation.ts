import { columnDerivation } from '../derivation';
import { say } from '../say';
import type { Table } from '../table';
import { listAnd } from '../words';
import type { FinanceRow } from './financeTable';
import { isProduct, type FinancialPlan } from './financialPlan';

/**
 * Why a cell of the financial plan's grid cannot be typed in, and where to
 * type instead, in plain words (as {@link columnDerivation} for Appendix A's);
 * null for a cell that can be typed in (a year of a revenue line of amounts).
 */
export function financeDerivation(finance: FinancialPlan, table: Table, row: FinanceRow, columnId: string): string | null {
  const column = table.layout.columnById.get(columnId);
  if (column === undefined) return null;
  const why = columnDerivation(table, column);
  if (why !== null) return why;
  switch (row.kind) {
    case 'line': {
      const line = finance.lines.find((l) => l.code === row.id);
      if (line === undefined || !isProduct(line)) return null;
      const names = line.factors.map((id) => finance.parameters.find((p) => p.id === id)?.name ?? id);
      return say('model.finance.derivation.product', { factors: listAnd(names.map((name) => say('model.finance.derivation.quoted', { name }))) });
    }
    case 'section':
      return say('model.finance.derivation.section');
    case 'revenue-total':
      return say('model.finance.derivation.revenueTotal');
    case 'expenditure':
      return say('model.finance.derivation.expenditure');
    case 'balance':
      return say('model.finance.derivation.balance');
  }
}
