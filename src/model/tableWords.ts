import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, type Plan, type PlanLine } from './plan';
import { rowCopy, type Layout, type Row, type Table } from './tableShape';

/** A row's name in a plan's words, by row id (a line's code, subtotal, reduction, total). */
export function rowNameIn(words: Plan, id: string): string | undefined {
  return renamingOf(words).names.get(id);
}

/** Every row's name in a plan: its lines' (groups and children) by code, and the rows below the lines. */
function namesOf(plan: Plan): ReadonlyMap<string, string> {
  const names = new Map<string, string>([
    [SUBTOTAL_ID, plan.subtotalName],
    [REDUCTION_ID, plan.reduction.name],
    [TOTAL_ID, plan.totalName],
  ]);
  const walk = (lines: readonly PlanLine[]): void => {
    for (const line of lines) {
      names.set(line.code, line.name);
      if ('children' in line) walk(line.children);
    }
  };
  walk(plan.lines);
  return names;
}

interface Renaming {
  readonly names: ReadonlyMap<string, string>;
  /** Each computed row and its renamed copy: a row the engine kept after an edit stays the same object renamed too. */
  readonly rows: WeakMap<Row, Row>;
  readonly layouts: WeakMap<Layout, Layout>;
}

const renamings = new WeakMap<Plan, Renaming>();

/**
 * A table computed from a plan, with the names of `words` (the same plan in
 * another language, planLanguage.ts): the same figures, rows and ids.
 */
function renamingOf(words: Plan): Renaming {
  let renaming = renamings.get(words);
  if (renaming === undefined) renamings.set(words, (renaming = { names: namesOf(words), rows: new WeakMap(), layouts: new WeakMap() }));
  return renaming;
}

export function tableInWords(table: Table, words: Plan): Table {
  const { names, rows, layouts } = renamingOf(words);
  const renamed = table.rows.map((row) => {
    const name = names.get(row.id);
    if (name === undefined || name === row.name) return row;
    let copy = rows.get(row);
    // Never a spread: a row of the fast path keeps its figures on its prototype (rowCopy).
    if (copy === undefined) rows.set(row, (copy = rowCopy(row, { name })));
    return copy;
  });
  let layout = table.layout.lineHeading === words.lineHeading ? table.layout : layouts.get(table.layout);
  if (layout === undefined) layouts.set(table.layout, (layout = { ...table.layout, lineHeading: words.lineHeading }));
  return { ...table, layout, rows: renamed };
}
