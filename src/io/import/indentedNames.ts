import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import { OF_WHICH } from './readLines';
import { codeByName } from './rowNames';

/**
 * Lines indented by column, as spreadsheets lay out an outline: a heading's
 * name in one column, its lines' names in the next, never both on one row
 * ("Governance" in A, "Council" and "Conferences" in B under it). Read as one
 * column of names, each heading with lines under it a section of them, each
 * other name in the outer column a line of the plan's own, outside any
 * section. An "of which" in the inner column is a memo, not a section's line.
 */
export type Outline = ReadonlyMap<number, 'heading' | 'top'>;

const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';

/** The rows with the two name columns made one, and what each outer row is; null for a table not laid out so. */
export function indentedNames(rows: TextRows, header: number): { rows: string[][]; outline: Outline } | null {
  const figureAt = (i: number) => rows[i]!.findIndex((cell) => filled(cell) && isFigureText(cell));
  // The table's rows, down to its last of figures: notes under it are no names.
  const last = rows.findLastIndex((cells, i) => i > header && cells.some((cell) => filled(cell) && isFigureText(cell)));
  const body = rows.flatMap((cells, i) => (i > header && i <= last && cells.some(filled) ? [i] : []));
  const firstFigure = Math.min(...body.map(figureAt).filter((index) => index !== -1));
  if (!Number.isFinite(firstFigure)) return null;
  for (let outer = 0; outer + 1 < firstFigure; outer++) {
    const inner = outer + 1;
    const isOuter = (i: number) => filled(rows[i]![outer]) && !filled(rows[i]![inner]);
    const isInner = (i: number) => !filled(rows[i]![outer]) && filled(rows[i]![inner]);
    const labelled = body.filter((i) => filled(rows[i]![outer]) || filled(rows[i]![inner]));
    if (labelled.length === 0 || labelled.some((i) => !isOuter(i) && !isInner(i)) || !isOuter(labelled[0]!)) continue;
    const isLine = (i: number) => isInner(i) && !OF_WHICH.test(rows[i]![inner]!.trim());
    if (!labelled.some(isLine)) continue;
    const hasFigures = (i: number) => rows[i]!.slice(firstFigure).some(filled);
    const outline = new Map<number, 'heading' | 'top'>();
    labelled.forEach((i, k) => {
      if (!isOuter(i)) return;
      // Its inner rows, up to the next outer one: a heading has lines among them, not only "of which".
      const after = labelled.slice(k + 1);
      const inner = after.slice(0, after.findIndex(isOuter) === -1 ? after.length : after.findIndex(isOuter));
      if (inner.some(isLine)) outline.set(i, 'heading');
      // Only a line of figures, by its name: a Total, a deduction, a note below the table keep what they are.
      else if (hasFigures(i) && codeByName(rows[i]![outer]!) === '' && !OF_WHICH.test(rows[i]![outer]!.trim())) outline.set(i, 'top');
    });
    const merged = rows.map((cells, i) => (i < header || !filled(cells[inner]) ? [...cells] : cells.map((cell, c) => (c === outer ? (filled(cell) ? cell : cells[inner]!) : c === inner ? '' : cell))));
    return { rows: merged, outline };
  }
  return null;
}
