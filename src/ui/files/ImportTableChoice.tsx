import { useApp, useAppStore } from '../common/storeContext';

/** Which of the tables a file holds is read, chosen before its preview (see io/import/splitTables.ts). */
export function ImportTableChoice() {
  const store = useAppStore();
  const tables = useApp((s) => s.importDraft?.tables ?? null);
  if (tables === null) return null;
  return (
    <section className="panel import-tables" aria-label="Tables in the file">
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
      <span className="hint">
        This file holds {tables.names.length} tables; each is imported on its own.
      </span>
    </section>
  );
}
