import type { Cell, Interplay } from '../../model/interplay';
import { t } from '../../i18n/t';

/** Rows named before the rest is counted: a note stays one line long. */
const ROWS_NAMED = 3;

/**
 * Cells in words, row by row: "TP1 2030; TP3 2028, 2030", "TP2 every year",
 * the first few rows, then how many more cells.
 */
export function cellWords(cells: readonly Cell[], years: readonly string[]): string {
  const byRow = new Map<string, string[]>();
  for (const { rowId, year } of cells) {
    const inYears = byRow.get(rowId) ?? [];
    byRow.set(rowId, inYears);
    inYears.push(year);
  }
  const rows = [...byRow].map(([rowId, inYears]) =>
    inYears.length === years.length && years.length > 1 ? t('proposal.interplay.rowEveryYear', { row: rowId }) : t('proposal.interplay.rowYears', { row: rowId, years: inYears.join(', ') }),
  );
  const left = [...byRow.values()].slice(ROWS_NAMED).reduce((count, inYears) => count + inYears.length, 0);
  return rows.slice(0, ROWS_NAMED).join('; ') + (left > 0 ? t('proposal.interplay.moreCells', { count: left }) : '');
}

/**
 * How an entry's changes meet the others', one note each, naming the other
 * entry by its place and in words: "TP1 2030; TP3 2030 changed again by #2
 * (Set the share of TP2 to 3 %)", "Changes again TP1 2030, which #1 changed
 * (Move 5 000 from TP1 to TP3 in 2030)".
 */
/** An entry's notes: where it changes again earlier entries' cells, and where later ones change its own; the nearest few of each, and how many more. */
export interface InterplayNotes {
  readonly earlier: readonly string[];
  readonly later: readonly string[];
  /** "12 more later changes change some of these cells again": the entries met and not named. */
  readonly more: readonly string[];
}

/**
 * Entries named on each side: in a proposal of 500 changes to the same few
 * cells each entry meets hundreds of others, and naming them all drew
 * 250 000 notes (seconds to lay out). The nearest are named, the rest counted.
 */
const ENTRIES_NAMED = 3;

export function interplayNotes(interplay: Interplay, years: readonly string[], wordsAt: (position: number) => string): InterplayNotes {
  const earlier = interplay.earlier.slice(-ENTRIES_NAMED);
  const later = interplay.later.slice(0, ENTRIES_NAMED);
  return {
    earlier: earlier.map(({ position, cells }) => t('proposal.interplay.earlier', { cells: cellWords(cells, years), number: position + 1, words: wordsAt(position) })),
    later: later.map(({ position, cells }) => t('proposal.interplay.later', { cells: cellWords(cells, years), number: position + 1, words: wordsAt(position) })),
    more: [
      ...(interplay.earlier.length > earlier.length ? [t('proposal.interplay.moreEarlier', { count: interplay.earlier.length - earlier.length })] : []),
      ...(interplay.later.length > later.length ? [t('proposal.interplay.moreLater', { count: interplay.later.length - later.length })] : []),
    ],
  };
}
