import { useState } from 'react';
import type { Priority } from '../../io/strategyFile';
import { parseAmount, type Amount } from '../../model/amount';
import { useApp, useAppStore } from '../common/storeContext';

/**
 * Allocates a priority to its outcomes, from weights the person gives (equal
 * by default), apportioned exactly; or removes the allocation.
 */
export function BreakdownForm({ priority, isBrokenDown }: { priority: Priority; isBrokenDown: boolean }) {
  const store = useAppStore();
  const style = useApp((s) => s.style);
  const [weights, setWeights] = useState<Record<string, string>>({});

  if (isBrokenDown) {
    return (
      <button type="button" data-testid="merge-outcomes" onClick={() => store.getState().applyOperation({ op: 'merge', line: priority.code })}>
        Remove the allocation to outcomes
      </button>
    );
  }

  const apply = () => {
    const parts: { code: string; name: string; weight: Amount }[] = [];
    for (const outcome of priority.outcomes) {
      const text = weights[outcome.code] ?? '1';
      const parsed = parseAmount(text, { style, scale: 6 });
      if (!parsed.ok) {
        store.setState({ message: { kind: 'error', text: `Weight of ${outcome.code}: “${text}” ${parsed.error.message}. Nothing was changed.` } });
        return;
      }
      parts.push({ code: outcome.code, name: outcome.text, weight: parsed.value });
    }
    store.getState().applyOperation({ op: 'breakdown', line: priority.code, mode: 'weights', parts });
  };

  return (
    <form
      className="breakdown-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <p className="hint">Allocate {priority.code} to its outcomes in proportion to these weights (each year shared exactly):</p>
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
        Allocate to outcomes
      </button>
    </form>
  );
}
