import { gridLocaleText } from '../language/gridLocale';
import { isLineRow, rowOf, shownTable } from '../../model/table';
import { themeQuartz, type GetRowIdParams, type RowClassParams } from 'ag-grid-community';
import { committingDefaults } from './committedEdit';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, hasCategories } from '../../model/plan';
import { buildColumns, longestCodeOf } from './gridColumns';
import { namesMayWrap } from './namesMayWrap';
import { useGridRows } from './useGridRows';
import type { GridRow } from './gridRow';
import { registerGridModules } from './gridModules';
import { activeReplay, compareReplay, shownPlan } from '../../state/appStore';
import { tableInWords } from '../../model/tableWords';
import { usePlanShown } from '../language/usePlanShown';
import { useApp, useAppStore, usePaintedFirst } from '../common/storeContext';
import { useBreaches } from '../common/useBreaches';
import { useBlockSelection } from './useBlockSelection';
import { gridKeys, isFigureColumn, onCellKey } from './cellKeys';
import { useGridFocus } from './useGridFocus';
import { useGridLayout } from './useGridLayout';
import { currentLanguage, t } from '../../i18n/t';
import { isRightToLeft } from '../../i18n/languages';

registerGridModules();

/** The grid's text size, which names are measured in (namesMayWrap). */
const FONT_SIZE = 14;
const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: FONT_SIZE,
  headerFontWeight: 600,
  wrapperBorderRadius: 4,
  cellHorizontalPadding: 6,
  // Compact, as a spreadsheet: the whole Appendix and its Total fit above the panels on a laptop.
  rowHeight: 34,
  headerHeight: 34,
});

/** Up to this many rows every row is in the page, for people and scripts that read it; above, only those in view. */
const ALL_ROWS_DRAWN = 60;

/** The same for every column, and the edit handed to the store (see committingDefaults). */
const DEFAULT_COLUMN = { sortable: false, resizable: true, suppressMovable: true };

const getRowId = (params: GetRowIdParams<GridRow>) => params.data.row.id;
const getRowClass = (params: RowClassParams<GridRow>) =>
  params.data ? [params.data.columnShares ? 'row-column-share' : `row-${params.data.row.kind}`, ...(params.data.isLocked ? ['row-locked'] : [])] : undefined;

/** Appendix A as an editable grid: lines as rows, Subtotal, reduction and Total pinned below. */
export function AppendixGrid() {
  const store = useAppStore();
  // The plan's words in the language chosen; its figures, codes and structure are the same.
  const stored = useApp(shownPlan);
  const plan = usePlanShown();
  const displayUnit = useApp((s) => s.displayUnit);
  const replayed = useApp(activeReplay);
  const compared = useApp((s) => compareReplay(s).table);
  const table = useMemo(() => {
    const computed = shownTable(replayed.table, plan);
    return plan === stored ? computed : tableInWords(computed, plan);
  }, [replayed.table, plan, stored]);
  const style = useApp((s) => s.style);
  const editCell = useApp((s) => s.editCell);
  const selectLine = useApp((s) => s.selectLine);
  // One object for every render: a new one is taken by the grid for new columns, and every cell drawn again.
  // A figure typed or cleared is painted before the panels beside the table follow it.
  const paintedFirst = usePaintedFirst();
  const defaultColumn = useMemo(() => {
    // Delete clears a typed figure to 0 (said, undoable); on a computed cell it says what the figure comes from.
    const keys = gridKeys<GridRow>(({ data, column }) => {
      if (data && isFigureColumn(column.getColId())) paintedFirst(() => store.getState().clearCell(data.row.id, column.getColId()));
    });
    return committingDefaults<GridRow>({ ...DEFAULT_COLUMN, suppressKeyboardEvent: keys }, (data, columnId, text) =>
      paintedFirst(() => editCell(data.row.id, columnId, text)),
    );
  }, [editCell, store, paintedFirst]);

  // The columns depend on the plan's structure and on how numbers are shown,
  // not on its figures: an edit keeps years and biennia as they were, so the
  // columns are rebuilt only when those change.
  const { years, biennia, periodLabel, precision, unit } = plan;
  const longestCode = useMemo(() => longestCodeOf(plan.lines), [plan.lines]);
  // The names of the rows below the lines that this table shows: the same from one edit to the next.
  const totals = [...[SUBTOTAL_ID, REDUCTION_ID, TOTAL_ID].filter((id) => table.index.has(id)).map((id) => rowOf(table, id).name), ...(hasCategories(plan) ? [t('app.grid.columnShare')] : [])].join('\n');
  const wrapsNames = useMemo(() => namesMayWrap(plan.lines, totals.split('\n'), FONT_SIZE), [plan.lines, totals]);
  const columnDefs = useMemo(
    () => buildColumns({ ...plan, years, biennia, periodLabel, precision, unit }, style, displayUnit, longestCode, wrapsNames),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plan's figures are not read by the columns
    [years, biennia, periodLabel, precision, unit, style, displayUnit, longestCode, wrapsNames],
  );
  const collapsed = useApp((s) => s.collapsed);
  const problems = useBreaches();
  // A table of categories shows each column's share of the whole under its Total.
  const isCategories = hasCategories(plan);
  const { rows, onGridReady } = useGridRows(table, compared, replayed.state.locked, collapsed, problems, isCategories);

  const selection = useBlockSelection(rows, table.layout, plan, style, displayUnit);

  const focus = useGridFocus(plan.years[0]!);
  const layout = useGridLayout(focus.wrapper);

  const isFew = rows.body.length <= ALL_ROWS_DRAWN;
  return (
    <div ref={focus.wrapper} className="grid-wrap" data-testid="appendix-grid" data-region="grid" {...selection.wrapperProps}>
      <AgGridReact<GridRow>
        theme={theme}
        // Mirrored in a language written right to left: the code and the name at the right, the years running leftwards.
        enableRtl={isRightToLeft(currentLanguage())}
        localeText={gridLocaleText(currentLanguage())}
        context={selection.context}
        {...selection.gridProps}
        onGridReady={(event) => {
          onGridReady(event.api);
          selection.gridProps.onGridReady(event);
          focus.onGridReady(event);
          layout.onGridReady(event.api);
        }}
        {...layout.events}
        onCellFocused={(event) => {
          // The strategic panel follows the priority of the row in focus.
          const node = event.rowIndex === null || event.rowPinned ? undefined : event.api.getDisplayedRowAtIndex(event.rowIndex);
          const row = node?.data?.row;
          if (row && isLineRow(row)) selectLine(row.ancestors.at(-1) ?? row.id);
        }}
        columnDefs={columnDefs}
        rowData={rows.rowData as GridRow[]}
        pinnedBottomRowData={rows.pinnedData as GridRow[]}
        getRowId={getRowId}
        getRowClass={getRowClass}
        suppressRowVirtualisation={isFew}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        suppressMovableColumns
        // Rows removed (a merge, an undo) go at once: a row fading out could be clicked, and the grid then threw and dropped the input.
        animateRows={false}
        // A plan has tens of columns at most: render them all, so every cell
        // of a row is in the page for people and scripts that read it.
        suppressColumnVirtualisation
        defaultColDef={defaultColumn}
        onCellKeyDown={(event) => onCellKey(store, event)}
      />
    </div>
  );
}
