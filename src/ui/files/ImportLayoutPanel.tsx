import { useState, type ReactNode } from 'react';
import { COLUMN_ROLES, ROW_ROLES, isEmptyMapping, type ColumnRole, type RowRole, type TableLayout, type TableMapping } from '../../io/import/mapping';
import { byNumber } from '../../io/import/problems';
import type { MessageId } from '../../i18n/english';
import { t } from '../../i18n/t';
import { useApp, useAppStore } from '../common/storeContext';

// Message ids, said in the language chosen when the panel is drawn.
const COLUMN_WORDS: Record<ColumnRole, MessageId> = {
  code: 'panels.importLayout.column.code',
  name: 'panels.importLayout.column.name',
  section: 'panels.importLayout.column.section',
  headed: 'panels.importLayout.column.headed',
  period: 'panels.importLayout.column.period',
  category: 'panels.importLayout.column.category',
  total: 'panels.importLayout.column.total',
  share: 'panels.importLayout.column.share',
  change: 'panels.importLayout.column.change',
  changePercent: 'panels.importLayout.column.changePercent',
  version: 'panels.importLayout.column.version',
  skip: 'panels.importLayout.notRead',
};
const ROW_WORDS: Record<RowRole, MessageId> = {
  line: 'panels.importLayout.role.line',
  adjustment: 'panels.importLayout.role.adjustment',
  memo: 'panels.importLayout.memo',
  section: 'panels.importLayout.role.section',
  subtotal: 'panels.importLayout.subtotal',
  reduction: 'panels.importLayout.role.reduction',
  total: 'panels.importLayout.total',
  skip: 'panels.importLayout.notRead',
};
const KIND_WORDS: Readonly<Record<string, MessageId>> = {
  adjustment: 'panels.importLayout.role.adjustment',
  memo: 'panels.importLayout.memo',
  subtotal: 'panels.importLayout.subtotal',
  reduction: 'panels.importLayout.kind.reduction',
  total: 'panels.importLayout.total',
  group: 'panels.importLayout.kind.group',
  section: 'panels.importLayout.kind.section',
  skip: 'panels.importLayout.notRead',
};
const kindWords = (kind: string) => {
  const id = KIND_WORDS[kind];
  return id === undefined ? kind : t(id);
};
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
    <section className="panel import-layout" aria-label={t('panels.importLayout.label', { file: read.source.name })} data-testid="import-layout">
      {/* Closed while the detection reads the file and nothing was corrected: the preview above says what it found. */}
      <details open={problems.length > 0 || !isEmptyMapping(mapping)}>
      <summary data-testid="import-layout-summary">{t('panels.importLayout.summary', { file: read.source.name })}</summary>
      {problems.length > 0 && (
        <div className="mismatches" data-testid="import-layout-problems">
          <p>{t('panels.importLayout.problems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <label>
        {t('panels.importLayout.headingsIn')}{' '}
        <select value={layout.header} onChange={(event) => remap({ header: Number(event.target.value), columns: {}, rows: {} })} data-testid="import-header">
          {headerChoices.map((i) => (
            <option key={i} value={i}>
              {t('panels.importLayout.headingRow', { number: i + 1, text: rowText(rows[i]!) })}
            </option>
          ))}
        </select>
      </label>
      {layout.versions !== undefined && (
        <label>
          {t('panels.importLayout.versionRead')}{' '}
          <select value={layout.versions.read} onChange={(event) => remap({ version: event.target.value })} data-testid="import-version">
            {layout.versions.names.map((name) => (
              <option key={name} value={name}>
                {name === '' ? t('panels.importLayout.versionUnnamed') : name}
              </option>
            ))}
          </select>{' '}
          <span className="hint">{t('panels.importLayout.versionOthers')}</span>
        </label>
      )}
      <ColumnRoles layout={layout} columnName={columnName} onChange={(i, role) => remap({ columns: { ...mapping.columns, [i]: role } })} />
      {layout.rows.size > 0 && (
        <ul className="hint" data-testid="import-rows">
          {[...layout.rows].map(([index, kind]) => (
            <li key={index}>
              {t('panels.importLayout.rowRead', { number: index + 1, text: rowText(rows[index] ?? []), kind: kindWords(kind) })}
            </li>
          ))}
        </ul>
      )}
      <RowRoleForm layout={layout} rowCount={rows.findLastIndex((cells) => cells.some((cell) => cell.trim() !== '')) + 1} onSet={(index, role) => remap({ rows: { ...mapping.rows, [index]: role } })}>
        {!isEmptyMapping(mapping) && (
          <button type="button" onClick={() => void store.getState().remapImport({})} data-testid="import-layout-reset">
            {t('panels.importLayout.reset')}
          </button>
        )}
        {problems.length > 0 && (
          <button type="button" onClick={() => store.getState().cancelImport()} data-testid="import-layout-cancel">
            {t('panels.importLayout.cancel')}
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
          <th scope="col">{t('panels.importLayout.columnHead')}</th>
          <th scope="col">{t('panels.importLayout.headingHead')}</th>
          <th scope="col">{t('panels.importLayout.readAsHead')}</th>
        </tr>
      </thead>
      <tbody>
        {layout.columns.slice(0, MAX_COLUMNS).map((role, i) => (
          <tr key={i}>
            <th scope="row">{columnName(i)}</th>
            <td>{layout.headings[i] ?? ''}</td>
            <td>
              <select
                aria-label={t('panels.importLayout.columnReadAs', { column: columnName(i) })}
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
        {t('panels.importLayout.rowNumber')} <input type="number" min={layout.header + 2} max={rowCount} value={rowNumber} onChange={(event) => setRowNumber(event.target.value)} data-testid="import-row-number" />
      </label>
      <label>
        {t('panels.importLayout.rowIs')}{' '}
        <select value={rowRole} onChange={(event) => setRowRole(event.target.value as RowRole)} data-testid="import-row-role">
          <Choices roles={ROW_ROLES} words={ROW_WORDS} />
        </select>
      </label>
      {rowNumber !== '' && !canSetRow && (
        <span className="hint" role="status" data-testid="import-row-range">
          {t('panels.importLayout.rowRange', { first: layout.header + 2, last: rowCount })}
        </span>
      )}
      <button type="submit" disabled={!canSetRow} data-testid="import-row-set">
        {t('panels.importLayout.set')}
      </button>
      {children}
    </form>
  );
}

/** The options of a role's select, each in words. */
function Choices<Role extends string>({ roles, words }: { roles: readonly Role[]; words: Record<Role, MessageId> }) {
  return roles.map((choice) => (
    <option key={choice} value={choice}>
      {t(words[choice])}
    </option>
  ));
}
