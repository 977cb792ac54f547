import { Dec, formatAmount } from '../amount';
import { REDUCTION_ID, isGroup } from '../plan';
import { editing, type OperationDef, type Words } from './define';
import type { Cells } from './fields';
import { OperationError } from './state';

/**
 * Many yearly amounts at once, as a table file brings them: lines with
 * amounts of their own and the reduction. The same figures as one `set` per
 * cell, held as one operation, so that the 20 000 figures of a large file
 * are one step of the proposal (one replay step, one entry, one stored
 * record), not 20 000.
 */
export interface SetManyOperation {
  readonly op: 'setMany';
  /** New amounts by row (a line's code, or `reduction`) and year. */
  readonly amounts: Cells;
  /** Where the figures come from, in words ("budget.csv"); may be empty. */
  readonly source: string;
}

/** Up to this many figures are said one by one; more are counted. */
const SAID_ONE_BY_ONE = 4;
/** Rows named when the figures are counted. */
const ROWS_NAMED = 3;

function rowName(row: string, words: Words): string {
  return row === REDUCTION_ID ? `the ${words.plan.reduction.name.toLowerCase()}` : row;
}

function describeSetMany(op: SetManyOperation, words: Words): string {
  const rows = Object.keys(op.amounts);
  const cells = rows.flatMap((row) => Object.entries(op.amounts[row]!).map(([year, value]) => ({ row, year, value })));
  const from = op.source === '' ? '' : ` from ${op.source}`;
  if (cells.length <= SAID_ONE_BY_ONE) {
    const each = cells.map(({ row, year, value }) => `${rowName(row, words)} in ${year} to ${words.amount(value)}`);
    return `Set ${each.length > 1 ? `${each.slice(0, -1).join(', ')} and ${each.at(-1)}` : (each[0] ?? 'nothing')}${from}`;
  }
  const named = rows.slice(0, ROWS_NAMED).map((row) => rowName(row, words));
  const more = rows.length - named.length;
  const which = more > 0 ? `${named.join(', ')} and ${formatAmount(new Dec(more), words.style, 0)} more` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const years = words.plan.years.filter((year) => cells.some((cell) => cell.year === year));
  return `Set ${formatAmount(new Dec(cells.length), words.style, 0)} yearly amounts${from}, of ${which}, in ${words.years(years)}`;
}

export const setMany: OperationDef<SetManyOperation> = {
  label: 'Set several yearly amounts',
  fields: {
    amounts: { kind: 'cells', label: (plan) => `Amounts (${plan.unit})` },
    source: { kind: 'text', label: 'From (a file, a note; optional)' },
  },
  apply: editing((edit, op) => {
    const rows = Object.entries(op.amounts);
    if (rows.length === 0) throw new OperationError('no figure is given');
    for (const [row, byYear] of rows) {
      const isReduction = row === REDUCTION_ID;
      // A group's figures are its lines' sums: which of its lines a figure for it would go to is not the importer's to guess.
      if (!isReduction && isGroup(edit.changeable(row, { isSetting: true }).line)) throw new OperationError(`${edit.label(row)} is a group: give the figures of its lines`);
      const years = Object.entries(byYear);
      if (years.length === 0) throw new OperationError(`no figure is given for ${row}`);
      for (const [year, value] of years) {
        const y = edit.yearIndex(year);
        if (isReduction) edit.setReduction(y, edit.amount(value, `the reduction in ${year}`, { allowNegative: true }));
        else edit.write(row, y, edit.amount(value, `the amount for ${row} in ${year}`));
      }
    }
  }),
  describe: describeSetMany,
};
