import type { GridApi } from 'ag-grid-community';
import { useRef, type RefObject } from 'react';
import type { GridRow } from './gridRow';

/**
 * Keeps `--grid-height` on the wrapper at the height the whole grid needs:
 * headings, every row, the pinned Subtotal, reduction and Total, and a
 * sideways scroll bar if there is one. The grid lays out in a fixed height
 * (its headings and Total stay in view while its lines scroll); the page
 * gives it this height, or less where the screen is short (.table-pane in
 * app.css). Rows grow as long names wrap, so heights are read from the grid
 * each time it may have changed them (`measure`, after the grid's events).
 */
export function useGridHeight(wrapper: RefObject<HTMLDivElement | null>) {
  const grid = useRef<GridApi<GridRow> | null>(null);
  const measure = () => {
    const element = wrapper.current;
    const api = grid.current;
    if (element === null || api === null || api.isDestroyed()) return;
    // No taller than the screen: past it the grid scrolls its lines (and draws only those in view) rather than
    // the page, and a plan of 20 000 lines is not summed row by row after every edit.
    const tallest = Math.max(window.screen.height, window.innerHeight);
    let rows = 0;
    for (let i = 0; i < api.getPinnedBottomRowCount(); i++) rows += api.getPinnedBottomRow(i)?.rowHeight ?? 0;
    for (let i = 0; i < api.getDisplayedRowCount() && rows < tallest; i++) rows += api.getDisplayedRowAtIndex(i)?.rowHeight ?? 0;
    const around = ['.ag-header', '.ag-body-horizontal-scroll'].reduce((sum, selector) => sum + (element.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0), 0);
    // 2 px: the grid's border. Set only when it changes: a new value lays the page out again.
    const height = `${Math.min(rows, tallest) + around + 2}px`;
    if (element.style.getPropertyValue('--grid-height') !== height) element.style.setProperty('--grid-height', height);
  };

  return {
    onGridReady: (api: GridApi<GridRow>) => {
      grid.current = api;
      measure();
    },
    measure,
  };
}
