import { useState } from 'react';

/**
 * Rows a list or table shows at first. A table of a few thousand rows costs
 * the browser seconds to lay out, on every change and every load, and a
 * person reads the first rows of it anyway; the rest is a click away.
 */
export const FIRST_ROWS = 200;

/**
 * The first rows of a long list, and everything when the person asked for it
 * for the same list (`of`: a preview, a pair of scenarios): a new list starts
 * short again.
 */
export function useLongList<T>(items: readonly T[], of: unknown): { shown: readonly T[]; more: number; showAll(): void } {
  const [allOf, setAllOf] = useState<unknown>(null);
  const isAll = allOf === of && of !== null;
  const shown = isAll || items.length <= FIRST_ROWS ? items : items.slice(0, FIRST_ROWS);
  return { shown, more: items.length - shown.length, showAll: () => setAllOf(of) };
}

/** Says how many rows are not shown, and shows them on request. */
export function MoreRows({ shown, more, what, onShowAll, testId }: { shown: number; more: number; what: string; onShowAll: () => void; testId: string }) {
  if (more === 0) return null;
  return (
    <p className="hint" data-testid={testId}>
      The first {shown} {what} are shown, {more} more are not.{' '}
      <button type="button" className="link" onClick={onShowAll} data-testid={`${testId}-all`}>
        Show all {shown + more}
      </button>
    </p>
  );
}
