import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';

/** One choice among a file's sheets or tables: a labelled select of their names. */
function NameChoice({ label, names, chosen, onChoose, testId }: { label: string; names: readonly string[]; chosen: number; onChoose: (index: number) => void; testId: string }) {
  return (
    <label>
      {label}{' '}
      <select value={chosen} onChange={(event) => onChoose(Number(event.target.value))} data-testid={testId}>
        {names.map((name, i) => (
          <option key={i} value={i}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which sheet of a workbook, and which of the tables a file holds, is read, chosen before its preview (see io/sheetChoice.ts, io/import/splitTables.ts). */
export function ImportTableChoice() {
  const store = useAppStore();
  const tables = useApp((s) => s.importDraft?.tables ?? null);
  const sheets = useApp((s) => (s.importDraft?.tables?.whole ?? s.importDraft?.read)?.sheets ?? null);
  if (tables === null && sheets === null) return null;
  return (
    <section className="panel import-tables" aria-label={t('panels.importTables.label')}>
      {sheets !== null && <NameChoice label={t('panels.importTables.sheet')} names={sheets.names} chosen={sheets.chosen} onChoose={(index) => void store.getState().chooseImportSheet(index)} testId="import-sheet-choice" />}{' '}
      {tables !== null && (
        <>
          <NameChoice label={t('panels.importTables.table')} names={tables.names} chosen={tables.chosen} onChoose={(index) => void store.getState().chooseImportTable(index)} testId="import-table-choice" />{' '}
          <span className="hint">{t(sheets === null ? 'panels.importTables.inFile' : 'panels.importTables.inSheet', { count: tables.names.length })}</span>
        </>
      )}
    </section>
  );
}
