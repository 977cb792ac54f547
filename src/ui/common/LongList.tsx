import { useState } from 'react';
import { t } from '../../i18n/t';

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

/**
 * What a long list holds, which its sentence names: each language counts and
 * agrees its nouns in its own way, so each kind has a sentence of its own.
 * Any other text is named in a sentence of its own too, in brackets where the
 * language needs it.
 */
const SAID = { changes: 'app.moreRows.changes', rows: 'app.moreRows.rows', cells: 'app.moreRows.cells' } as const;
type Kind = keyof typeof SAID;
const isKind = (what: string): what is Kind => Object.hasOwn(SAID, what);

/** Says how many rows are not shown, and shows them on request; `what`: the kind of rows ("changes", "rows", "cells"), or words of its own. */
export function MoreRows({ shown, more, what, onShowAll, testId }: { shown: number; more: number; what: Kind | (string & {}); onShowAll: () => void; testId: string }) {
  if (more === 0) return null;
  return (
    <p className="hint" data-testid={testId}>
      {isKind(what) ? t(SAID[what], { shown, more }) : t('app.moreRows.other', { shown, more, what })}{' '}
      <button type="button" className="link" onClick={onShowAll} data-testid={`${testId}-all`}>
        {t('app.moreRows.showAll', { count: shown + more })}
      </button>
    </p>
  );
}
