import type { Amount } from './amount';
import { addUnits, fromUnits, scaledAmounts, toUnits } from './fixedPoint';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, isGroup, isMemo, type Plan, type PlanLine } from './plan';
import { rowsMovedBy, type Layout, type Row, type Table } from './tableShape';

/**
 * The engine's fast exact path: the same table as decimalTable.ts, summed in
 * whole units of the plan's precision held in safe integers (fixedPoint.ts).
 * Where any input is not a whole number of units or the inputs' magnitudes
 * add up past 2^53 − 1 (so that some sum might not be exact), it gives null
 * and the caller takes the decimal path. A row's figures become Decimals only
 * when read, once: a 20 000-line table shows a few dozen rows at a time.
 * The property test (test/model/fixedTable.properties.test.ts) checks it
 * against the decimal engine figure for figure, also near the limit.
 */

interface Units {
  readonly scale: number;
  readonly years: readonly number[];
  readonly totals: readonly number[];
  readonly total: number;
}

/**
 * A row of this path: its figures in units, made Decimals the first time each
 * is read, once; its input years, where it has them, are the plan's own. A
 * class, not an object literal with getters: 2 000 of those took 12 ms to
 * make, these 0.04 ms. Its figures are on the prototype, so a copy made by
 * spreading a row loses them: copy with `rowCopy` (tableShape.ts; a copy is a
 * plain row, and goes the decimal way).
 */
class FixedRow implements Row {
  readonly id: string;
  readonly kind: Row['kind'];
  readonly name: string;
  readonly depth: number;
  readonly ancestors: readonly string[];
  readonly partOf?: string;
  readonly #units: Units;
  #years: readonly Amount[] | undefined;
  #totals: readonly Amount[] | undefined;
  #total: Amount | undefined;

  // Fields one by one, not a base object spread: this runs for every row of a 20 000-line plan.
  constructor(id: string, kind: Row['kind'], name: string, depth: number, ancestors: readonly string[], partOf: string | undefined, units: Units, inputs?: readonly Amount[]) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.depth = depth;
    this.ancestors = ancestors;
    if (partOf !== undefined) this.partOf = partOf;
    this.#units = units;
    this.#years = inputs;
  }

  /** This row with other figures: its names and place read, not its figures. */
  withUnits(units: Units): FixedRow {
    return new FixedRow(this.id, this.kind, this.name, this.depth, this.ancestors, this.partOf, units);
  }

  get years(): readonly Amount[] {
    return (this.#years ??= this.#units.years.map((value) => fromUnits(value, this.#units.scale)));
  }

  get totals(): readonly Amount[] {
    return (this.#totals ??= this.#units.totals.map((value) => fromUnits(value, this.#units.scale)));
  }

  get total(): Amount {
    return (this.#total ??= fromUnits(this.#units.total, this.#units.scale));
  }

  static unitsOf(row: Row): Units | undefined {
    return row instanceof FixedRow ? row.#units : undefined;
  }
}

/** A row's figures in whole units of its plan's precision, where this path computed it. */
export const rowUnits = (row: Row): Units | undefined => FixedRow.unitsOf(row);

function unitsOf(summing: readonly (readonly number[])[], scale: number, years: readonly number[]): Units {
  let total = 0;
  for (const value of years) total += value;
  const totals = summing.map((sums) => {
    let sum = 0;
    for (const i of sums) sum += years[i]!;
    return sum;
  });
  return { scale, years, totals, total };
}

function addInto(into: number[], years: readonly number[]): void {
  for (let i = 0; i < into.length; i++) into[i]! += years[i]!;
}

/**
 * The table from a plan's inputs (checked by the caller), or null where its
 * amounts do not fit in safe integers. One walk down the plan: each line's
 * row, its groups' sums on the way back up; the same rows, in the same
 * order, as the decimal engine's.
 */
export function computeFixedTable(plan: Plan, layout: Layout): Table | null {
  const scale = plan.precision;
  const summing = layout.summing.map((column) => column.sums);
  const zeros = plan.years.map(() => 0);
  const rows: Row[] = [];
  let magnitude = 0;
  let fits = true;

  /** The lines' rows, in plan order; returns their sum, memos left out. */
  const visit = (lines: readonly PlanLine[], ancestors: readonly string[], depth: number, group: string | undefined): number[] => {
    const sum = zeros.slice();
    // A memo is part of the nearest line before it, or of the group it opens (see memoLines).
    let last = group;
    for (const line of lines) {
      const position = rows.length;
      rows.push(undefined as unknown as Row);
      let years: readonly number[];
      if (isGroup(line)) {
        years = visit(line.children, [line.code, ...ancestors], depth + 1, line.code);
      } else {
        const scaled = scaledAmounts(line.amounts, scale);
        if (scaled === null) fits = false;
        years = scaled?.units ?? zeros;
        magnitude += scaled?.magnitude ?? 0;
      }
      const memo = isMemo(line);
      const partOf = memo ? last : undefined;
      if (!memo) {
        last = line.code;
        addInto(sum, years);
      }
      const kind = isGroup(line) ? 'group' : memo ? 'memo' : 'line';
      rows[position] = new FixedRow(line.code, kind, line.name, depth, ancestors, partOf, unitsOf(summing, scale, years), isGroup(line) ? undefined : line.amounts);
    }
    return sum;
  };
  const subtotal = visit(plan.lines, [], 0, undefined);
  const reduction = scaledAmounts(plan.reduction.amounts, scale);
  // Every sum is bounded by the sum of the inputs' magnitudes: within 2^53 − 1, none was rounded.
  if (!fits || reduction === null || !Number.isSafeInteger(magnitude + reduction.magnitude)) return null;
  const total = subtotal.slice();
  addInto(total, reduction.units);
  rows.push(
    new FixedRow(SUBTOTAL_ID, 'subtotal', plan.subtotalName, 0, [], undefined, unitsOf(summing, scale, subtotal)),
    new FixedRow(REDUCTION_ID, 'reduction', plan.reduction.name, 0, [], undefined, unitsOf(summing, scale, reduction.units), plan.reduction.amounts),
    new FixedRow(TOTAL_ID, 'total', plan.totalName, 0, [], undefined, unitsOf(summing, scale, total)),
  );
  return { layout, rows, index: new Map(rows.map((row, i) => [row.id, i])) };
}

/** A row's figures with `delta` units added to one year and the sums holding it, or null where one would not be exact. */
function shiftedUnits(units: Units, yearIndex: number, moved: readonly number[], delta: number): Units | null {
  const years = units.years.slice();
  const totals = units.totals.slice();
  const year = addUnits(years[yearIndex]!, delta);
  const total = addUnits(units.total, delta);
  if (year === null || total === null) return null;
  years[yearIndex] = year;
  for (const k of moved) {
    const sum = addUnits(totals[k]!, delta);
    if (sum === null) return null;
    totals[k] = sum;
  }
  return { scale: units.scale, years, totals, total };
}

/** The table after one yearly input changed (checked by the caller), or null where this path cannot keep it exact. */
export function updateFixedTable(table: Table, rowId: string, yearIndex: number, value: Amount): Table | null {
  const row = table.rows[table.index.get(rowId)!]!;
  const before = rowUnits(row);
  if (before === undefined) return null;
  const units = toUnits(value, before.scale);
  if (units === null) return null;
  const delta = units - before.years[yearIndex]!;
  if (!Number.isSafeInteger(delta)) return null;
  if (delta === 0) return table;

  const moved = table.layout.summingOfYear[yearIndex]!;
  const rows = table.rows.slice();
  for (const id of rowsMovedBy(row)) {
    const i = table.index.get(id)!;
    const current = rows[i]!;
    const known = rowUnits(current);
    const shifted = known?.scale === before.scale ? shiftedUnits(known, yearIndex, moved, delta) : null;
    if (shifted === null) return null;
    rows[i] = (current as FixedRow).withUnits(shifted);
  }
  return { ...table, rows };
}
