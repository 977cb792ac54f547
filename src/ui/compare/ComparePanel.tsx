import { isLineRow, shownTable, type Table } from '../../model/table';
import type { Plan } from '../../model/plan';
import { useMemo } from 'react';
import { decimalText, type Amount, type NumberStyle } from '../../model/amount';
import { formatShown, unitLabel } from '../../model/displayUnit';
import { amountColumns, compareTables } from '../../model/compare';
import { percentHalfUp, type Ratio } from '../../model/share';
import { activeReplay, activeScenario, compareReplay, compareScenario } from '../../state/appStore';
import { rowNameIn } from '../../model/tableWords';
import { usePlanShown } from '../language/usePlanShown';
import { MoreRows, useLongList } from '../common/LongList';
import { ScenarioOptions } from '../common/ScenarioOptions';
import { useIsTabShown } from '../common/SideTabs';
import { useApp, useAppStore } from '../common/storeContext';
import { FinanceCompare } from './FinanceCompare';
import { t } from '../../i18n/t';

const nothingToCompare = (hasScenarios: boolean) => (hasScenarios ? t('proposal.compare.choose') : t('proposal.compare.noScenario'));

const differences = (changes: number, hasFinance: boolean) =>
  changes === 0
    ? hasFinance
      ? t('proposal.compare.noDifferenceFinance')
      : t('proposal.compare.noDifference')
    : t('proposal.compare.differences', { count: changes });

/** A difference in per cent or in points of share, signed; a dash where there is none. */
function percentText(ratio: Ratio | null, style: NumberStyle, unit: '%' | 'points'): string {
  const value = ratio === null ? null : percentHalfUp(ratio);
  if (value === null) return '–';
  const figure = `${value.gt(0) ? '+' : ''}${decimalText(value, style, 2)}`;
  // "%" close up, as the grid writes shares ("36,07%"); points spaced ("+0,99 pp"), in the language's words.
  return unit === '%' ? `${figure}%` : t('proposal.compare.points', { value: figure });
}

/** A plan that shows no reduction (an imported table without one) has no Subtotal or reduction rows to compare, unless a scenario takes one. */
function comparedRows(a: Table, b: Table, plan: Pick<Plan, 'showsReduction'>) {
  const shownA = shownTable(a, plan);
  const isAnyShown = shownA.rows.length === a.rows.length || shownTable(b, plan).rows.length === b.rows.length;
  return compareTables(isAnyShown ? a : shownA, b);
}

/** Two scenarios side by side: every cell's difference in the unit and in %, every share's in points. */
export function ComparePanel() {
  const store = useAppStore();
  const plan = usePlanShown();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const compareId = useApp((s) => compareScenario(s)?.id ?? null);
  const active = useApp(activeScenario);
  const hasScenarios = useApp((s) => s.scenarios.some((scenario) => scenario.planId === s.activePlanId));
  const a = useApp(activeReplay);
  const b = useApp(compareReplay);
  // Hidden behind another tab, the panel stays in the page (F6 reaches it) but compares nothing: a plan of 20 000 lines takes a second.
  const isShown = useIsTabShown('compare');
  const rows = useMemo(() => (isShown ? comparedRows(a.table, b.table, plan) : []), [isShown, a.table, b.table, plan]);
  const columns = amountColumns(a.table);
  const list = useLongList(rows, `${active?.id ?? ''}|${compareId ?? ''}|${plan.id}`);

  const signed = (value: Amount) => `${value.gt(0) ? '+' : ''}${formatShown(value, plan, style, displayUnit)}`;
  const percent = (ratio: Ratio | null, unit: '%' | 'points') => percentText(ratio, style, unit);
  const rowName = (id: string) => {
    const row = a.table.rows[a.table.index.get(id)!]!;
    return isLineRow(row) ? row.id : (rowNameIn(plan, id) ?? row.name);
  };
  // Shares count too, as the grid outlines them: those that read differently to the hundredth.
  const changes = rows.reduce((n, row) => n + row.cells.filter((c) => !c.difference.isZero()).length + (row.isShareShownSame ? 0 : 1), 0);

  return (
    <section className="panel compare" aria-labelledby="compare-title" data-testid="compare" data-region="compare">
      <h2 id="compare-title">
        {active ? t('proposal.compare.titleScenario', { name: active.name }) : t('proposal.compare.titleBaseline')}{' '}
        <select
          aria-label={t('proposal.compare.selectLabel')}
          data-testid="compare-select"
          value={compareId ?? ''}
          onChange={(event) => store.getState().compareWith(event.target.value || null)}
        >
          <ScenarioOptions baselineLabel={t('proposal.compare.baselineOption')} isForCompare />
        </select>
      </h2>
      <p className="hint" data-testid="compare-summary">
        {active === null && compareId === null ? nothingToCompare(hasScenarios) : differences(changes, a.state.plan.finance !== undefined)}
      </p>
      {changes > 0 && (
        <div className="compare-scroll">
          <table className="compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{unitLabel(plan, displayUnit)}</th>
                {columns.map((column) => <th scope="col" key={column.id}>{column.heading}</th>)}
                <th scope="col">{t('proposal.compare.shareHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {list.shown.map((row) => (
                <tr key={row.rowId} data-row={row.rowId}>
                  <th scope="row">{rowName(row.rowId)}</th>
                  {row.cells.map((cell) => (
                    <td key={cell.columnId} data-col={cell.columnId} className={cell.difference.isZero() ? 'same' : 'differs'}>
                      {cell.difference.isZero() ? (
                        '–'
                      ) : (
                        <>
                          <span className="diff-amount"><bdi dir="ltr">{signed(cell.difference)}</bdi></span>
                          <span className="diff-percent"><bdi dir="ltr">{percent(cell.relative, '%')}</bdi></span>
                        </>
                      )}
                    </td>
                  ))}
                  <td data-col="share" className={row.isShareShownSame ? 'same' : 'differs'}>
                    {row.isShareShownSame ? '–' : percent(row.share, 'points')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreRows shown={list.shown.length} more={list.more} what="rows" onShowAll={list.showAll} testId="compare-more" />
        </div>
      )}
      {(active !== null || compareId !== null) && <FinanceCompare a={a} b={b} />}
    </section>
  );
}
