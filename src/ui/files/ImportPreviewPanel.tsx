import { totalOver } from '../../model/columns';
import { decimalText, type Amount } from '../../model/amount';
import { formatShown, formatWithDecimals, unitLabel } from '../../model/displayUnit';
import { TOTAL_ID, hasCategories, isGroup, isMemo, walkLines, type Plan } from '../../model/plan';
import { rowOf } from '../../model/table';
import type { ImportPreview } from '../../io/tableImport';
import { BALANCE, EXPENDITURE, REVENUE_TOTAL, balanceWords, computeFinance, financeRow } from '../../model/finance/financeTable';
import { t } from '../../i18n/t';
import { MoreRows, useLongList } from '../common/LongList';
import { useApp, useAppStore } from '../common/storeContext';

/** Names in a sentence, each in quotation marks, or not. */
const listed = (names: readonly string[]) => names.join(t('panels.listSeparator'));
const quoted = (names: readonly string[]) => listed(names.map((name) => t('panels.quoted', { name })));

function lineCount(plan: Plan): { lines: number; groups: number; memos: number } {
  const all = [...walkLines(plan.lines)];
  const groups = all.filter(({ line }) => isGroup(line)).length;
  const memos = all.filter(({ line }) => isMemo(line)).length;
  return { lines: all.length - groups - memos, groups, memos };
}

/** What a table opened as a plan of its own holds: its lines, headings and "of which" lines, its columns, its Total, its other versions. */
function PlanSummary({ preview, format, unit }: { preview: ImportPreview; format: (value: Amount) => string; unit: string }) {
  const count = lineCount(preview.plan);
  const isCategories = hasCategories(preview.plan);
  const changes = preview.kind === 'new-plan' ? (preview.plan.changes ?? []) : [];
  return (
    <p data-testid="import-summary">
      {t('panels.importPreview.planSummary', {
        lines: count.lines,
        groups: count.groups,
        memos: count.memos,
        over: isCategories ? 'categories' : 'years',
        years: listed(preview.plan.years),
        total: totalOver(preview.plan.periodLabel),
        amount: format(rowOf(preview.table, TOTAL_ID).total),
        unit,
      })}
      {preview.versions.length > 0 && ` ${t('panels.importPreview.versions', { names: quoted(preview.versions.map((v) => v.name)) })}`}
      {changes.length > 0 && ` ${t('panels.importPreview.derived', { names: quoted(changes.map((c) => c.heading)) })}`}
    </p>
  );
}

/** What a financial plan read from the file brings: its revenue by section, against the expenditure, and the balance. */
function FinanceSummary({ preview, format, unit }: { preview: ImportPreview; format: (value: Amount) => string; unit: string }) {
  const finance = preview.plan.finance!;
  const computed = computeFinance(finance, preview.table);
  const sections = computed.rows.filter((row) => row.kind === 'section');
  const balance = balanceWords(financeRow(computed, BALANCE).total, format);
  return (
    <p data-testid="import-finance-summary">
      {t('panels.importPreview.financeSummary', {
        count: finance.lines.length,
        sections: listed(sections.map((row) => row.name)),
        revenue: format(financeRow(computed, REVENUE_TOTAL).total),
        expenditure: format(financeRow(computed, EXPENDITURE).total),
        unit,
        period: preview.plan.periodLabel,
        balance: balance.words,
      })}
      {finance.parameters.length > 0 && ` ${t('panels.importPreview.parameters', { names: listed(finance.parameters.map((p) => p.name)) })}`}
    </p>
  );
}

/** A file read as a financial plan (by its revenue total) may be read as a table instead, and back. */
function ReadingChoice({ isFinance }: { isFinance: boolean }) {
  const store = useAppStore();
  const reading = useApp((s) => s.importDraft?.reading);
  const choice =
    isFinance && reading !== 'finance'
      ? { to: 'table' as const, label: t('panels.importPreview.asTable'), testId: 'import-as-table' }
      : !isFinance && reading === 'table'
        ? { to: 'detect' as const, label: t('panels.importPreview.asFinance'), testId: 'import-as-finance' }
        : null;
  if (choice === null) return null;
  return (
    <p>
      <button type="button" onClick={() => void store.getState().rereadImport(choice.to)} data-testid={choice.testId}>
        {choice.label}
      </button>
    </p>
  );
}

/** Units tables are published in, offered as the person types. */
const UNITS = ['CHF thousands', 'CHF millions', 'CHF', 'USD thousands', 'USD millions', 'EUR thousands', 'EUR millions'];

/** What the figures of a table opened as a plan of its own are in: as the file says, else asked. */
function UnitQuestion({ unit, isSaid, onSay }: { unit: string; isSaid: boolean; onSay: (unit: string) => boolean }) {
  const say = (input: HTMLInputElement) => {
    if (input.value.trim() !== unit && !onSay(input.value)) input.value = unit;
  };
  return (
    <p className={isSaid ? undefined : 'import-unit-asked'}>
      <label>
        {isSaid ? t('panels.importPreview.unitSaid') : t('panels.importPreview.unitAsked')}{' '}
        <input
          key={unit}
          defaultValue={unit}
          list="import-units"
          maxLength={40}
          aria-label={t('panels.importPreview.unitLabel')}
          onBlur={(event) => say(event.currentTarget)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') say(event.currentTarget);
          }}
          data-testid="import-unit"
        />
      </label>
      <datalist id="import-units">
        {UNITS.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
    </p>
  );
}

/** What an imported file would change, before anything does: accept or cancel. */
export function ImportPreviewPanel() {
  const store = useAppStore();
  const preview = useApp((s) => s.importPreview);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const changes = useLongList(preview?.changes ?? [], preview);
  if (preview === null) return null;
  const format = (value: Amount) => formatShown(value, preview.plan, style, displayUnit);
  const canApply = preview.kind === 'new-plan' || preview.changes.length > 0;
  return (
    <section className="panel import-preview" aria-labelledby="import-title" data-testid="import-preview">
      <h2 id="import-title">{t('panels.importPreview.title', { source: preview.source })}</h2>
      <ul className="hint">
        {preview.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {preview.finance !== undefined && <FinanceSummary preview={preview} format={(value) => formatWithDecimals(value, preview.plan, style, displayUnit)} unit={unitLabel(preview.plan, displayUnit)} />}
      <ReadingChoice isFinance={preview.finance !== undefined} />
      {preview.kind === 'new-plan' && preview.finance !== 'attached' && <UnitQuestion unit={preview.plan.unit} isSaid={preview.unitSaid} onSay={(unit) => store.getState().setImportUnit(unit)} />}
      {preview.finance === 'attached' ? null : preview.kind === 'new-plan' ? (
        <PlanSummary preview={preview} format={format} unit={unitLabel(preview.plan, displayUnit)} />
      ) : preview.changes.length === 0 ? (
        <p data-testid="import-summary">{t('panels.importPreview.same')}</p>
      ) : (
        <>
          <p data-testid="import-summary">{t('panels.importPreview.changes', { count: preview.changes.length })}</p>
          <table className="compare-table" data-testid="import-changes">
            <thead>
              <tr>
                <th scope="col">{t('panels.importPreview.line')}</th>
                <th scope="col">{t('panels.importPreview.year')}</th>
                <th scope="col">{t('panels.importPreview.now')}</th>
                <th scope="col">{t('panels.importPreview.fromFile')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.shown.map((change) => (
                <tr key={`${change.rowId}-${change.year}`}>
                  <th scope="row">{change.rowId}</th>
                  <td>{change.year}</td>
                  <td>{format(change.from)}</td>
                  <td>{format(change.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreRows shown={changes.shown.length} more={changes.more} what="changes" onShowAll={changes.showAll} testId="import-more" />
        </>
      )}
      {preview.mismatches.length > 0 && (
        <div className="mismatches" data-testid="import-mismatches">
          <p>{t('panels.importPreview.mismatches', { count: preview.mismatches.length })}</p>
          <ul>
            {preview.mismatches.map((m) => {
              const values = { where: m.where, name: m.name ?? '', inFile: m.inFile, computed: m.isShare ? `${decimalText(m.computed, style, 2)}%` : formatWithDecimals(m.computed, preview.plan, style, displayUnit) };
              return <li key={m.where}>{m.name ? t('panels.importPreview.mismatchNamed', values) : t('panels.importPreview.mismatch', values)}</li>;
            })}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={!canApply} onClick={() => store.getState().acceptImport()} data-testid="import-accept">
          {t(preview.finance === 'attached' ? 'panels.importPreview.acceptRevenue' : preview.kind === 'new-plan' ? 'panels.importPreview.acceptPlan' : 'panels.importPreview.acceptFigures')}
        </button>
        <button type="button" onClick={() => store.getState().cancelImport()} data-testid="import-cancel">
          {t('panels.importPreview.cancel')}
        </button>
      </div>
    </section>
  );
}
