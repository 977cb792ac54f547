import { gridLocaleText } from '../language/gridLocale';
import { labelSide } from '../grid/gridColumns';
import { themeQuartz, type ColDef, type RowClassParams } from 'ag-grid-community';
import { committingDefaults } from '../grid/committedEdit';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
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

const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, wrapperBorderRadius: 4, cellHorizontalPadding: 6, rowHeight: 34, headerHeight: 34 });


/**
 * The financial plan's grid: revenue by section and line, Total revenue,
 * Appendix A's Total as expenditure, the balance; in Appendix A's columns
 * (years, biennia, the period), row and column ids as in Appendix A.
 */
export function FinanceGrid({ finance, columns, plan }: { finance: FinanceTable; columns: readonly AmountColumn[]; plan: Plan }) {
  const style = useApp((s) => s.style);
  const editFinance = useApp((s) => s.editFinance);
  const defaultColumn = useMemo(
    () => committingDefaults<FinanceRow>({ sortable: false, resizable: true, suppressMovable: true }, (data, columnId, text) => editFinance('revenue', data.id, columnId, text)),
    [editFinance],
  );
  const columnDefs = useMemo((): ColDef<FinanceRow>[] => [
    { colId: 'code', headerName: t('panels.financeGrid.code'), width: 84, pinned: labelSide(), valueGetter: (p) => (p.data?.kind === 'line' ? p.data.id : '') },
    { colId: 'name', headerName: t('panels.financeGrid.name'), width: 300, pinned: labelSide(), wrapText: true, autoHeight: true, valueGetter: (p) => p.data?.name ?? '' },
    ...columns.map((column): ColDef<FinanceRow> => ({
      colId: column.id,
      headerName: column.heading,
      width: 104,
      cellDataType: false,
      valueGetter: (p) => (p.data ? column.amountOf(p.data) : null),
      // While an edit is being committed the grid may format the typed text itself.
      valueFormatter: (p) => (Dec.isDecimal(p.value) ? formatWithDecimals(p.value as Amount, plan, style, 'plan') : String(p.value ?? '')),
      editable: (p) => column.isInput && p.data?.isInput === true,
      cellEditorParams: { useFormatter: true },
      cellClass: ['ag-right-aligned-cell', 'amount', column.isInput ? 'year-cell' : 'derived-cell'],
      headerClass: ['ag-right-aligned-header'],
      enableCellChangeFlash: true,
    })),
  ], [columns, style, plan]);
  return (
    <div className="grid-wrap finance-grid" data-testid="financial-plan">
      <AgGridReact<FinanceRow>
        theme={theme}
        // Arabic is read right to left: the code and the name come first, on the right.
        enableRtl={isRightToLeft(currentLanguage())}
        localeText={gridLocaleText(currentLanguage())}
        columnDefs={columnDefs}
        rowData={finance.rows as FinanceRow[]}
        getRowId={(p) => p.data.id}
        getRowClass={(p: RowClassParams<FinanceRow>) => (p.data ? [`finance-${p.data.kind}`] : undefined)}
        domLayout="autoHeight"
        stopEditingWhenCellsLoseFocus
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        suppressMovableColumns
        suppressColumnVirtualisation
        suppressRowVirtualisation
        animateRows={false}
        defaultColDef={defaultColumn}
      />
    </div>
  );
}
