import type { GridApi } from 'ag-grid-community';
import { useRef, type RefObject } from 'react';
import type { GridRow } from './gridRow';
import { useColumnFit } from './useColumnFit';
import { useGridHeight } from './useGridHeight';

/**
 * The grid's widths and height, fitted again after each change the grid
 * draws: widths first (a name that wraps changes its row's height), then the
 * height. `events` are the grid's props that call for it.
 */
export function useGridLayout(wrapper: RefObject<HTMLDivElement | null>) {
  const columnFit = useColumnFit(wrapper);
  const gridHeight = useGridHeight(wrapper);
  // One fit a frame: an edit fires four or five of the grid's events, and each fit lays the page out again.
  const frame = useRef<number | null>(null);
  const fitLater = () => {
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      columnFit.fit();
      gridHeight.measure();
    });
  };
  return {
    onGridReady: (api: GridApi<GridRow>) => {
      columnFit.onGridReady(api);
      gridHeight.onGridReady(api);
    },
    events: {
      onFirstDataRendered: fitLater,
      onRowDataUpdated: fitLater,
      onPinnedRowDataChanged: fitLater,
      onGridColumnsChanged: fitLater,
      onModelUpdated: fitLater,
      onColumnResized: fitLater,
    },
  };
}
