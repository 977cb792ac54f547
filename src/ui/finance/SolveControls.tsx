import { useState } from 'react';
import { Dec } from '../../model/amount';
import type { FinancialPlan } from '../../model/finance/financialPlan';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';

const STEPS = ['1', '100', '1000'] as const;

/** The closed-form solutions: the unit value, the Reserve drawdown, the reduction, each applied as operations (undoable, in the proposal); those the plan has. */
export function SolveControls({ finance }: { finance: FinancialPlan }) {
  const [step, setStep] = useState<(typeof STEPS)[number]>('1000');
  const solveUnitValue = useApp((s) => s.solveUnitValue);
  const solveDrawdown = useApp((s) => s.solveDrawdown);
  const reductionFromRevenue = useApp((s) => s.reductionFromRevenue);
  return (
    <div className="solve toolbar" role="group" aria-label={t('panels.solve.label')}>
      {finance.unitValue !== undefined && (
        <>
          <label className="field">
            <span>{t('panels.solve.step')}</span>
            <select data-testid="solve-step" value={step} onChange={(event) => setStep(event.target.value as (typeof STEPS)[number])}>
              {STEPS.map((s) => (
                <option key={s} value={s}>
                  {s === '1000' ? '1 000' : s}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="solve-unit-value" onClick={() => solveUnitValue(new Dec(step))}>
            {t('panels.solve.unitValue')}
          </button>
        </>
      )}
      {finance.drawdown !== undefined && (
        <>
          <button type="button" data-testid="solve-drawdown" onClick={() => solveDrawdown()}>
            {t('panels.solve.drawdown')}
          </button>
          <button type="button" data-testid="solve-drawdown-period" onClick={() => solveDrawdown(true)}>
            {t('panels.solve.drawdownPeriod')}
          </button>
        </>
      )}
      <button type="button" data-testid="solve-reduction" onClick={() => reductionFromRevenue()}>
        {t('panels.solve.reduction')}
      </button>
      <button type="button" data-testid="solve-reduction-yearly" onClick={() => reductionFromRevenue(true)}>
        {t('panels.solve.reductionYearly')}
      </button>
    </div>
  );
}
