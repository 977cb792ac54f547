import { formatAmount } from '../model/amount';
import { TOTAL_ID } from '../model/plan';
import { rowOf } from '../model/table';
import { activeReplay } from '../state/appStore';
import { useApp } from './storeContext';

/** The Total over the whole period against the indicative envelope, in words as well as colour. */
export function EnvelopeIndicator() {
  const plan = useApp((s) => s.plan);
  const table = useApp((s) => activeReplay(s).table);
  const style = useApp((s) => s.style);
  const total = rowOf(table, TOTAL_ID).total;
  const difference = total.minus(plan.envelope);
  const format = (value: typeof total) => formatAmount(value, style, plan.precision);
  const state = difference.isZero() ? 'on' : difference.isPositive() ? 'above' : 'below';
  const relation =
 state === 'on' ? `exactly the envelope of ${format(plan.envelope)}` : `${format(difference.abs())} ${state} the envelope of ${format(plan.envelope)}`;
  return (
    <div className={`envelope envelope-${state}`} role="status" aria-live="polite" data-testid="envelope-indicator" data-state={state}>
      <span className="envelope-label">Total {plan.periodLabel}</span>{' '}
      <strong data-testid="envelope-total">{format(total)}</strong>
      <span aria-hidden="true"> – </span>
      <span data-testid="envelope-difference">{relation}</span>
    </div>
  );
}
