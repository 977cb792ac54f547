import { useApp, useAppStore } from '../common/storeContext';

/** Which sheet of a workbook, and which of the tables a file holds, is read, chosen before its preview (see io/sheetChoice.ts, io/import/splitTables.ts). */
export function ImportTableChoice() {
  const store = useAppStore();
  const tables = useApp((s) => s.importDraft?.tables ?? null);
  const sheets = useApp((s) => (s.importDraft?.tables?.whole ?? s.importDraft?.read)?.sheets ?? null);
  if (tables === null && sheets === null) return null;
  return (
    <section className="panel import-tables" aria-label="Sheets and tables in the file">
      {sheets !== null && (
        <label>
          Sheet{' '}
          <select value={sheets.chosen} onChange={(event) => void store.getState().chooseImportSheet(Number(event.target.value))} data-testid="import-sheet-choice">
            {sheets.names.map((name, i) => (
              <option key={i} value={i}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}{' '}
      {tables !== null && (
        <>
          <label>
            Table{' '}
            <select value={tables.chosen} onChange={(event) => void store.getState().chooseImportTable(Number(event.target.value))} data-testid="import-table-choice">
              {tables.names.map((name, i) => (
                <option key={i} value={i}>
                  {name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="hint">This {sheets === null ? 'file' : 'sheet'} holds {tables.names.length} tables; each is imported on its own.</span>
        </>
      )}
    </section>
  );
}
