import { inLanguage } from '../../i18n/planShown';
import { totalOver } from '../../model/columns';
import type { Amount } from '../../model/amount';
import { formatShown, formatWithDecimals } from '../../model/displayUnit';
import { TOTAL_ID } from '../../model/plan';
import type { Replay } from '../../model/proposal';
import { amountAt, rowOf } from '../../model/table';
import { activeReplay, activeScenario, compareReplay, compareScenario, shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { t } from '../../i18n/t';
import { BALANCE, REVENUE_TOTAL, balanceWords, computeFinance, financeRow, type FinanceTable } from '../../model/finance/financeTable';

/** Total against the revenue that funds it: "revenue 657 098, surplus 5 427". */
function againstRevenue(finance: FinanceTable, format: (value: Amount) => string): { state: string; words: string } {
  const { state, words } = balanceWords(financeRow(finance, BALANCE).total, format);
  return { state, words: t('app.envelope.againstRevenue', { revenue: format(financeRow(finance, REVENUE_TOTAL).total), balance: words }) };
}

function Indicator({ name, replayed, testId }: { name: string; replayed: Replay; testId: string }) {
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const format = (value: Amount) => formatShown(value, plan, style, displayUnit);
  // Revenue from units and a unit value may carry decimals: shown, so that a surplus of 0,072 never reads "surplus 0".
  const exact = (value: Amount) => formatWithDecimals(value, plan, style, displayUnit);
  const relation = (total: Amount, envelope: Amount) => {
    const difference = total.minus(envelope);
    const state = difference.isZero() ? 'on' : difference.gt(0) ? 'above' : 'below';
    const words = t(state === 'on' ? 'app.envelope.on' : state === 'above' ? 'app.envelope.above' : 'app.envelope.below', { difference: format(difference.abs()), envelope: format(envelope) });
    return { state, words };
  };
  const { envelope, plan: scenarioPlan } = replayed.state;
  const total = rowOf(replayed.table, TOTAL_ID).total;
  const { finance } = scenarioPlan;
  // With a financial plan the envelope is what revenue funds; an imported plan comes without either: say so rather than measure against zero.
  const overall =
    finance !== undefined
      ? againstRevenue(computeFinance(finance, replayed.table), exact)
      : envelope.total.isZero() && plan.envelope.isZero()
        ? { state: 'none', words: t('app.envelope.none', { action: t('model.op.envelope.label') }) }
        : relation(total, envelope.total);
  const biennia = finance !== undefined ? [] : Object.entries(envelope.biennia).map(([id, value]) => ({ id, ...relation(amountAt(replayed.table, TOTAL_ID, id), value) }));
  return (
    <div className={`envelope envelope-${overall.state}`} role="status" aria-live="polite" data-testid={testId} data-state={overall.state}>
      <span className="envelope-name">{name}</span>
      <span className="envelope-label">{totalOver(plan.periodLabel)}</span> <strong data-testid={`${testId}-total`}>{format(total)}</strong>
      <span aria-hidden="true"> – </span>
      <span data-testid={`${testId}-difference`}>{overall.words}</span>
      {biennia.map((b) => (
        <span key={b.id} className="envelope-biennium">
          {' '}
          {t('app.envelope.biennium', { biennium: b.id, total: format(amountAt(replayed.table, TOTAL_ID, b.id)), relation: b.words })}
        </span>
      ))}
    </div>
  );
}

/** Each scenario's Total against its envelope: the one shown, and the one it is compared with. */
export function EnvelopeIndicator() {
  const baselineName = inLanguage(useApp(shownPlan)).baselineName;
  const active = useApp(activeScenario);
  const compared = useApp(compareScenario);
  const activeReplayed = useApp(activeReplay);
  const comparedReplayed = useApp(compareReplay);
  const isSame = (active?.id ?? null) === (compared?.id ?? null);
  return (
    <div className="envelopes">
      <Indicator name={active?.name ?? baselineName} replayed={activeReplayed} testId="envelope-indicator" />
      {!isSame && <Indicator name={compared?.name ?? baselineName} replayed={comparedReplayed} testId="envelope-compared" />}
    </div>
  );
}
