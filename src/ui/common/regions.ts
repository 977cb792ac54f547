/**
 * The page's regions, in the order F6 visits them (the page's order): the
 * grid, the proposal, the operation form, the comparison, the strategy, the
 * charts, the last four in tabs beside the table. Each is an
 * element with `data-region`; the grid takes the focus on a cell through the
 * `focus-region` event it listens to, any other on its first control.
 */
export const FOCUS_REGION_EVENT = 'focus-region';
/** Asks the tab holding a hidden region to show it (see SideTabs). */
export const SHOW_TAB_EVENT = 'show-tab';

const FOCUSABLE = 'select, input:not([type="hidden"]), textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/** Shows the tab that holds `element`, if it is in a hidden one, so that it can take the focus. */
export function reveal(element: Element): void {
  if (element.closest('[hidden]') !== null) element.dispatchEvent(new CustomEvent(SHOW_TAB_EVENT, { bubbles: true }));
}

export function focusRegion(region: Element): void {
  reveal(region);
  region.scrollIntoView({ block: 'nearest' });
  if (!region.dispatchEvent(new CustomEvent(FOCUS_REGION_EVENT, { cancelable: true }))) return;
  const control = region.querySelector<HTMLElement>(FOCUSABLE);
  if (control !== null) return control.focus();
  // A region with nothing to press yet (the baseline's proposal) takes the focus itself, so F6 goes on from it.
  region.setAttribute('tabindex', '-1');
  (region as HTMLElement).focus();
}

/** The region after (or before) the one holding the focus, going round. */
export function nextRegion(from: Element | null, backwards: boolean): Element | null {
  const regions = [...document.querySelectorAll('[data-region]')];
  if (regions.length === 0) return null;
  const at = regions.findIndex((region) => from !== null && region.contains(from));
  const next = at === -1 ? (backwards ? regions.length - 1 : 0) : (at + (backwards ? -1 : 1) + regions.length) % regions.length;
  return regions[next]!;
}

export const regionNamed = (name: string): Element | null => document.querySelector(`[data-region="${name}"]`);
