import { t } from '../../i18n/t';
import type { SourceTable } from '../tableImport';
import { readNumber } from './readNumber';

/**
 * Figures that read two ways (`1,250`: 1 250, or 1.25 with a decimal comma)
 * in a file whose every such figure the file's own totals settle: read once
 * with the separator between thousands and once as the decimal mark, the
 * reading whose totals all agree (and the other's do not) is the file's,
 * and said. Where no totals tell them apart, they stay refused, each named.
 */
export interface TwoWayReadings {
  readonly count: number;
  readonly example: string;
  /** The source with every such figure read between thousands, and as decimals. */
  readonly thousands: SourceTable;
  readonly decimals: SourceTable;
}

export function twoWayReadings(source: SourceTable): TwoWayReadings | null {
  let count = 0;
  let example = '';
  // Only a figure with a comma or a point reads two ways: no other cell is read again (every cell of a 25 000-row
  // file, refused for its size, was: a third of a second).
  const readingsOf = (cell: string) => (/[.,]/.test(cell) ? readNumber(cell, source.decimal).readings : undefined);
  if (!source.rows.some((row) => row.some((cell) => readingsOf(cell) !== undefined))) return null;
  const as = (reading: 'thousands' | 'decimal') =>
    source.rows.map((row) =>
      row.map((cell) => {
        const readings = readingsOf(cell);
        if (readings === undefined) return cell;
        if (reading === 'thousands') [count, example] = [count + 1, example || cell.trim()];
        return readings[reading].toFixed().replace('.', source.decimal);
      }),
    );
  const thousands = as('thousands');
  return count === 0 ? null : { count, example, thousands: { ...source, rows: thousands }, decimals: { ...source, rows: as('decimal') } };
}

/** The note saying how the totals settled them. */
export const settledNote = (found: TwoWayReadings, reading: 'thousands' | 'decimals'): string =>
  t(reading === 'thousands' ? 'import.note.twoWaysThousands' : 'import.note.twoWaysDecimals', { count: found.count, example: found.example });
