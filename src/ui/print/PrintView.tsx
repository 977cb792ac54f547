import { useMemo, type CSSProperties } from 'react';
import { describeOperation } from '../../model/describe';
import { formatShown, unitLabel } from '../../model/displayUnit';
import { isAmountColumn, ratioIn } from '../../model/columns';
import { formatPercent } from '../../model/share';
import { columnShareOf, shareOf, shownTable, type Table } from '../../model/table';
import type { NumberStyle } from '../../model/amount';
import { baselineWords, hasCategories } from '../../model/plan';
import { columnPoints } from '../../io/pageLayout';
import { appendixFigures, noteText, printedTable } from '../../io/printedTable';
import { codeText } from '../../io/tableCells';
import { activeReplay, activeScenario } from '../../state/appStore';
import { tableInWords } from '../../model/tableWords';
import { usePlanShown } from '../language/usePlanShown';
import { t } from '../../i18n/t';
import { useApp } from '../common/storeContext';
import { PrintedPage } from './PrintedPage';
import { PrintTableHead } from './PrintTableHead';
import { fontFactor } from './printFont';

/** The table's rows cut where the pages begin. */
const pagesOf = (table: Table, starts: readonly number[]) => starts.map((start, p) => table.rows.slice(start, starts[p + 1] ?? table.rows.length));

/** Under a table of categories, each column's share of the whole, as the workbook writes it. */
function ColumnShareRow({ table, style }: { table: Table; style: NumberStyle }) {
  return (
    <tr className="print-column-share" data-row="column-share">
      <th scope="row" className="print-code" />
      <th scope="row" className="print-name">
        {t('app.grid.columnShare')}
      </th>
      {table.layout.columns.map((column) => (
        <td key={column.id} data-col={column.id}>
          {isAmountColumn(column) ? formatPercent(columnShareOf(table, column.id), style) : ''}
        </td>
      ))}
    </tr>
  );
}

/**
 * The scenario shown, laid out like Appendix A in the document and like
 * the workbook's sheet — the same title, headings, rows and columns, cut
 * into the same A4 landscape pages (io/printedTable.ts), the header rows on
 * each — then the note and, on a page of their own, the proposal's changes.
 * For print and print to PDF: no grid, no controls.
 */
export function PrintView() {
  const plan = usePlanShown();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const scenario = useApp(activeScenario);
  const { table: all, failures } = useApp(activeReplay);
  const table = useMemo(() => tableInWords(shownTable(all, plan), plan), [all, plan]);
  const { columns } = table.layout;
  const what = scenario ? t('app.print.scenario', { name: scenario.name }) : baselineWords(plan);
  const subtitle = `${unitLabel(plan, displayUnit)} – ${what}`;
  const printed = useMemo(
    () => printedTable({ table, figures: appendixFigures(table, plan, style), title: plan.title, subtitle, note: plan.note }),
    [table, plan, style, subtitle],
  );
  const isCategories = hasCategories(plan);
  const tableWidth = printed.widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const sizes = { '--print-scale': printed.scale, '--print-font': fontFactor() } as CSSProperties;
  return (
    <article className="print-view" data-testid="print-view" data-pages={printed.pages} style={sizes}>
      <PrintedPage left={scenario ? t('app.print.scenarioFooter', { name: scenario.name }) : plan.baselineName} />
      {plan.eyebrow && <p className="print-appendix">{plan.eyebrow}</p>}
      <h1>{plan.title}</h1>
      <p className="print-meta">{subtitle}</p>
      {pagesOf(table, printed.pageStarts).map((rows, p) => (
        <table className="print-table" key={rows[0]!.id} data-page={p + 1} style={{ width: `calc(${tableWidth}pt * var(--print-scale))` }}>
          <colgroup>
            {printed.widths.map((width, k) => (
              <col key={k} style={{ width: `calc(${columnPoints(width)}pt * var(--print-scale))` }} />
            ))}
          </colgroup>
          <PrintTableHead columns={columns} lineHeading={plan.lineHeading} />
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className={`print-${row.kind} depth-${Math.min(row.depth, 4)}`}
                data-row={row.id}
                style={{ '--print-lines': printed.rowLines[table.index.get(row.id)!] } as CSSProperties}
              >
                <th scope="row" className="print-code">
                  {codeText(row)}
                </th>
                <th scope="row" className="print-name">
                  {row.name}
                </th>
                {columns.map((column) => (
                  <td key={column.id} data-col={column.id}>
                    {isAmountColumn(column) ? formatShown(column.amountOf(row), plan, style, displayUnit) : formatPercent(ratioIn(column, row, shareOf(table, row.id)), style)}
                  </td>
                ))}
              </tr>
            ))}
            {isCategories && p === printed.pages - 1 && <ColumnShareRow table={table} style={style} />}
          </tbody>
        </table>
      ))}
      {plan.note && (
        <p className={`print-note${printed.noteOnNewPage ? ' new-page' : ''}`} style={{ width: `calc(${tableWidth}pt * var(--print-scale))` }}>
          {noteText(plan.note)}
        </p>
      )}
      {scenario && scenario.entries.length > 0 && (
        <section className="print-proposal">
          <h2>{t('app.print.changes')}</h2>
          <ol>
            {scenario.entries.map((entry) => (
              <li key={entry.id}>
                {describeOperation(entry.operation, plan, style)}
                {entry.rationale && ` — ${entry.rationale}`}
                {!entry.enabled && t('app.print.switchedOff')}
                {failures.has(entry.id) && t('app.print.notApplied', { reason: failures.get(entry.id) ?? '' })}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
