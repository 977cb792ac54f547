import { Suspense, lazy, useContext, useMemo } from 'react';
import { Dec, decimalText, type Amount } from '../../model/amount';
import { formatShown, unitLabel } from '../../model/displayUnit';
import { activeReplay, compareReplay, compareScenario } from '../../state/appStore';
import { tableInWords } from '../../model/tableWords';
import { usePlanShown } from '../language/usePlanShown';
import { chartData } from './chartData';
import { REVENUE_TOTAL, computeFinance, financeRow } from '../../model/finance/financeTable';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';
import { ShownTabContext } from '../common/SideTabs';

// Recharts is only downloaded when a person first opens the charts.
const Charts = lazy(() => import('./Charts').then((module) => ({ default: module.Charts })));

/** Recharts breaks a text at spaces: no-break spaces keep a figure (`57 023`, `-1 000`) on one line. */
const keep = (text: string) => text.replace(/ /g, '\u00a0');

/** The allocation and a proposal's effect as pictures, live with the scenario shown. */
export function ChartsPanel() {
  // Drawn while its tab is shown (Recharts is fetched then, the first time), and not computed otherwise.
  const isOpen = useContext(ShownTabContext) === 'charts';
  const plan = usePlanShown();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const replayed = useApp(activeReplay);
  const compared = useApp(compareReplay);
  const comparedScenario = useApp(compareScenario);
  // Drawn only when open: the figures of a plan of thousands of lines cost tens of milliseconds on every change.
  const data = useMemo(() => {
    if (!isOpen) return null;
    const format = (value: Amount) => keep(formatShown(value, plan, style, displayUnit));
    const percent = (value: Amount, unit: string) => keep(`${decimalText(value, style, 2)}${unit}`);
    // With a financial plan, Total stands against the revenue that funds it.
    const { finance } = replayed.state.plan;
    const revenue = finance === undefined ? null : financeRow(computeFinance(finance, replayed.table), REVENUE_TOTAL).total;
    return chartData(plan, tableInWords(replayed.table, plan), tableInWords(compared.table, plan), revenue ?? replayed.state.envelope.total, revenue === null ? 'Envelope' : 'Revenue', format, percent);
  }, [isOpen, plan, style, displayUnit, replayed, compared]);
  return (
    <section className="panel charts-panel" aria-labelledby="charts-title" data-region="charts">
      <h2 id="charts-title">{t('app.charts.heading')}</h2>
      {data !== null && (
        <Suspense fallback={<p className="hint">{t('app.charts.loading')}</p>}>
          <Charts
            data={data}
            unit={unitLabel(plan, displayUnit)}
            comparedName={comparedScenario?.name ?? null}
            format={(value) => keep(formatShown(new Dec(value), plan, style, displayUnit))}
            // Numbers drawn on an axis are round already; two decimals at most, in the style's mark.
            decimal={(value) => keep(decimalText(new Dec(value).toDecimalPlaces(2), style))}
          />
        </Suspense>
      )}
    </section>
  );
}
