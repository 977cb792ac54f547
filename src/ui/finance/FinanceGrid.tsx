import { gridLocaleText } from '../language/gridLocale';
import { labelSide, sameFigure } from '../grid/gridColumns';
import { themeQuartz, type CellKeyDownEvent, type ColDef, type FullWidthCellKeyDownEvent, type GetRowIdParams, type GridApi, type RowClassParams } from 'ag-grid-community';
import { GivenRows } from '../grid/gridRows';
import { committingDefaults, figureEditorParams } from '../grid/committedEdit';
import { gridKeys, isFigureColumn, isTypingKey } from '../grid/cellKeys';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Dec, type Amount } from '../../model/amount';
import { formatWithDecimals } from '../../model/displayUnit';
import type { Plan } from '../../model/plan';
import type { AmountColumn } from '../../model/columns';
import type { FinanceRow, FinanceTable } from '../../model/finance/financeTable';
import { currentLanguage, t } from '../../i18n/t';
import { isRightToLeft } from '../../i18n/languages';
import { useApp } from '../common/storeContext';
import { registerGridModules } from '../grid/gridModules';

registerGridModules();

// One function each for the grid's life: a new one at each render is a changed option, and the rows are drawn again.
const getRowId = (p: GetRowIdParams<FinanceRow>) => p.data.id;
const getRowClass = (p: RowClassParams<FinanceRow>) => (p.data ? [`finance-${p.data.kind}`] : undefined);
const DEFAULT_COLUMN = { sortable: false, resizable: true, suppressMovable: true };

interface RevenueKeys {
  clear(rowId: string, columnId: string): void;
  explain(rowId: string, columnId: string): void;
}

/**
 * Delete on a revenue cell not being edited, as in the Appendix grid (in the
 * key's task, see gridKeys): a typed figure cleared to 0 (said, undoable), a
 * computed one explained.
 */
const revenueKeys = (keys: RevenueKeys) =>
  gridKeys<FinanceRow>(({ data, column, node }) => {
    const columnId = column.getColId();
    if (!data || !isFigureColumn(columnId)) return;
    if (column.isCellEditable(node)) keys.clear(data.id, columnId);
    else keys.explain(data.id, columnId);
  });

/** Typing on a computed revenue figure says what it is computed from, rather than doing nothing. */
function onRevenueKey(keys: RevenueKeys, event: CellKeyDownEvent<FinanceRow> | FullWidthCellKeyDownEvent<FinanceRow>) {
  const key = event.event;
  if (!(key instanceof KeyboardEvent) || !('column' in event) || event.data === undefined) return;
  const columnId = event.column.getColId();
  if (isFigureColumn(columnId) && isTypingKey(key) && !event.column.isCellEditable(event.node)) keys.explain(event.data.id, columnId);
}

const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, wrapperBorderRadius: 4, cellHorizontalPadding: 6, rowHeight: 34, headerHeight: 34 });


/**
 * The rows for the grid: the array it holds kept while the rows are the same
 * lines, each row that changed handed to its node after the render (see
 * GivenRows), as the Appendix grid's are; given a new array at each edit, the
 * grid looked up and drew again every row.
 */
function useGivenRows(rows: readonly FinanceRow[]) {
  const [given] = useState(() => new GivenRows<FinanceRow>((row) => row.id));
  const api = useRef<GridApi<FinanceRow> | null>(null);
  // Counted, not a flag: a grid made again (the panel shown again) must render once more, or it keeps the
  // array it was made with, which the earlier grid had held while its rows changed node by node.
  const [attached, setAttached] = useState(0);
  const data = given.dataFor(rows, attached > 0);
  useEffect(() => {
    const grid = api.current !== null && !api.current.isDestroyed() ? api.current : null;
    given.taken(rows, data, grid && ((row) => grid.getRowNode(row.id)));
  }, [given, rows, data]);
  return {
    data,
    attach(grid: GridApi<FinanceRow>) {
      api.current = grid;
      given.reset();
      setAttached((count) => count + 1);
    },
  };
}

/**
 * The financial plan's grid: revenue by section and line, Total revenue,
 * Appendix A's Total as expenditure, the balance; in Appendix A's columns
 * (years, biennia, the period), row and column ids as in Appendix A.
 */
export function FinanceGrid({ finance, columns, plan }: { finance: FinanceTable; columns: readonly AmountColumn[]; plan: Plan }) {
  const style = useApp((s) => s.style);
  const editFinance = useApp((s) => s.editFinance);
  const explainFinance = useApp((s) => s.explainFinance);
  const clearFinance = useApp((s) => s.clearFinance);
  // Typed revenue reaches the store in the key's task, as in the Appendix grid (see committedEdit).
  const keys = useMemo(() => ({ clear: clearFinance, explain: explainFinance }), [clearFinance, explainFinance]);
  const defaultColumn = useMemo(
    () => committingDefaults<FinanceRow>({ ...DEFAULT_COLUMN, suppressKeyboardEvent: revenueKeys(keys) }, (data, columnId, text) => editFinance('revenue', data.id, columnId, text)),
    [editFinance, keys],
  );
  // The columns are made again when the columns or how figures are written change, not at each edit (the plan,
  // read when a figure is formatted, is a new object at each): new columns are every cell drawn again, the one
  // being typed in after Tab included.
  const shown = useRef(plan);
  shown.current = plan;
  const { precision, unit } = plan;
  const rowData = useGivenRows(finance.rows);
  const columnDefs = useMemo((): ColDef<FinanceRow>[] => [
    { colId: 'code', headerName: t('panels.financeGrid.code'), width: 84, pinned: labelSide(), valueGetter: (p) => (p.data?.kind === 'line' ? p.data.id : '') },
    { colId: 'name', headerName: t('panels.financeGrid.name'), width: 300, pinned: labelSide(), wrapText: true, autoHeight: true, valueGetter: (p) => p.data?.name ?? '' },
    ...columns.map((column): ColDef<FinanceRow> => ({
      colId: column.id,
      headerName: column.heading,
      width: 104,
      cellDataType: false,
      valueGetter: (p) => (p.data ? column.amountOf(p.data) : null),
      equals: sameFigure,
      // While an edit is being committed the grid may format the typed text itself.
      valueFormatter: (p) => (Dec.isDecimal(p.value) ? formatWithDecimals(p.value as Amount, shown.current, style, 'plan') : String(p.value ?? '')),
      editable: (p) => column.isInput && p.data?.isInput === true,
      cellEditorParams: figureEditorParams((value) => formatWithDecimals(value, shown.current, style, 'plan'), style),
      cellClass: ['ag-right-aligned-cell', 'amount', column.isInput ? 'year-cell' : 'derived-cell'],
      headerClass: ['ag-right-aligned-header'],
      enableCellChangeFlash: true,
    })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plan's precision and unit are what formatting reads of it
  ], [columns, style, precision, unit]);
  return (
    <div className="grid-wrap finance-grid" data-testid="financial-plan">
      <AgGridReact<FinanceRow>
        theme={theme}
        // Arabic is read right to left: the code and the name come first, on the right.
        enableRtl={isRightToLeft(currentLanguage())}
        localeText={gridLocaleText(currentLanguage())}
        columnDefs={columnDefs}
        rowData={rowData.data as FinanceRow[]}
        onGridReady={(event) => rowData.attach(event.api)}
        getRowId={getRowId}
        getRowClass={getRowClass}
        domLayout="autoHeight"
        stopEditingWhenCellsLoseFocus
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        suppressMovableColumns
        suppressColumnVirtualisation
        suppressRowVirtualisation
        animateRows={false}
        defaultColDef={defaultColumn}
        onCellKeyDown={(event) => onRevenueKey(keys, event)}
      />
    </div>
  );
}
