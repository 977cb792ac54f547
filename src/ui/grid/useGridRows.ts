import type { GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { Table } from '../../model/table';
import type { Breach } from '../../model/validity';
import { columnShareRow } from './gridColumns';
import { KeptRows } from './gridRows';
import type { GridRow } from './gridRow';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../model/plan';

const PINNED_IDS = [SUBTOTAL_ID, REDUCTION_ID, TOTAL_ID];

/**
 * The grid's rows, Subtotal, the reduction and Total pinned below; a collapsed
 * group's lines left out (the group row stays, with their sum). Rows whose
 * figures did not change keep their objects (see gridRows.ts); the cells drawn
 * are then read again, those whose figure changed flash; where the scenario
 * compared with changed, marks may change on unchanged figures, and every
 * drawn cell is drawn again. `rowData` and `pinnedData` are the arrays to
 * give the grid: where only figures changed, the ones given before (see
 * GivenRows in gridRows.ts); `pinned` are the pinned rows of the table, which
 * a block selection reads (without the row of column shares).
 * `onGridReady` is to be called when the grid is.
 */
export function useGridRows(table: Table, compared: Table, locked: readonly string[], collapsed: ReadonlySet<string>, problems: readonly Breach[], withColumnShares: boolean) {
  const [kept] = useState(() => new KeptRows());
  const rows = useMemo(() => {
    const all = kept.rowsFor(table, PINNED_IDS, { compared, flagged: problems.flatMap((breach) => breach.cells), locked });
    const body = collapsed.size === 0 ? all.body : all.body.filter((r) => !r.row.ancestors.some((code) => collapsed.has(code)));
    // A table of categories shows each column's share of the whole under its Total; the row is read, not selected or copied.
    const pinned = withColumnShares ? [...all.pinned, columnShareRow(table)] : all.pinned;
    return { body, pinned: all.pinned, compared, ...kept.dataFor(body, pinned), shownPinned: pinned };
  }, [kept, table, compared, locked, collapsed, problems, withColumnShares]);
  useEffect(() => kept.refresh(rows.compared, { body: rows.body, rowData: rows.rowData, pinned: rows.shownPinned, pinnedData: rows.pinnedData }), [kept, rows]);
  return { rows, onGridReady: (api: GridApi<GridRow>) => kept.attach(api) };
}
