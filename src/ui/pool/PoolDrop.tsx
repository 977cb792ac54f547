import { useCallback } from 'react';
import { reveal } from '../common/regions';
import { useAppStore } from '../common/storeContext';
import { poolFiles, usePoolDrop } from './usePoolDrop';

/** Shows the Pool tab, wherever the focus is: its panel is in the page even while another tab is shown. */
export function showPoolTab(): void {
  const panel = document.getElementById('tabpanel-pool');
  if (panel !== null) reveal(panel);
}

/**
 * Takes files dropped anywhere on the page into the pool. Mounted beside the
 * tabs, not in the Pool panel: a hidden tab's panel runs no effects, and a
 * drop must be taken whichever tab is shown.
 */
export function PoolDrop() {
  const store = useAppStore();
  const onFiles = useCallback(
    (files: File[]) =>
      void poolFiles(files).then((read) => {
        store.getState().openPool(read);
        showPoolTab();
      }),
    [store],
  );
  usePoolDrop(onFiles);
  return null;
}
