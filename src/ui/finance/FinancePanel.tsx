import { useMemo } from 'react';
import { isAmountColumn } from '../../model/columns';
import { computeFinance } from '../../model/finance/financeTable';
import { activeReplay } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { FinanceGrid } from './FinanceGrid';
import { ParameterTable } from './ParameterTable';
import { SolveControls } from './SolveControls';
import { RecostControls } from './RecostControls';

/** The financial plan of the scenario shown: its assumptions, its revenue against Appendix A's Total, and the solutions that balance them. */
export function FinancePanel() {
  const replayed = useApp(activeReplay);
  const { plan } = replayed.state;
  const { finance } = plan;
  const computed = useMemo(() => (finance === undefined ? null : computeFinance(finance, replayed.table)), [finance, replayed.table]);
  const columns = useMemo(() => replayed.table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change'), [replayed.table.layout.columns]);
  if (finance === undefined || computed === null) {
    return (
      <section className="panel" aria-labelledby="finance-title">
        <h2 id="finance-title">Financial plan</h2>
        <p className="hint">This plan has no financial plan: its Total is measured against a typed envelope (see “Set the envelope”).</p>
      </section>
    );
  }
  return (
    <section className="panel finance-panel" aria-labelledby="finance-title" data-region="finance">
      <h2 id="finance-title">{finance.title}</h2>
      <p className="hint illustrative" data-testid="finance-note">
        {finance.note}
      </p>
      <ParameterTable finance={finance} years={plan.years} />
      <SolveControls />
      <FinanceGrid finance={computed} columns={columns} plan={plan} />
      <RecostControls years={plan.years} />
    </section>
  );
}
