import { describeOperation } from '../../model/describe';
import { formatShown, unitLabel } from '../../model/displayUnit';
import { isAmountColumn } from '../../model/columns';
import { formatPercent } from '../../model/share';
import { shareOf } from '../../model/table';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { PrintTableHead } from './PrintTableHead';

/**
 * The scenario shown, laid out like Appendix A in the document — title, unit,
 * table, the note on the envelope — then the proposal's changes, for print
 * and print to PDF: no grid, no controls, and no row split by a page break.
 */
export function PrintView() {
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const scenario = useApp(activeScenario);
  const { table, failures } = useApp(activeReplay);
  const { columns } = table.layout;
  return (
    <article className="print-view" data-testid="print-view">
      <p className="print-appendix">APPENDIX A</p>
      <h1>{plan.title}</h1>
      <p className="print-meta">
        {unitLabel(plan, displayUnit)}
        {scenario ? ` – scenario “${scenario.name}”` : ' – as published'}
      </p>
      <table className="print-table">
        <PrintTableHead columns={columns} />
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} className={`print-${row.kind} depth-${Math.min(row.depth, 4)}`} data-row={row.id}>
              <th scope="row" className="print-code">
                {row.kind === 'line' || row.kind === 'group' ? row.id : ''}
              </th>
              <th scope="row" className="print-name">
                {row.name}
              </th>
              {columns.map((column) => (
                <td key={column.id} data-col={column.id}>
                  {isAmountColumn(column) ? formatShown(column.amountOf(row), plan, style, displayUnit) : formatPercent(shareOf(table, row.id), style)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.note && (
        <p className="print-note">
          <em>Note:</em> {plan.note}
        </p>
      )}
      {scenario && scenario.entries.length > 0 && (
        <section className="print-proposal">
          <h2>Changes in this scenario</h2>
          <ol>
            {scenario.entries.map((entry) => (
              <li key={entry.id}>
                {describeOperation(entry.operation, plan, style)}
                {entry.rationale && ` — ${entry.rationale}`}
                {!entry.enabled && ' (switched off)'}
                {failures.has(entry.id) && ` (not applied: ${failures.get(entry.id)})`}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
