import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, type RefObject } from 'react';
import type { GridRow } from './gridRow';

/** The name column never gets narrower than this: below it, a name would wrap into too many lines. */
export const NAME_MIN = 200;
/** Nor wider: past this, the figures would sit far from their names. */
const NAME_MAX = 520;

/**
 * Fits the columns to the figures and the screen, after every change of rows:
 * - a figure columns' least width is what the plan's figures need, so only a
 *   column holding a figure that does not fit (an absurd one, 1e14) is widened,
 *   to its figures (never shrunk: its least width bounds it);
 * - the name column takes what the figures leave, so that a wide screen is
 *   used and a long name wraps rather than being cut.
 */
export function useColumnFit(wrapper: RefObject<HTMLDivElement | null>) {
  const api = useRef<GridApi<GridRow> | null>(null);

  const fit = () => {
    const grid = api.current;
    const element = wrapper.current;
    if (grid === null || grid.isDestroyed() || element === null) return;
    const cut = new Set<string>();
    for (const cell of element.querySelectorAll<HTMLElement>('.ag-cell.amount')) {
      const id = cell.getAttribute('col-id');
      if (id !== null && cell.scrollWidth > cell.clientWidth) cut.add(id);
    }
    if (cut.size > 0) grid.autoSizeColumns([...cut], true);
    const others = (grid.getColumns() ?? []).filter((c) => c.getColId() !== 'name').reduce((n, c) => n + c.getActualWidth(), 0);
    const name = Math.max(NAME_MIN, Math.min(NAME_MAX, element.clientWidth - others - 4));
    if (grid.getColumn('name')?.getActualWidth() !== name) grid.setColumnWidths([{ key: 'name', newWidth: name }]);
  };

  useEffect(() => {
    const element = wrapper.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fit reads refs only
  }, []);

  return {
    onGridReady: (gridApi: GridApi<GridRow>) => {
      api.current = gridApi;
      fit();
    },
    /** After rows are drawn or their figures change. */
    fit,
  };
}
