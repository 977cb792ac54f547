import { Dec, formatAmount } from '../amount';
import { REDUCTION_ID, isGroup } from '../plan';
import { say } from '../say';
import { listAnd, listComma } from '../words';
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
  return row === REDUCTION_ID ? say('model.words.theReduction', { reduction: words.plan.reduction.name.toLowerCase() }) : row;
}

function describeSetMany(op: SetManyOperation, words: Words): string {
  const rows = Object.keys(op.amounts);
  const cells = rows.flatMap((row) => Object.entries(op.amounts[row]!).map(([year, value]) => ({ row, year, value })));
  const source = op.source;
  if (cells.length <= SAID_ONE_BY_ONE) {
    const each = cells.map(({ row, year, value }) => say('model.op.setMany.cell', { row: rowName(row, words), year, amount: words.amount(value) }));
    const said = each.length === 0 ? say('model.op.setMany.nothing') : listAnd(each);
    return source === '' ? say('model.op.setMany.describeFew', { cells: said }) : say('model.op.setMany.describeFewFrom', { cells: said, source });
  }
  const named = rows.slice(0, ROWS_NAMED).map((row) => rowName(row, words));
  const more = rows.length - named.length;
  const which = more > 0 ? say('model.op.setMany.andMore', { rows: listComma(named), count: formatAmount(new Dec(more), words.style, 0) }) : listAnd(named);
  const years = words.inYears(words.plan.years.filter((year) => cells.some((cell) => cell.year === year)));
  const values = { n: cells.length, count: formatAmount(new Dec(cells.length), words.style, 0), rows: which, years };
  return source === '' ? say('model.op.setMany.describeMany', values) : say('model.op.setMany.describeManyFrom', { ...values, source });
}

export const setMany: OperationDef<SetManyOperation> = {
  get label() {
    return say('model.op.setMany.label');
  },
  fields: {
    amounts: { kind: 'cells', label: (plan) => say('model.field.amounts', { unit: plan.unit }) },
    source: { kind: 'text', label: () => say('model.field.source') },
  },
  apply: editing((edit, op) => {
    const rows = Object.entries(op.amounts);
    if (rows.length === 0) throw new OperationError(say('model.refuse.noFigure'));
    for (const [row, byYear] of rows) {
      const isReduction = row === REDUCTION_ID;
      // A group's figures are its lines' sums: which of its lines a figure for it would go to is not the importer's to guess.
      if (!isReduction && isGroup(edit.changeable(row, { isSetting: true }).line)) throw new OperationError(say('model.refuse.groupFigures', { line: edit.label(row) }));
      const years = Object.entries(byYear);
      if (years.length === 0) throw new OperationError(say('model.refuse.noFigureFor', { row }));
      for (const [year, value] of years) {
        const y = edit.yearIndex(year);
        if (isReduction) edit.setReduction(y, edit.amount(value, say('model.what.reductionIn', { year }), { allowNegative: true }));
        else edit.write(row, y, edit.lineAmount(row, value, say('model.what.amountForLineInYear', { line: row, year })));
      }
    }
  }),
  describe: describeSetMany,
};
