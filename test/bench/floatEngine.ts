/**
 * The same work as src/model/table.ts with plain JS numbers: the yardstick
 * for `npm run bench`. Never used for real figures (floats are not exact).
 */
export interface FloatLine {
  readonly code: string;
  readonly amounts?: readonly number[];
  readonly children?: readonly FloatLine[];
}

export interface FloatPlan {
  readonly years: readonly string[];
  readonly yearsOfBiennium: readonly (readonly number[])[];
  readonly lines: readonly FloatLine[];
  readonly reduction: readonly number[];
}

export interface FloatRow {
  readonly id: string;
  readonly ancestors: readonly string[];
  readonly years: readonly number[];
  readonly biennia: readonly number[];
  readonly total: number;
}

export interface FloatTable {
  readonly bienniumOfYear: readonly number[];
  readonly rows: readonly FloatRow[];
  readonly index: ReadonlyMap<string, number>;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const add = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v + b[i]!);

export function computeFloatTable(plan: FloatPlan): FloatTable {
  const rows: FloatRow[] = [];
  const zeros = plan.years.map(() => 0);
  const makeRow = (id: string, ancestors: readonly string[], years: readonly number[]): FloatRow => ({
    id,
    ancestors,
    years,
    biennia: plan.yearsOfBiennium.map((indices) => sum(indices.map((i) => years[i]!))),
    total: sum(years),
  });
  const visit = (line: FloatLine, ancestors: readonly string[]): readonly number[] => {
    const position = rows.length;
    rows.push(makeRow(line.code, ancestors, zeros)); // placeholder keeps plan order
    const years = line.children
      ? line.children.reduce((acc, child) => add(acc, visit(child, [line.code, ...ancestors])), zeros)
      : line.amounts!;
    rows[position] = makeRow(line.code, ancestors, years);
    return years;
  };
  const subtotal = plan.lines.reduce((acc, line) => add(acc, visit(line, [])), zeros);
  rows.push(makeRow('subtotal', [], subtotal), makeRow('reduction', [], plan.reduction), makeRow('total', [], add(subtotal, plan.reduction)));
  const bienniumOfYear = plan.years.map((_, y) => plan.yearsOfBiennium.findIndex((indices) => indices.includes(y)));
  return { bienniumOfYear, rows, index: new Map(rows.map((row, i) => [row.id, i])) };
}

export function updateFloatTable(table: FloatTable, rowId: string, yearIndex: number, value: number): FloatTable {
  const row = table.rows[table.index.get(rowId)!]!;
  const delta = value - row.years[yearIndex]!;
  const b = table.bienniumOfYear[yearIndex]!;
  const rows = table.rows.slice();
  for (const id of [rowId, ...row.ancestors, ...(rowId === 'reduction' ? [] : ['subtotal']), 'total']) {
    const i = table.index.get(id)!;
    const r = rows[i]!;
    rows[i] = {
      ...r,
      years: r.years.map((v, k) => (k === yearIndex ? v + delta : v)),
      biennia: r.biennia.map((v, k) => (k === b ? v + delta : v)),
      total: r.total + delta,
    };
  }
  return { ...table, rows };
}
