import { Dec, type Amount } from '../../model/amount';
import { isAmountColumn } from '../../model/columns';
import { rowOf, type Table } from '../../model/table';
import type { Mismatch } from './checkDerived';
import type { ChangeColumn, FigureColumn } from './mapColumns';
import { placeText, type ColumnName } from './problems';
import type { FileRow } from './readLines';
import { readNumber } from './readNumber';

/** A column of figures and the table whose figures it holds: the plan's, or another version's. */
export interface FiguresOf {
  readonly figures: readonly FigureColumn[];
  readonly table: Table;
}

export interface ChangesCheck {
  readonly mismatches: readonly Mismatch[];
  readonly notes: readonly string[];
}

const HUNDRED = new Dec(100);

/**
 * Columns of changes ("Variance", "rg_change", "Variance %"), each checked as
 * the difference of two columns of figures left of it: the nearest, and the
 * same column of another version, else the one before it; the nearer less
 * the farther (or the other way round, as most of its rows say), in
 * per cent of the farther for a percentage, to the decimals the file
 * writes. They are derived, so not kept: a version's changes are what the
 * comparison of its scenario shows.
 */
export function checkChanges(rows: readonly FileRow[], changes: readonly ChangeColumn[], sources: readonly FiguresOf[], decimal: ',' | '.', columnName: ColumnName): ChangesCheck {
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  const all = sources.flatMap(({ figures, table }) => figures.flatMap((f) => (isAmountColumn(table.layout.columnById.get(f.columnId) ?? { kind: 'share' } as never) ? [{ ...f, table }] : [])));
  for (const change of changes) {
    const before = all.filter((f) => f.index < change.index).sort((x, y) => y.index - x.index);
    const nearer = before[0];
    // Between versions, the same column in the other version ("Total 2026-2027" real growth and zero real growth); else the column before.
    const farther = before.find((f) => f !== nearer && f.table !== nearer?.table && f.columnId === nearer?.columnId) ?? before[1];
    const named = `Column ${columnName(change.index)} (“${change.heading}”)`;
    if (nearer === undefined || farther === undefined) {
      notes.push(`${named} is a change with no two columns of figures before it to compare: it is not read.`);
      continue;
    }
    const amount = (f: typeof nearer, code: string) => {
      const column = f.table.layout.columnById.get(f.columnId)!;
      return isAmountColumn(column) ? column.amountOf(rowOf(f.table, code)) : null;
    };
    const checked = rows.flatMap((r) => {
      const text = (r.cells[change.index] ?? '').trim().replace(/^\+/, '');
      if (text === '' || !nearer.table.index.has(r.code) || !farther.table.index.has(r.code)) return [];
      const read = readNumber(text, decimal, change.isPercent);
      const [b, a] = [amount(nearer, r.code), amount(farther, r.code)];
      if (read.value === null || a === null || b === null) return [];
      const difference = b.minus(a);
      const places = read.value.decimalPlaces();
      const computed = (sign: 1 | -1): Amount | null =>
        change.isPercent ? (a.isZero() ? null : difference.times(sign).div(a).times(HUNDRED).toDecimalPlaces(places, Dec.ROUND_HALF_UP)) : difference.times(sign);
      return [{ r, text, value: read.value, up: computed(1), down: computed(-1) }];
    });
    const agrees = (value: Amount, computed: Amount | null) => computed === null || computed.eq(value);
    const sign = checked.filter((c) => agrees(c.value, c.down)).length > checked.filter((c) => agrees(c.value, c.up)).length ? 'down' : 'up';
    for (const c of checked) {
      const computed = c[sign];
      if (computed !== null && !computed.eq(c.value)) {
        mismatches.push({ where: placeText({ row: c.r.row, column: columnName(change.index), label: change.heading }), rowId: c.r.code, columnId: change.heading, inFile: c.text, computed, isShare: change.isPercent });
      }
    }
    const [from, to] = sign === 'up' ? [farther, nearer] : [nearer, farther];
    const what = `column ${columnName(to.index)} − column ${columnName(from.index)}${change.isPercent ? ` in % of column ${columnName(from.index)}` : ''}`;
    notes.push(`${named} is read as a change, ${what}, and checked on ${checked.length} row${checked.length === 1 ? '' : 's'}: it is derived, so not kept (a version's changes are what the comparison of its scenario shows).`);
  }
  return { mismatches, notes };
}
