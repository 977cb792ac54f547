import type { GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { Table } from '../../model/table';
import type { Breach } from '../../model/validity';
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
 * drawn cell is drawn again. `rowData` is the array to give the grid: where
 * only figures changed, the one given before (see KeptRows.rowDataFor).
 * `onGridReady` is to be called when the grid is.
 */
export function useGridRows(table: Table, compared: Table, locked: readonly string[], collapsed: ReadonlySet<string>, problems: readonly Breach[]) {
  const [kept] = useState(() => new KeptRows());
  const rows = useMemo(() => {
    const all = kept.rowsFor(table, PINNED_IDS, { compared, flagged: problems.flatMap((breach) => breach.cells), locked });
    const body = collapsed.size === 0 ? all.body : all.body.filter((r) => !r.row.ancestors.some((code) => collapsed.has(code)));
    return { body, pinned: all.pinned, compared, rowData: kept.rowDataFor(body) };
  }, [kept, table, compared, locked, collapsed, problems]);
  useEffect(() => kept.refresh(rows.compared, rows.body, rows.rowData), [kept, rows]);
  return { rows, onGridReady: (api: GridApi<GridRow>) => kept.attach(api) };
}
