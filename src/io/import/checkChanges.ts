import { t } from '../../i18n/t';
import { Dec, type Amount } from '../../model/amount';
import { isAmountColumn, type ChangeSpec } from '../../model/columns';
import { rowOf, type Table } from '../../model/table';
import type { Mismatch } from './checkDerived';
import type { ChangeColumn, FigureColumn } from './mapColumns';
import { placeText, type ColumnName } from './problems';
import { listed } from './messages';
import { TOTAL_COLUMN } from '../../model/plan';
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
  /** The changes between two columns of the table's own figures, to be derived from now on (a change between versions is what comparing their scenarios shows). */
  readonly kept: readonly ChangeSpec[];
}

/** A change column's id, from its heading ("Variance %" → `variance-pct`), unlike any other column's. */
function changeId(heading: string, isPercent: boolean, taken: Set<string>): string {
  const words = heading.toLowerCase().replace(/%/g, ' pct ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'change';
  const stem = isPercent && !words.includes('pct') ? `${words}-pct` : words;
  let id = /^\d/.test(stem) ? `change-${stem}` : stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

const HUNDRED = new Dec(100);

/** A column of figures of a table; `span`: the file's columns a whole period sums, where no column of the file holds it. */
type Figure = FigureColumn & { readonly table: Table; readonly span?: readonly number[] };

/** How a change is read: later less earlier or the other way round, in per cent of what it changes from or of what it changes to. */
interface Reading {
  readonly isLaterLessEarlier: boolean;
  readonly base: 'from' | 'to';
}
const READINGS: readonly Reading[] = [
  { isLaterLessEarlier: true, base: 'from' },
  { isLaterLessEarlier: false, base: 'from' },
  { isLaterLessEarlier: true, base: 'to' },
  { isLaterLessEarlier: false, base: 'to' },
];

/** The change of a row read so (a: the farther column, b: the nearer), to the decimals the file writes; null where its base is zero. */
function computedChange(a: Amount, b: Amount, reading: Reading, isPercent: boolean, places: number): Amount | null {
  const [from, to] = reading.isLaterLessEarlier ? [a, b] : [b, a];
  const difference = to.minus(from);
  if (!isPercent) return difference;
  const base = reading.base === 'from' ? from : to;
  return base.isZero() ? null : difference.div(base).times(HUNDRED).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

const agrees = (value: Amount, computed: Amount | null) => computed === null || computed.eq(value);

/**
 * The pairs of columns a change may compare, the likeliest first: the
 * periods its heading names ("Change 2027/2026"); else the nearest column
 * and the same column of another version, and the two columns right before
 * it where they are of one kind (two biennia, or one version's two years);
 * else the two nearest inputs, a period's own figures before sums (a
 * "Total" column is not what "Change" changes). The file's rows choose
 * among them (see checkChanges).
 */
function pairsOf(change: ChangeColumn, all: readonly Figure[]): Pair[] {
  const before = all.filter((f) => f.index < change.index).sort((x, y) => y.index - x.index);
  const named = [...change.heading.matchAll(/\d{4}/g)].map((m) => before.find((f) => f.columnId === m[0] || f.columnId.startsWith(`${m[0]}-`)));
  if (named.length === 2 && named[0] !== undefined && named[1] !== undefined && named[0] !== named[1]) {
    const [x, y] = named[0].index > named[1].index ? [named[0], named[1]] : [named[1], named[0]];
    return [{ nearer: x, farther: y }];
  }
  // A change of one period among versions ("Variance 2027", "2026" under "Difference"): that period's two nearest versions.
  const ofPeriod = named.length === 1 ? before.filter((f) => f.columnId === named[0]?.columnId && f.index !== named[0]?.index) : [];
  if (named.length === 1 && named[0] !== undefined && ofPeriod.length > 0) {
    const [x, y] = [named[0], ofPeriod[0]!];
    return [{ nearer: x, farther: y }];
  }
  // A change between the two periods it stands between ("2024 appropriation", "Increase (decrease)", "2025 estimate"), as UN budgets lay it out.
  const after = all.filter((f) => f.index > change.index).sort((x, y) => x.index - y.index)[0];
  const isInput = (f: Figure) => f.table.layout.columnById.get(f.columnId)?.isInput === true;
  const between = after !== undefined && before[0] !== undefined && after.table === before[0].table && isInput(after) && isInput(before[0]) ? [{ nearer: after, farther: before[0] }] : [];
  const nearer = before[0];
  if (nearer === undefined) return [];
  const pairs: Pair[] = [];
  // The same period of another version, in a column of its own (a period headed once is every version's: the same column).
  const other = before.find((f) => f.index !== nearer.index && f.table !== nearer.table && f.columnId === nearer.columnId);
  if (other !== undefined) pairs.push({ nearer, farther: other });
  // The whole period of each version, where no column holds it ("rg_change" over a biennium of real growth and zero real growth).
  const wholeOf = (table: Table): Figure | undefined => {
    const inputs = all.filter((f) => f.table === table && isInput(f));
    const isHeld = all.some((f) => f.table === table && f.columnId === TOTAL_COLUMN);
    return inputs.length < 2 || isHeld ? undefined : { index: Math.max(...inputs.map((f) => f.index)), columnId: TOTAL_COLUMN, table, span: inputs.map((f) => f.index) };
  };
  const [wholeNear, wholeFar] = other === undefined ? [] : [wholeOf(nearer.table), wholeOf(other.table)];
  if (wholeNear !== undefined && wholeFar !== undefined) pairs.push({ nearer: wholeNear, farther: wholeFar });
  // The two columns right before it in one version, of one kind and not the whole period's (2028-2029 and 2030-2031 before
  // "Variance"; "Revised 2024-2025" and "Proposed 2026-2027", the latter every version's): those.
  const kindOf = (f: Figure) => f.table.layout.columnById.get(f.columnId)?.kind;
  for (const near of before.filter((f) => f.index === nearer.index)) {
    const second = before.find((f) => f.table === near.table && f.index < near.index);
    if (second !== undefined && kindOf(near) === kindOf(second) && kindOf(near) !== 'total') pairs.push({ nearer: near, farther: second });
  }
  if (pairs.length > 0) return [...pairs, ...between];
  const inputs = before.filter(isInput);
  const [x, y] = inputs.length >= 2 ? inputs : before;
  return [...(x === undefined || y === undefined ? [] : [{ nearer: x, farther: y }]), ...between];
}

interface Pair {
  readonly nearer: Figure;
  readonly farther: Figure;
}

/** A change's rows read against a pair of columns, and the reading (direction, base) most of them agree with. */
function readPair(rows: readonly FileRow[], change: ChangeColumn, pair: Pair, decimal: ',' | '.') {
  const amount = (f: Figure, code: string) => {
    const column = f.table.layout.columnById.get(f.columnId)!;
    return isAmountColumn(column) ? column.amountOf(rowOf(f.table, code)) : null;
  };
  const rowsRead = rows.flatMap((r) => {
    const text = (r.cells[change.index] ?? '').trim().replace(/^\+/, '');
    if (text === '' || !pair.nearer.table.index.has(r.code) || !pair.farther.table.index.has(r.code)) return [];
    const read = readNumber(text, decimal, change.isPercent);
    // A deduction written positive ("Less: provision 1 000") has its change written on the file's figures, not on the negated ones.
    const asWritten = (value: Amount | null) => (value !== null && r.subtracts === true ? value.negated() : value);
    const [b, a] = [asWritten(amount(pair.nearer, r.code)), asWritten(amount(pair.farther, r.code))];
    return read.value === null || a === null || b === null ? [] : [{ r, text, value: read.value, a, b }];
  });
  // The direction (later less earlier, or the other way) and, for a percentage, its base: as most rows say.
  const readings = READINGS.filter((reading) => change.isPercent || reading.base === 'from');
  const agreeing = (reading: Reading) => rowsRead.filter((c) => agrees(c.value, computedChange(c.a, c.b, reading, change.isPercent, c.value.decimalPlaces()))).length;
  const best = readings.reduce((x, y) => (agreeing(y) > agreeing(x) ? y : x));
  return { pair, rowsRead, best, count: agreeing(best) };
}

/**
 * Columns of changes ("Variance", "rg_change", "Variance %"), each checked as
 * the difference of two columns of figures left of it: the nearest, and the
 * same column of another version, else the one before it; the nearer less
 * the farther (or the other way round, as most of its rows say), in
 * per cent of the farther for a percentage, to the decimals the file
 * writes. A change between two of the table's own columns is kept, derived
 * from them from now on; one between versions is what the comparison of
 * their scenarios shows.
 */
export function checkChanges(rows: readonly FileRow[], changes: readonly ChangeColumn[], sources: readonly FiguresOf[], decimal: ',' | '.', columnName: ColumnName): ChangesCheck {
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  const kept: ChangeSpec[] = [];
  const own = sources[0]?.table;
  const taken = new Set(own?.layout.columns.map((column) => column.id) ?? []);
  const all: Figure[] = sources.flatMap(({ figures, table }) => figures.flatMap((f) => { const column = table.layout.columnById.get(f.columnId); return column !== undefined && isAmountColumn(column) ? [{ ...f, table }] : []; }));
  for (const change of changes) {
    const named = { column: columnName(change.index), heading: change.heading };
    const pairs = pairsOf(change, all);
    if (pairs.length === 0) {
      notes.push(t('import.change.noPair', named));
      continue;
    }
    // Each pair read in each direction: the one most rows agree with is what the file means (the likeliest where as many do).
    const { pair, rowsRead, best } = pairs.map((p) => readPair(rows, change, p, decimal)).reduce((x, y) => (y.count > x.count ? y : x));
    for (const c of rowsRead) {
      const computed = computedChange(c.a, c.b, best, change.isPercent, c.value.decimalPlaces());
      if (computed !== null && !computed.eq(c.value)) {
        mismatches.push({ row: c.r.row, where: placeText({ row: c.r.row, column: columnName(change.index), label: change.heading }), rowId: c.r.code, name: c.r.name, columnId: change.heading, inFile: c.text, computed, isShare: change.isPercent });
      }
    }
    const [from, to] = best.isLaterLessEarlier ? [pair.farther, pair.nearer] : [pair.nearer, pair.farther];
    const base = best.base === 'from' ? from : to;
    const columns = { to: columnName(to.index), from: columnName(from.index) };
    const sumOf = (f: Figure) => listed((f.span ?? []).map(columnName));
    const difference =
      to.span !== undefined && from.span !== undefined
        ? t(change.isPercent ? 'import.change.differenceWholePercent' : 'import.change.differenceWhole', { to: sumOf(to), from: sumOf(from), base: sumOf(base) })
        : change.isPercent
          ? t('import.change.differencePercent', { ...columns, base: columnName(base.index) })
          : t('import.change.difference', columns);
    const isOwn = from.table === own && to.table === own;
    if (isOwn) kept.push({ id: changeId(change.heading, change.isPercent, taken), heading: change.heading, from: from.columnId, to: to.columnId, ...(change.isPercent ? { percentOf: base.columnId } : {}) });
    const outcome = isOwn ? t('import.change.kept') : t('import.change.notKept');
    notes.push(t('import.change.read', { ...named, difference, count: rowsRead.length, outcome }));
  }
  return { mismatches, notes, kept };
}
