import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { useEffect, useRef } from 'react';
import { FOCUS_REGION_EVENT } from '../common/regions';
import type { GridRow } from './gridRow';

/**
 * F6 and the skip links bring the focus into the grid on a cell: the one last
 * focused, or the first line's first year. The wrapper listens for the
 * region's focus event and answers it through the grid's own API.
 */
export function useGridFocus(firstColumn: string) {
  const wrapper = useRef<HTMLDivElement>(null);
  const api = useRef<GridApi<GridRow> | null>(null);
  useEffect(() => {
    const element = wrapper.current;
    const onFocusRegion = (event: Event) => {
      if (api.current === null) return;
      event.preventDefault();
      const last = api.current.getFocusedCell();
      api.current.setFocusedCell(last?.rowIndex ?? 0, last?.column ?? firstColumn, last?.rowPinned ?? null);
    };
    element?.addEventListener(FOCUS_REGION_EVENT, onFocusRegion);
    return () => element?.removeEventListener(FOCUS_REGION_EVENT, onFocusRegion);
  }, [firstColumn]);
  return { wrapper, onGridReady: (event: GridReadyEvent<GridRow>) => void (api.current = event.api) };
}
