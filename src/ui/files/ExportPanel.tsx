import { useState } from 'react';
import { baselineWords, type Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenario';
import { activeScenario, shownPlan, type AppState } from '../../state/appStore';
import { replayOf } from '../../state/replays';
import { writeCsv } from '../../io/csvFile';
import { writeFinanceCsv } from '../../io/financeCsv';
import { downloadText, fileNameFor } from '../common/download';
import { useApp, useAppStore } from '../common/storeContext';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook of the plan shown with the chosen scenarios, in the number style and unit shown; ExcelJS is loaded here, on first use. */
async function workbookFor(state: AppState, scenarios: readonly Scenario[]): Promise<Uint8Array<ArrayBuffer>> {
  const plan = shownPlan(state);
  const { buildWorkbook, workbookBytes } = await import('../../io/xlsxExport');
  return workbookBytes(
    buildWorkbook({
      plan,
      baseline: replayOf(plan, null),
      scenarios: scenarios.map((scenario) => ({ scenario, replay: replayOf(plan, scenario) })),
      style: state.style,
      displayUnit: state.displayUnit,
      exportedAt: new Date(),
      appVersion: __APP_VERSION__,
    }),
  );
}

/**
 * Exports chosen scenarios to an Excel workbook with live formulas. ExcelJS
 * is loaded only when a person exports, so the page opens without it.
 */
/** What a file of the plan is called: Appendix A by its eyebrow and period, an imported table by its title. */
const fileStem = (plan: Plan) => (plan.eyebrow === '' ? plan.title : `${plan.eyebrow.toLowerCase().replace(/\s+/g, '-')}-${plan.periodLabel}`);

/** The scenario's own financial plan (its parameters as changed), beside its table, as CSV. */
function exportFinanceCsv(state: AppState, separator: ',' | ';'): void {
  const plan = shownPlan(state);
  const scenario = activeScenario(state);
  const replayed = replayOf(plan, scenario);
  if (replayed.state.plan.finance === undefined) return;
  const csv = writeFinanceCsv(replayed.state.plan.finance, replayed.table, { separator });
  downloadText(fileNameFor(`${scenario?.name ?? fileStem(plan)} financial plan`, 'csv'), csv, 'text/csv');
}

export function ExportPanel({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const allScenarios = useApp((s) => s.scenarios);
  const activePlanId = useApp((s) => s.activePlanId);
  const plan = useApp(shownPlan);
  // A workbook is about one plan: the one shown.
  const scenarios = allScenarios.filter((scenario) => scenario.planId === activePlanId);
  const active = useApp(activeScenario);
  const [chosen, setChosen] = useState<string[]>(active ? [active.id] : []);
  const [isBusy, setBusy] = useState(false);

  const exportCsv = (separator: ',' | ';') => {
    const state = store.getState();
    const plan = shownPlan(state);
    const scenario = activeScenario(state);
    const csv = writeCsv(plan, replayOf(plan, scenario).table, { separator });
    downloadText(fileNameFor(scenario?.name ?? fileStem(plan), 'csv'), csv, 'text/csv');
  };

  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const plan = shownPlan(store.getState());
      const picked = scenarios.filter((s) => chosen.includes(s.id));
      const bytes = await workbookFor(store.getState(), picked);
      // Named after its one scenario, so that two proposals' workbooks do not overwrite each other.
      const only = picked.length === 1 ? picked[0]!.name : null;
      downloadText(fileNameFor(only === null ? fileStem(plan) : `${fileStem(plan)} ${only}`, 'xlsx'), bytes, XLSX_TYPE);
      store.setState({ message: { kind: 'info', text: `Exported the baseline${picked.length ? ` and ${picked.map((s) => `“${s.name}”`).join(', ')}` : ''} to Excel.` } });
      onClose();
    } catch (error) {
      store.setState({ message: { kind: 'error', text: `The workbook could not be made: ${error instanceof Error ? error.message : String(error)}.` } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">Export</h2>
      <p className="hint">The baseline of the plan shown is always the first sheet. Each scenario gets its own sheet, a comparison with the baseline, and its proposal.</p>
      <fieldset className="years">
        <legend>Scenarios</legend>
        {scenarios.length === 0 && <span className="hint">No scenario yet: the workbook will hold the {baselineWords(plan)}.</span>}
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
      <div className="actions">
        <button type="button" onClick={() => exportCsv(',')} data-testid="export-csv">
          Scenario shown as .csv (commas)
        </button>
        <button type="button" onClick={() => exportCsv(';')} data-testid="export-csv-semicolon">
          .csv for French/Swiss Excel (semicolons)
        </button>
        {plan.finance !== undefined && (
          <>
            <button type="button" onClick={() => exportFinanceCsv(store.getState(), ',')} data-testid="export-finance-csv">
              Financial plan as .csv
            </button>
            <button type="button" onClick={() => exportFinanceCsv(store.getState(), ';')} data-testid="export-finance-csv-semicolon">
              Financial plan, semicolons
            </button>
          </>
        )}
        <button type="submit" disabled={isBusy} onClick={() => void exportWorkbook()} data-testid="export-xlsx">
          {isBusy ? 'Exporting…' : 'Export .xlsx'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
