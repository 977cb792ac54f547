import { t } from '../../i18n/t';
import { listedBySemicolons } from './messages';

/**
 * What stops an import, and where. Each step of the import pipeline (see
 * ../tableImport.ts) returns what it read or the problems it found, each
 * naming its row and column as the person sees them in the file; the
 * pipeline stops at the first step with problems and reports all of them.
 */

export interface ImportProblem {
  /** The whole message, naming its place itself: "row 3, column D (2029): “n/a” contains 'n'…". */
  readonly message: string;
  /** The row in the file, from 1, when the problem is in one. */
  readonly row?: number;
  /** The column as messages name it ("D" in a worksheet, "4" in a CSV file), when the problem is in one. */
  readonly column?: string;
}

/** A cell of the file as messages name it: its row, its column, and what the column holds. */
export interface CellPlace {
  readonly row: number;
  readonly column: string;
  /** What the column holds (`2029`, `kind`), shown in brackets after the column. */
  readonly label?: string;
}

/** How messages name a column from its index: "C" in a worksheet, "3" in a CSV file. */
export type ColumnName = (index: number) => string;

export const byNumber: ColumnName = (index) => String(index + 1);

/** "row 3, column D (2029)" */
export const placeText = ({ row, column, label }: CellPlace): string =>
  label === undefined ? t('import.place.cell', { row: String(row), column }) : t('import.place.cellLabelled', { row: String(row), column, label });

export const cellProblem = (place: CellPlace, text: string): ImportProblem => ({
  message: t('import.problem.at', { place: placeText(place), problem: text }),
  row: place.row,
  column: place.column,
});

export const rowProblem = (row: number, text: string): ImportProblem => ({ message: t('import.problem.atRow', { row: String(row), problem: text }), row });

export const fileProblem = (text: string): ImportProblem => ({ message: text });

/** A step's outcome: what it read, or the problems that stop the import there. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const checked = <T>(value: T, problems: readonly ImportProblem[]): Checked<T> =>
  problems.length === 0 ? { ok: true, value } : { ok: false, problems };

export const refused = (problems: readonly ImportProblem[]): Checked<never> => ({ ok: false, problems });

/** "budget.csv cannot be imported: …; …." — the first twelve problems, and how many more. */
function refusalText(source: string, problems: readonly string[]): string {
  const shown = listedBySemicolons(problems.slice(0, 12));
  return problems.length > 12 ? t('import.refused.more', { source, problems: shown, count: problems.length - 12 }) : t('import.refused', { source, problems: shown });
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(refusalText(source, problems));
  }
}

/** A step's value, or an {@link ImportError} naming the source and every problem the step found. */
export function accepted<T>(source: string, outcome: Checked<T>): T {
  if (!outcome.ok) throw new ImportError(source, outcome.problems.map((problem) => problem.message));
  return outcome.value;
}
