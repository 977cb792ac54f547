import { createRoot } from 'react-dom/client';
import { AgGridReact } from 'ag-grid-react';
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowStyleModule,
  TextEditorModule,
  themeQuartz,
  type CellValueChangedEvent,
  type ColDef,
  type GridApi,
} from 'ag-grid-community';

/*
 * The bench's reference for the app in Chromium (test/bench/browser.timings.ts):
 * the same grid (AG Grid through ag-grid-react, its theme, rows and columns)
 * with nothing of the app around it, holding plain floats. An edit sets the
 * figure, adds its row and its column again in floats and hands the grid the
 * changed rows. What the app takes beyond this page is the app's; what this
 * page takes is the stack's own, on this machine.
 *
 * ?lines=N: N lines over the twelve years 2030–2041 (the imported plans of the
 * bench, codes L0001 …); without it, Appendix A's five lines over 2028–2031.
 * ?height=H: the grid's height in pixels.
 */
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextEditorModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  RenderApiModule,
]);

type Row = Record<string, number | string>;

const APPENDIX: Record<string, number[]> = {
  TP1: [57_023, 57_080, 58_237, 62_703],
  TP2: [3_343, 3_243, 3_301, 3_291],
  TP3: [48_068, 47_125, 47_965, 48_402],
  TP4: [21_029, 20_323, 20_737, 20_675],
  TP5: [33_697, 33_727, 34_189, 34_933],
};

const query = new URLSearchParams(window.location.search);
const lineCount = Number(query.get('lines') ?? 0);
/** As tall as the app's grid was (?height=), else Appendix A's. */
const height = Number(query.get('height') ?? 330);
const years = Array.from({ length: lineCount > 0 ? 12 : 4 }, (_, y) => String((lineCount > 0 ? 2030 : 2028) + y));
const biennia = years.filter((_, y) => y % 2 === 1).map((year) => `${Number(year) - 1}-${year}`);
const lines: [string, number[]][] =
  lineCount > 0
    ? Array.from({ length: lineCount }, (_, i) => [`L${String(i + 1).padStart(4, '0')}`, years.map((_, y) => 100 + ((i + 1) % 97) + y)])
    : Object.entries(APPENDIX);

/** A line's row: its years as typed, its biennia and total added up. */
function rowOf(code: string, figures: number[]): Row {
  const row: Row = { code, name: `Line ${code}` };
  years.forEach((year, y) => (row[year] = figures[y]!));
  return withSums(row);
}
function withSums(row: Row): Row {
  biennia.forEach((biennium) => {
    const [first, second] = biennium.split('-');
    row[biennium] = (row[first!] as number) + (row[String(second)] as number);
  });
  row.total = years.reduce((sum, year) => sum + (row[year] as number), 0);
  return row;
}
const rows = lines.map(([code, figures]) => rowOf(code, figures));

/** The Total under the lines, every column added up again. */
function totals(): Row[] {
  const total: Row = { code: '', name: 'Total' };
  for (const key of [...years, ...biennia, 'total']) total[key] = rows.reduce((sum, row) => sum + (row[key] as number), 0);
  return [total];
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const shown = (value: unknown) => (typeof value === 'number' ? whole.format(value).replace(/,/g, ' ') : String(value ?? ''));
const figure = (field: string, editable = false): ColDef<Row> => ({ field, colId: field, editable, width: 92, type: 'rightAligned', valueFormatter: (p) => shown(p.value) });
let grandTotal = totals()[0]!.total as number;

const columns: ColDef<Row>[] = [
  // Pinned as the app's are: a row is drawn in two containers.
  { field: 'code', colId: 'code', width: 80, pinned: 'left' },
  { field: 'name', colId: 'name', width: 240, pinned: 'left' },
  ...years.flatMap((year, y) => [figure(year, true), ...(y % 2 === 1 ? [figure(biennia[(y - 1) / 2]!)] : [])]),
  figure('total'),
  {
    colId: 'share',
    width: 90,
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? (((p.data.total as number) / grandTotal) * 100).toFixed(2) : ''),
  },
];

function edited(event: CellValueChangedEvent<Row>, api: GridApi<Row>) {
  const row = withSums(event.data);
  const pinned = totals();
  grandTotal = pinned[0]!.total as number;
  api.applyTransaction({ update: [row] });
  api.setGridOption('pinnedBottomRowData', pinned);
  api.refreshCells({ columns: ['share'] });
}

const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, cellHorizontalPadding: 6, rowHeight: 34, headerHeight: 34 });

createRoot(document.getElementById('root')!).render(
  <div style={{ height }}>
    <AgGridReact<Row>
      theme={theme}
      columnDefs={columns}
      rowData={rows}
      pinnedBottomRowData={totals()}
      getRowId={(p) => String(p.data.code)}
      defaultColDef={{ sortable: false, resizable: true, suppressMovable: true, valueParser: (p) => Number(p.newValue) }}
      onCellValueChanged={(event) => edited(event, event.api)}
      suppressColumnVirtualisation
      suppressRowVirtualisation={lines.length <= 60}
      animateRows={false}
      stopEditingWhenCellsLoseFocus
      enterNavigatesVertically
      enterNavigatesVerticallyAfterEdit
    />
  </div>,
);
