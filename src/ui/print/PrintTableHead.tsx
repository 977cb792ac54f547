import { headerBands, type TableColumn } from '../../model/columns';
import { t } from '../../i18n/t';

/**
 * The table's two header rows, as the workbook writes them: "Code" and
 * the lines' heading, a biennium's heading over its years and its "Total", and every
 * column that stands alone (a year outside any biennium, the period total,
 * the share) through both rows. Printed again at the top of every page.
 */
export function PrintTableHead({ columns, lineHeading }: { columns: readonly TableColumn[]; lineHeading: string }) {
  return (
    <thead>
      <tr>
        <th rowSpan={2} className="print-code">
          {t('app.grid.code')}
        </th>
        <th rowSpan={2} className="print-name">
          {lineHeading}
        </th>
        {headerBands(columns).map(({ group, columns: banded }) =>
          group === null ? (
            <th key={banded[0]!.id} rowSpan={2}>
              {banded[0]!.heading}
            </th>
          ) : (
            <th key={group.id} colSpan={banded.length}>
              {group.heading}
            </th>
          ),
        )}
      </tr>
      <tr>
        {columns
          .filter((column) => column.group !== null)
          .map((column) => (
            <th key={column.id}>{column.subheading}</th>
          ))}
      </tr>
    </thead>
  );
}
