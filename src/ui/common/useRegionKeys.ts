import { useEffect } from 'react';
import { focusRegion, nextRegion } from './regions';

/** F6 and Shift+F6 move between the page's regions, as in Office. */
export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      const region = nextRegion(document.activeElement, event.shiftKey);
      if (region === null) return;
      event.preventDefault();
      focusRegion(region);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
