import { usePlanShown } from '../language/usePlanShown';
import { useState } from 'react';
import type { Priority } from '../../io/strategyFile';
import { FieldError, operationFromDraft } from '../../model/operations/draft';

import { t } from '../../i18n/t';
import { ActionForm } from '../common/ActionForm';
import { useApp, useAppStore } from '../common/storeContext';

/**
 * Allocates a priority to its outcomes, from weights the person gives (equal
 * by default), apportioned exactly; or removes the allocation.
 */
export function BreakdownForm({ priority, isBrokenDown }: { priority: Priority; isBrokenDown: boolean }) {
  const store = useAppStore();
  const style = useApp((s) => s.style);
  const plan = usePlanShown();
  const [weights, setWeights] = useState<Record<string, string>>({});

  if (isBrokenDown) {
    return (
      <button type="button" data-testid="merge-outcomes" onClick={() => store.getState().applyOperation({ op: 'merge', line: priority.code })}>
        {t('panels.breakdown.merge')}
      </button>
    );
  }

  // The same reading of the weights as the operation form's, from the operation's own fields.
  const apply = () => {
    const parts = priority.outcomes.map((outcome) => ({ code: outcome.code, name: outcome.text, weight: weights[outcome.code] ?? '1', amounts: {} }));
    try {
      store.getState().applyOperation(operationFromDraft('breakdown:weights', { line: priority.code, mode: 'weights', parts }, { plan, style }));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      store.setState({ message: { kind: 'error', text: t('panels.breakdown.refused', { reason: error.message }) } });
    }
  };

  return (
    <ActionForm className="breakdown-form" onSubmit={apply}>
      <p className="hint">{t('panels.breakdown.hint', { code: priority.code })}</p>
      <div className="op-fields">
        {priority.outcomes.map((outcome) => (
          <label key={outcome.code} className="field">
            <span>{outcome.code}</span>
            <input
              data-testid={`weight-${outcome.code}`}
              inputMode="decimal"
              size={6}
              value={weights[outcome.code] ?? '1'}
              onChange={(event) => setWeights((w) => ({ ...w, [outcome.code]: event.target.value }))}
            />
          </label>
        ))}
      </div>
      <button type="submit" data-testid="break-down">
        {t('panels.breakdown.apply')}
      </button>
    </ActionForm>
  );
}
