import { useMemo } from 'react';
import type { Amount } from '../../model/amount';
import { isAmountColumn } from '../../model/columns';
import { formatWithDecimals } from '../../model/displayUnit';
import { BALANCE, EXPENDITURE, REVENUE_TOTAL, computeFinance, financeDifferences } from '../../model/finance/financeTable';
import type { Replay } from '../../model/proposal';
import { shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { t } from '../../i18n/t';

const ALWAYS = new Set([REVENUE_TOTAL, EXPENDITURE, BALANCE]);

/** Revenue, expenditure and balance of two scenarios, A − B, with every revenue line that differs. */
export function FinanceCompare({ a, b }: { a: Replay; b: Replay }) {
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const [financeA, financeB] = [a.state.plan.finance, b.state.plan.finance];
  const rows = useMemo(
    () => (financeA === undefined || financeB === undefined ? [] : financeDifferences(computeFinance(financeA, a.table), computeFinance(financeB, b.table))),
    [financeA, financeB, a.table, b.table],
  );
  const columns = a.table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change');
  const shown = rows.filter((row) => ALWAYS.has(row.id) || columns.some((column) => !column.amountOf(row).isZero()));
  if (shown.length === 0) return null;
  const differs = shown.some((row) => columns.some((column) => !column.amountOf(row).isZero()));
  // Revenue from units may carry decimals: shown, so that rounded differences never seem not to add up.
  const signed = (value: Amount) => (value.isZero() ? '–' : `${value.gt(0) ? '+' : ''}${formatWithDecimals(value, plan, style, displayUnit)}`);
  return (
    <table className="compare-table" data-testid="compare-finance">
      <caption data-testid="compare-finance-summary">
        {differs ? t('proposal.finance.caption') : t('proposal.finance.captionNone')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('proposal.finance.row')}</th>
          {columns.map((column) => (
            <th scope="col" key={column.id}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row">{row.kind === 'line' ? `${row.id} ${row.name}` : row.name}</th>
            {columns.map((column) => (
              <td key={column.id} data-col={column.id} className={column.amountOf(row).isZero() ? 'same' : 'differs'}>
                <bdi dir="ltr">{signed(column.amountOf(row))}</bdi>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
