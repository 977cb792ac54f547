import type { Cell, Interplay } from '../../model/interplay';

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
  const rows = [...byRow].map(([rowId, inYears]) => `${rowId} ${inYears.length === years.length && years.length > 1 ? 'every year' : inYears.join(', ')}`);
  const left = [...byRow.values()].slice(ROWS_NAMED).reduce((count, inYears) => count + inYears.length, 0);
  return rows.slice(0, ROWS_NAMED).join('; ') + (left > 0 ? `; and ${left} more ${left === 1 ? 'cell' : 'cells'}` : '');
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

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export function interplayNotes(interplay: Interplay, years: readonly string[], wordsAt: (position: number) => string): InterplayNotes {
  const earlier = interplay.earlier.slice(-ENTRIES_NAMED);
  const later = interplay.later.slice(0, ENTRIES_NAMED);
  return {
    earlier: earlier.map(({ position, cells }) => `Changes again ${cellWords(cells, years)}, which #${position + 1} changed (${wordsAt(position)})`),
    later: later.map(({ position, cells }) => `${cellWords(cells, years)} changed again by #${position + 1} (${wordsAt(position)})`),
    more: [
      ...(interplay.earlier.length > earlier.length ? [`${interplay.earlier.length - earlier.length} more earlier ${plural(interplay.earlier.length - earlier.length, 'change', 'changes')} changed some of these cells`] : []),
      ...(interplay.later.length > later.length ? [`${interplay.later.length - later.length} more later ${plural(interplay.later.length - later.length, 'change changes', 'changes change')} some of these cells again`] : []),
    ],
  };
}
