import { useState, type ReactNode } from 'react';
import { COLUMN_ROLES, ROW_ROLES, isEmptyMapping, type ColumnRole, type RowRole, type TableLayout, type TableMapping } from '../../io/import/mapping';
import { byNumber } from '../../io/import/problems';
import { useApp, useAppStore } from '../common/storeContext';

const COLUMN_WORDS: Record<ColumnRole, string> = {
  code: 'Codes',
  name: 'Names',
  headed: 'As headed (a period)',
  period: 'A period named in the heading',
  category: 'A category (a Sector, an objective)',
  total: 'The total (checked)',
  share: 'Each line’s share of the total (checked)',
  change: 'A change between the two columns before it (checked)',
  changePercent: 'A change in per cent (checked)',
  version: 'Another version of a period’s figures',
  skip: 'Not read',
};
const ROW_WORDS: Record<RowRole, string> = { line: 'A line', memo: '“Of which” (shown, not added)', section: 'A section heading (groups the lines under it)', subtotal: 'Subtotal', reduction: 'Deduction (taken off)', total: 'Total', skip: 'Not read' };
const KIND_WORDS: Record<string, string> = { memo: '“Of which” (shown, not added)', subtotal: 'Subtotal', reduction: 'Deduction', total: 'Total', group: 'Section (its subtotal)', section: 'Section heading', skip: 'Not read' };
/** How many rows are offered as the heading row, and how many columns shown: a heading is near the top. */
const HEADER_CHOICES = 40;
const MAX_COLUMNS = 60;

const rowText = (cells: readonly string[]) => {
  const text = cells.filter((cell) => cell.trim() !== '').join(' · ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
};

/**
 * How an imported file is read, for the person to correct where the
 * detection read it otherwise: the heading row, what each column holds,
 * what a row is. Each change reads the file again at once; the layout is
 * remembered for the next file of the same shape once figures come in.
 */
export function ImportLayoutPanel() {
  const store = useAppStore();
  const draft = useApp((s) => s.importDraft);
  if (draft === null || draft.layout === null) return null;
  const { layout, mapping, read, problems } = draft;
  const rows = read.source.rows;
  const columnName = read.source.columnName ?? byNumber;
  const remap = (change: TableMapping) => void store.getState().remapImport({ ...mapping, ...change });
  const headerChoices = rows.flatMap((cells, i) => ((i < HEADER_CHOICES && cells.some((cell) => cell.trim() !== '')) || i === layout.header ? [i] : []));
  return (
    <section className="panel import-layout" aria-label={`How ${read.source.name} is read`} data-testid="import-layout">
      {/* Closed while the detection reads the file and nothing was corrected: the preview above says what it found. */}
      <details open={problems.length > 0 || !isEmptyMapping(mapping)}>
      <summary data-testid="import-layout-summary">How {read.source.name} is read: heading row, columns, rows</summary>
      {problems.length > 0 && (
        <div className="mismatches" data-testid="import-layout-problems">
          <p>Read so, the file cannot be imported. Correct the heading row, a column or a row below, or cancel:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <label>
        Headings in{' '}
        <select value={layout.header} onChange={(event) => remap({ header: Number(event.target.value), columns: {}, rows: {} })} data-testid="import-header">
          {headerChoices.map((i) => (
            <option key={i} value={i}>
              row {i + 1}: {rowText(rows[i]!)}
            </option>
          ))}
        </select>
      </label>
      {layout.versions !== undefined && (
        <label>
          Read as the table’s figures{' '}
          <select value={layout.versions.read} onChange={(event) => remap({ version: event.target.value })} data-testid="import-version">
            {layout.versions.names.map((name) => (
              <option key={name} value={name}>
                {name === '' ? 'the version without a name' : name}
              </option>
            ))}
          </select>{' '}
          <span className="hint">the other versions become scenarios, to compare</span>
        </label>
      )}
      <ColumnRoles layout={layout} columnName={columnName} onChange={(i, role) => remap({ columns: { ...mapping.columns, [i]: role } })} />
      {layout.rows.size > 0 && (
        <ul className="hint" data-testid="import-rows">
          {[...layout.rows].map(([index, kind]) => (
            <li key={index}>
              Row {index + 1} ({rowText(rows[index] ?? [])}): {KIND_WORDS[kind] ?? kind}
            </li>
          ))}
        </ul>
      )}
      <RowRoleForm layout={layout} rowCount={rows.findLastIndex((cells) => cells.some((cell) => cell.trim() !== '')) + 1} onSet={(index, role) => remap({ rows: { ...mapping.rows, [index]: role } })}>
        {!isEmptyMapping(mapping) && (
          <button type="button" onClick={() => void store.getState().remapImport({})} data-testid="import-layout-reset">
            Read as detected
          </button>
        )}
        {problems.length > 0 && (
          <button type="button" onClick={() => store.getState().cancelImport()} data-testid="import-layout-cancel">
            Cancel
          </button>
        )}
      </RowRoleForm>
      </details>
    </section>
  );
}

/** What each column of the heading row holds, each choice read at once. */
function ColumnRoles({ layout, columnName, onChange }: { layout: TableLayout; columnName: (index: number) => string; onChange: (index: number, role: ColumnRole) => void }) {
  return (
    <table className="compare-table" data-testid="import-columns">
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Heading</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        {layout.columns.slice(0, MAX_COLUMNS).map((role, i) => (
          <tr key={i}>
            <th scope="row">{columnName(i)}</th>
            <td>{layout.headings[i] ?? ''}</td>
            <td>
              <select
                aria-label={`Column ${columnName(i)} read as`}
                value={role}
                onChange={(event) => onChange(i, event.target.value as ColumnRole)}
                data-testid={`import-column-${i}`}
              >
                <Choices roles={COLUMN_ROLES} words={COLUMN_WORDS} />
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Row 12 is Total": a row read as the person says, whatever its name. */
function RowRoleForm({ layout, rowCount, onSet, children }: { layout: TableLayout; rowCount: number; onSet: (index: number, role: RowRole) => void; children: ReactNode }) {
  const [rowNumber, setRowNumber] = useState('');
  const [rowRole, setRowRole] = useState<RowRole>('total');
  const typed = Number(rowNumber);
  const canSetRow = rowNumber !== '' && Number.isInteger(typed) && typed > layout.header + 1 && typed <= rowCount;
  return (
    <form
      className="actions"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSetRow) onSet(typed - 1, rowRole);
      }}
    >
      <label>
        Row <input type="number" min={layout.header + 2} max={rowCount} value={rowNumber} onChange={(event) => setRowNumber(event.target.value)} data-testid="import-row-number" />
      </label>
      <label>
        is{' '}
        <select value={rowRole} onChange={(event) => setRowRole(event.target.value as RowRole)} data-testid="import-row-role">
          <Choices roles={ROW_ROLES} words={ROW_WORDS} />
        </select>
      </label>
      {rowNumber !== '' && !canSetRow && (
        <span className="hint" role="status" data-testid="import-row-range">
          A row below the headings: {layout.header + 2} to {rowCount}.
        </span>
      )}
      <button type="submit" disabled={!canSetRow} data-testid="import-row-set">
        Set
      </button>
      {children}
    </form>
  );
}

/** The options of a role's select, each in words. */
function Choices<Role extends string>({ roles, words }: { roles: readonly Role[]; words: Record<Role, string> }) {
  return roles.map((choice) => (
    <option key={choice} value={choice}>
      {words[choice]}
    </option>
  ));
}
