import { inLanguage } from '../../i18n/planShown';
import { unitLabel } from '../../model/displayUnit';
import { shownTable } from '../../model/table';
import { baselineWords } from '../../model/plan';
import { tableHtml } from '../../io/tableHtml';
import { tableTsv } from '../../io/tableTsv';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { t } from '../../i18n/t';
import { useAppStore } from '../common/storeContext';
import { writeClipboard } from '../common/writeClipboard';

/**
 * Copies the scenario shown as a table, in the number style and unit shown:
 * HTML that Word, LibreOffice Writer and e-mail paste as a table with its
 * headings, rules and bold totals, and tab-separated text with exact figures
 * for a spreadsheet or a plain editor.
 */
export function CopyTableButton() {
  const store = useAppStore();

  const copy = async () => {
    const state = store.getState();
    const plan = shownPlan(state);
    const scenario = activeScenario(state);
    const table = shownTable(activeReplay(state).table, plan);
    const shown = { plan, style: state.style, displayUnit: state.displayUnit };
    const unit = unitLabel(plan, state.displayUnit);
    // Said as the print view says it, so that a pasted table names what it shows.
    const subtitle = scenario ? t('panels.copyTable.subtitleScenario', { unit, name: scenario.name }) : t('panels.copyTable.subtitleBaseline', { unit, baseline: baselineWords(inLanguage(plan)) });
    try {
      await writeClipboard({ text: tableTsv(table, shown), html: tableHtml(table, shown, { title: plan.title, subtitle }) });
      const count = table.rows.length;
      const text = scenario ? t('panels.copyTable.copiedScenario', { name: scenario.name, count, unit }) : t('panels.copyTable.copiedBaseline', { baseline: baselineWords(inLanguage(plan)), count, unit });
      store.setState({ message: { kind: 'info', text } });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.setState({ message: { kind: 'error', text: t('panels.copyTable.refused', { reason }) } });
    }
  };

  return (
    <button type="button" onClick={() => void copy()} data-testid="copy-table" title={t('panels.copyTable.title')}>
      {t('panels.copyTable.button')}
    </button>
  );
}
