import { inLanguage } from '../../i18n/planShown';
import { useState } from 'react';
import { baselineWords } from '../../model/plan';
import { activeScenario, shownPlan, type AppState } from '../../state/appStore';
import { replayOf } from '../../state/replays';
import { shownPool } from '../../state/poolSlice';
import { writeCsv } from '../../io/csvFile';
import { writeFinanceCsv } from '../../io/financeCsv';
import { t } from '../../i18n/t';
import { downloadText, fileNameFor } from '../common/download';
import { useApp, useAppStore } from '../common/storeContext';
import { fileStem, useWorkbookExport } from './useWorkbookExport';

/** The scenario's own financial plan (its parameters as changed), beside its table, as CSV. */
function exportFinanceCsv(state: AppState, separator: ',' | ';'): void {
  const plan = shownPlan(state);
  const scenario = activeScenario(state);
  const replayed = replayOf(plan, scenario);
  if (replayed.state.plan.finance === undefined) return;
  const csv = writeFinanceCsv(replayed.state.plan.finance, replayed.table, { separator });
  downloadText(fileNameFor(t('panels.export.financeFileName', { name: scenario?.name ?? fileStem(plan) }), 'csv'), csv, 'text/csv');
}

/**
 * Exports chosen scenarios to an Excel workbook with live formulas, written
 * by ExcelJS in a worker (loaded only when a person exports, so the page
 * opens without it), with the stage shown and a Stop; or the scenario shown
 * as CSV.
 */
export function ExportPanel({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const allScenarios = useApp((s) => s.scenarios);
  const activePlanId = useApp((s) => s.activePlanId);
  const plan = useApp(shownPlan);
  // A workbook is about one plan: the one shown.
  const scenarios = allScenarios.filter((scenario) => scenario.planId === activePlanId);
  const active = useApp(activeScenario);
  const [chosen, setChosen] = useState<string[]>(active ? [active.id] : []);
  const workbook = useWorkbookExport(onClose);
  const pooled = useApp((s) => shownPool(s).length);

  const exportCsv = (separator: ',' | ';') => {
    const state = store.getState();
    const plan = shownPlan(state);
    const scenario = activeScenario(state);
    const csv = writeCsv(plan, replayOf(plan, scenario).table, { separator });
    downloadText(fileNameFor(scenario?.name ?? fileStem(plan), 'csv'), csv, 'text/csv');
  };

  return (
    <section className="panel export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('panels.export.title')}</h2>
      <p className="hint">
        {t('panels.export.sheets')}
        {pooled > 0 && ` ${t('panels.export.poolSheet', { count: pooled })}`}
      </p>
      <fieldset className="years">
        <legend>{t('panels.export.scenarios')}</legend>
        {scenarios.length === 0 && <span className="hint">{t('panels.export.noScenario', { baseline: baselineWords(inLanguage(plan)) })}</span>}
        {scenarios.map((scenario) => (
          <label key={scenario.id}>
            <input
              type="checkbox"
              checked={chosen.includes(scenario.id)}
              onChange={() => setChosen((ids) => (ids.includes(scenario.id) ? ids.filter((id) => id !== scenario.id) : [...ids, scenario.id]))}
            />
            {scenario.name}
          </label>
        ))}
      </fieldset>
      {workbook.stage !== null && (
        <p className="work-progress" role="status" aria-live="polite" data-testid="export-progress">
          {t('panels.export.progress', { stage: workbook.stage })}{' '}
          <button type="button" onClick={workbook.stop} data-testid="export-stop">
            {t('panels.export.stop')}
          </button>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => exportCsv(',')} data-testid="export-csv">
          {t('panels.export.csvCommas')}
        </button>
        <button type="button" onClick={() => exportCsv(';')} data-testid="export-csv-semicolon">
          {t('panels.export.csvSemicolons')}
        </button>
        {plan.finance !== undefined && (
          <>
            <button type="button" onClick={() => exportFinanceCsv(store.getState(), ',')} data-testid="export-finance-csv">
              {t('panels.export.financeCsvCommas')}
            </button>
            <button type="button" onClick={() => exportFinanceCsv(store.getState(), ';')} data-testid="export-finance-csv-semicolon">
              {t('panels.export.financeCsvSemicolons')}
            </button>
          </>
        )}
        <button type="submit" disabled={workbook.stage !== null} onClick={() => workbook.run(scenarios.filter((s) => chosen.includes(s.id)))} data-testid="export-xlsx">
          {workbook.stage === null ? t('panels.export.xlsx') : t('panels.export.exporting')}
        </button>
        <button type="button" onClick={onClose}>
          {t('panels.export.close')}
        </button>
      </div>
    </section>
  );
}
