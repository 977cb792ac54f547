import { ZERO, type Amount } from './amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, isGroup, isMemo, walkLines, type PlanLine, type Plan } from './plan';
import { memoLines, rowCopy, rowsMovedBy, type Layout, type Row, type Table } from './tableShape';

/**
 * The engine in decimal.js, figure by figure: the reference every faster
 * path is checked against (see fixedTable.ts and its property test), and the
 * path taken where amounts do not fit in safe integers.
 */

const sum = (values: readonly Amount[]): Amount => values.reduce((acc, value) => acc.plus(value), ZERO);

function makeRow(
  layout: Layout,
  base: Omit<Row, 'totals' | 'total' | 'years'>,
  years: readonly Amount[],
): Row {
  return {
    ...base,
    years,
    totals: layout.summing.map((column) => sum(column.sums.map((i) => years[i]!))),
    total: sum(years),
  };
}

function addYears(a: readonly Amount[], b: readonly Amount[]): Amount[] {
  return a.map((value, i) => value.plus(b[i]!));
}

/** The sum of lines' years, memos left out. */
const sumOf = (lines: readonly PlanLine[], yearsOf: ReadonlyMap<string, readonly Amount[]>, zeros: readonly Amount[]): readonly Amount[] =>
  lines.reduce((acc, line) => (isMemo(line) ? acc : addYears(acc, yearsOf.get(line.code)!)), zeros);

/** The whole table from a plan's inputs (checked by the caller). */
export function computeDecimalTable(plan: Plan, layout: Layout): Table {
  const zeros = plan.years.map(() => ZERO);
  const lineRows: Row[] = [];
  const ancestorsOf = new Map<string, readonly string[]>();

  // Children come after their group in plan order, so fill groups bottom-up afterwards.
  const yearsOf = new Map<string, readonly Amount[]>();
  const entries = [...walkLines(plan.lines)];
  for (let i = entries.length - 1; i >= 0; i--) {
    const { line } = entries[i]!;
    yearsOf.set(line.code, isGroup(line) ? sumOf(line.children, yearsOf, zeros) : line.amounts);
  }
  const partOf = memoLines(plan.lines);
  for (const { line, parent, depth } of entries) {
    const ancestors = parent === null ? [] : [parent.code, ...ancestorsOf.get(parent.code)!];
    ancestorsOf.set(line.code, ancestors);
    const kind = isGroup(line) ? 'group' : isMemo(line) ? 'memo' : 'line';
    const memo = partOf.get(line.code);
    lineRows.push(
      makeRow(layout, { id: line.code, kind, name: line.name, depth, ancestors, ...(memo === undefined ? {} : { partOf: memo }) }, yearsOf.get(line.code)!),
    );
  }

  const subtotalYears = sumOf(plan.lines, yearsOf, zeros);
  const top = { depth: 0, ancestors: [] };
  const subtotal = makeRow(layout, { ...top, id: SUBTOTAL_ID, kind: 'subtotal', name: plan.subtotalName }, subtotalYears);
  const reduction = makeRow(
    layout,
    { ...top, id: REDUCTION_ID, kind: 'reduction', name: plan.reduction.name },
    plan.reduction.amounts,
  );
  const total = makeRow(
    layout,
    { ...top, id: TOTAL_ID, kind: 'total', name: plan.totalName },
    addYears(subtotalYears, plan.reduction.amounts),
  );
  const rows = [...lineRows, subtotal, reduction, total];
  return { layout, rows, index: new Map(rows.map((row, i) => [row.id, i])) };
}

function shifted(row: Row, yearIndex: number, moved: readonly number[], delta: Amount): Row {
  return rowCopy(row, {
    years: row.years.map((value, i) => (i === yearIndex ? value.plus(delta) : value)),
    totals: row.totals.map((value, k) => (moved.includes(k) ? value.plus(delta) : value)),
    total: row.total.plus(delta),
  });
}

/** The table after one yearly input changed (checked by the caller), only what depends on it recomputed. */
export function updateDecimalTable(table: Table, rowId: string, yearIndex: number, value: Amount): Table {
  const row = table.rows[table.index.get(rowId)!]!;
  const delta = value.minus(row.years[yearIndex]!);
  if (delta.isZero()) return table;

  const moved = table.layout.summingOfYear[yearIndex]!;
  const rows = table.rows.slice();
  for (const id of rowsMovedBy(row)) {
    const i = table.index.get(id)!;
    rows[i] = shifted(rows[i]!, yearIndex, moved, delta);
  }
  return { ...table, rows };
}

