import { useState } from 'react';
import { Dec } from '../../model/amount';
import type { FinancialPlan } from '../../model/finance/financialPlan';
import { useApp } from '../common/storeContext';

const STEPS = ['1', '100', '1000'] as const;

/** The closed-form solutions: the unit value, the Reserve drawdown, the reduction, each applied as operations (undoable, in the proposal); those the plan has. */
export function SolveControls({ finance }: { finance: FinancialPlan }) {
  const [step, setStep] = useState<(typeof STEPS)[number]>('1000');
  const solveUnitValue = useApp((s) => s.solveUnitValue);
  const solveDrawdown = useApp((s) => s.solveDrawdown);
  const reductionFromRevenue = useApp((s) => s.reductionFromRevenue);
  return (
    <div className="solve toolbar" role="group" aria-label="Balance the plan">
      {finance.unitValue !== undefined && (
        <>
          <label className="field">
            <span>Unit value in steps of CHF</span>
            <select data-testid="solve-step" value={step} onChange={(event) => setStep(event.target.value as (typeof STEPS)[number])}>
              {STEPS.map((s) => (
                <option key={s} value={s}>
                  {s === '1000' ? '1 000' : s}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="solve-unit-value" onClick={() => solveUnitValue(new Dec(step))}>
            Solve the unit value
          </button>
        </>
      )}
      {finance.drawdown !== undefined && (
        <>
          <button type="button" data-testid="solve-drawdown" onClick={() => solveDrawdown()}>
            Draw on the Reserve Account to close each year
          </button>
          <button type="button" data-testid="solve-drawdown-period" onClick={() => solveDrawdown(true)}>
            … the period
          </button>
        </>
      )}
      <button type="button" data-testid="solve-reduction" onClick={() => reductionFromRevenue()}>
        Set the reduction so Total meets revenue
      </button>
      <button type="button" data-testid="solve-reduction-yearly" onClick={() => reductionFromRevenue(true)}>
        … each year
      </button>
    </div>
  );
}
