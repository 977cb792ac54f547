import { OwnWordsNote } from '../language/OwnWordsNote';
import { useMemo } from 'react';
import { isAmountColumn } from '../../model/columns';
import { computeFinance } from '../../model/finance/financeTable';
import { activeReplay } from '../../state/appStore';
import { TABLE_FILE_TYPES } from '../../io/importFile';
import { FileButton } from '../common/FileButton';
import { useApp, useAppStore } from '../common/storeContext';
import { t } from '../../i18n/t';
import { MAX_TABLE_BYTES, tooLargeWords } from '../files/FileActions';
import { FinanceGrid } from './FinanceGrid';
import { ParameterTable } from './ParameterTable';
import { SolveControls } from './SolveControls';
import { RecostControls } from './RecostControls';

/** A financial plan from a file (as published, or the app's own export): previewed like any table, then a plan with that revenue. */
function ImportFinanceButton() {
  const store = useAppStore();
  const importFinance = async (file: File) => {
    if (file.size > MAX_TABLE_BYTES) {
      store.setState({ message: { kind: 'error', text: tooLargeWords(file.name, MAX_TABLE_BYTES) } });
      return;
    }
    await store.getState().previewImport(new Uint8Array(await file.arrayBuffer()), file.name, 'finance');
  };
  return (
    <p className="actions">
      <FileButton label={t('panels.finance.import')} accept={TABLE_FILE_TYPES} testId="import-finance" onFile={(file) => void importFinance(file)} />
    </p>
  );
}

/** The financial plan of the scenario shown: its assumptions, its revenue against Appendix A's Total, and the solutions that balance them. */
export function FinancePanel() {
  const replayed = useApp(activeReplay);
  const { plan } = replayed.state;
  const { finance } = plan;
  const computed = useMemo(() => (finance === undefined ? null : computeFinance(finance, replayed.table)), [finance, replayed.table]);
  const columns = useMemo(() => replayed.table.layout.columns.filter(isAmountColumn).filter((column) => column.kind !== 'change'), [replayed.table.layout.columns]);
  if (finance === undefined || computed === null) {
    return (
      <section className="panel" aria-labelledby="finance-title">
        <h2 id="finance-title">{t('panels.finance.title')}</h2>
        <p className="hint">{t('panels.finance.none')}</p>
        <ImportFinanceButton />
      </section>
    );
  }
  return (
    <section className="panel finance-panel" aria-labelledby="finance-title" data-region="finance">
      <h2 id="finance-title">{finance.title}</h2>
      <OwnWordsNote what="finance" />
      <p className="hint illustrative" data-testid="finance-note">
        {finance.note}
      </p>
      {finance.parameters.length > 0 && <ParameterTable finance={finance} years={plan.years} />}
      <SolveControls finance={finance} />
      <FinanceGrid finance={computed} columns={columns} plan={plan} />
      <RecostControls plan={plan} />
      <ImportFinanceButton />
    </section>
  );
}
