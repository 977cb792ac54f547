import type { Amount } from './amount';
import { SHARE_COLUMN, TOTAL_COLUMN, type Plan } from './plan';
import { say } from './say';
import type { Ratio } from './share';

/**
 * The columns of a table, defined once for every place that lays them out:
 * the grid, the print view, the workbook, the CSV file, the comparison, the
 * block selection and the import's headings. For any plan it is the
 * Appendix A layout: each biennium's years then its total under the
 * biennium's heading, a year in no biennium on its own, the period total,
 * then the plan's changes between two of those columns (a variance, a
 * variance in per cent), the share. Ids are stable: the year, the
 * biennium's id, `total`, each change's own id, `share`.
 */

export type ColumnKind = 'year' | 'biennium' | 'total' | 'change' | 'share' | 'change-percent';

/** The plan's columns a table needs to lay out its own. */
export type ColumnsOf = Pick<Plan, 'years' | 'biennia' | 'periodLabel' | 'changes'>;

/** What a column reads of a computed row (the table's `Row` has it). */
export interface RowAmounts {
  /** Aligned with the plan's years: the inputs. */
  readonly years: readonly Amount[];
  /** Aligned with the summing columns ({@link summingColumns}: the biennia, the period): each the sum of its years. */
  readonly totals: readonly Amount[];
  /** The period total (also among `totals`), read so often it has a name. */
  readonly total: Amount;
}

/** A heading over several columns: a biennium's, above its years and its total. */
export interface ColumnGroup {
  readonly id: string;
  readonly heading: string;
}

interface ColumnBase {
  readonly id: string;
  readonly kind: ColumnKind;
  /** The heading that names the column on its own: `2028`, `2028-2029`, the period label, `In %`. */
  readonly heading: string;
  /** The heading above it, or null where the column stands alone through both header rows. */
  readonly group: ColumnGroup | null;
  /** Its heading under the group's, which already names the period: `2028`, or `Total` for a biennium's total. */
  readonly subheading: string;
  /** Typed in (the yearly amounts of lines and of the reduction) rather than computed. */
  readonly isInput: boolean;
}

export interface AmountColumn extends ColumnBase {
  readonly kind: 'year' | 'biennium' | 'total' | 'change';
  /** Indices of the plan's years whose sum the column is; a year column's is its own; none for a change. */
  readonly sums: readonly number[];
  /** A change's two columns: its figure is `to − from`. */
  readonly between?: { readonly from: AmountColumn; readonly to: AmountColumn };
  readonly amountOf: (row: RowAmounts) => Amount;
}

/** A row's share of the Total: a ratio over the whole table, not a sum of the row's years. */
export interface ShareColumn extends ColumnBase {
  readonly kind: 'share';
}

/** A change in per cent: `to − from` over `base` (one of the two), a ratio of the row's own figures. */
export interface PercentChangeColumn extends ColumnBase {
  readonly kind: 'change-percent';
  readonly from: AmountColumn;
  readonly to: AmountColumn;
  readonly base: AmountColumn;
}

export type RatioColumn = ShareColumn | PercentChangeColumn;
export type TableColumn = AmountColumn | RatioColumn;

/**
 * A change between two amount columns of the same row, derived like a sum:
 * `to − from` ("Variance"), or that in per cent of `percentOf` ("Variance %").
 * Ids are the plan's own; headings are the table's.
 */
export interface ChangeSpec {
  readonly id: string;
  readonly heading: string;
  readonly from: string;
  readonly to: string;
  /** For a change in per cent: the column it is a per cent of (`from` or `to`). */
  readonly percentOf?: string;
}

/** A ratio column's figure for a row: the row's share of the Total (given: it needs the Total row), or its change in per cent of its base. */
export const ratioIn = (column: RatioColumn, row: RowAmounts, share: Ratio): Ratio =>
  column.kind === 'share' ? share : { part: column.to.amountOf(row).minus(column.from.amountOf(row)), whole: column.base.amountOf(row) };

/** The share column's heading as the document and English files write it (what an import recognises); shown as {@link shareHeading}. */
export const SHARE_HEADING = 'In %';
/** The share column's heading in the person's language. */
export const shareHeading = (): string => say('model.column.share');
/** The Total over a column, in words: "Total 2028-2031", or just "Total" where the column is headed so (a table of categories). */
export const totalOver = (heading: string): string =>
  heading.trim().toLowerCase() === 'total' ? say('model.column.total') : say('model.column.totalOver', { heading });
/** The row under Total of a table of categories, as English files name it (what an import recognises); shown as {@link columnShareName}. */
export const COLUMN_SHARE_NAME = 'In % of the total';
/** The row under Total of a table of categories, each column's share of the whole, in the person's language. */
export const columnShareName = (): string => say('model.column.columnShare');

export const isAmountColumn = (column: TableColumn): column is AmountColumn => column.kind !== 'share' && column.kind !== 'change-percent';

/** The columns that total a period of years (the biennia, then the whole period): what an operation may name as a period. */
export const periodColumns = (plan: ColumnsOf): AmountColumn[] => summingColumns(tableColumns(plan));

/** The columns typed in (the years), in display order: where a typed figure or a pasted block may land. */
export const inputColumns = (plan: ColumnsOf): AmountColumn[] =>
  tableColumns(plan).filter((column): column is AmountColumn => column.isInput && isAmountColumn(column));

function yearColumn(plan: Pick<Plan, 'years'>, y: number, group: ColumnGroup | null): AmountColumn {
  const year = plan.years[y]!;
  return { id: year, kind: 'year', heading: year, group, subheading: year, isInput: true, sums: [y], amountOf: (row) => row.years[y]! };
}

/** A change's column, between two of the columns laid out before it. */
function changeColumn(spec: ChangeSpec, before: readonly TableColumn[]): TableColumn {
  const find = (id: string): AmountColumn => {
    const found = before.find((column) => column.id === id);
    if (found === undefined || !isAmountColumn(found) || found.kind === 'change') throw new RangeError(`change ${spec.id}: no column ${id} to compare`);
    return found;
  };
  const [from, to] = [find(spec.from), find(spec.to)];
  const base = { id: spec.id, heading: spec.heading, group: null, subheading: spec.heading, isInput: false };
  if (spec.percentOf !== undefined) return { ...base, kind: 'change-percent', from, to, base: find(spec.percentOf) };
  return { ...base, kind: 'change', sums: [], between: { from, to }, amountOf: (row) => to.amountOf(row).minus(from.amountOf(row)) };
}

/** A biennium's total, headed "Total" under the biennium's own heading as the document does (words read when shown: a getter). */
function bienniumTotal(group: ColumnGroup, sums: readonly number[], amountOf: AmountColumn['amountOf']): AmountColumn {
  return {
    id: group.id,
    kind: 'biennium',
    heading: group.id,
    group,
    get subheading() {
      return say('model.column.total');
    },
    isInput: false,
    sums,
    amountOf,
  };
}

/** The period's total; a plan of one period headed so that no two columns are headed alike ("Total 2028"). */
function periodTotal(plan: ColumnsOf, amountOf: AmountColumn['amountOf']): AmountColumn {
  const { periodLabel } = plan;
  const isOnePeriod = plan.years.includes(periodLabel);
  const heading = () => (isOnePeriod ? totalOver(periodLabel) : periodLabel);
  return {
    id: TOTAL_COLUMN,
    kind: 'total',
    get heading() {
      return heading();
    },
    group: null,
    get subheading() {
      return heading();
    },
    isInput: false,
    sums: plan.years.map((_, i) => i),
    amountOf,
  };
}

const shareColumn = (): ShareColumn => ({
  id: SHARE_COLUMN,
  kind: 'share',
  get heading() {
    return shareHeading();
  },
  group: null,
  get subheading() {
    return shareHeading();
  },
  isInput: false,
});

/** The columns of a plan's table, in display order. */
export function tableColumns(plan: ColumnsOf): TableColumn[] {
  const columns: TableColumn[] = [];
  const placed = new Set<string>();
  // A summing column reads its figure at its own position among the summing columns.
  let summed = 0;
  const nextTotal = (): AmountColumn['amountOf'] => {
    const k = summed++;
    return (row) => row.totals[k]!;
  };
  plan.years.forEach((year, y) => {
    if (placed.has(year)) return;
    const b = plan.biennia.findIndex((biennium) => biennium.years.includes(year));
    if (b === -1) {
      columns.push(yearColumn(plan, y, null));
      return;
    }
    const { id, years } = plan.biennia[b]!;
    const group = { id, heading: id };
    const sums = years.map((member) => plan.years.indexOf(member));
    years.forEach((member) => placed.add(member));
    columns.push(...sums.map((i) => yearColumn(plan, i, group)));
    columns.push(bienniumTotal(group, sums, nextTotal()));
  });
  columns.push(periodTotal(plan, nextTotal()));
  for (const spec of plan.changes ?? []) columns.push(changeColumn(spec, columns));
  columns.push(shareColumn());
  return columns;
}

/** The columns whose figure is a sum of years (biennia, period), in display order: what a row's `totals` are aligned with. */
export const summingColumns = (columns: readonly TableColumn[]): AmountColumn[] =>
  columns.filter((column): column is AmountColumn => isAmountColumn(column) && !column.isInput && column.kind !== 'change');

/** Columns under one heading of the upper header row: a group's, or a single column standing alone. */
export interface HeaderBand {
  readonly group: ColumnGroup | null;
  readonly columns: readonly TableColumn[];
}

/** The upper header row: consecutive columns of one group together, every other column alone. */
export function headerBands(columns: readonly TableColumn[]): HeaderBand[] {
  const bands: { group: ColumnGroup | null; columns: TableColumn[] }[] = [];
  for (const column of columns) {
    const last = bands.at(-1);
    if (last !== undefined && column.group !== null && last.group?.id === column.group.id) last.columns.push(column);
    else bands.push({ group: column.group, columns: [column] });
  }
  return bands;
}

/** The typed columns, then the computed ones, each in display order: how CSV files list them. */
export function inputsFirst<T extends TableColumn>(columns: readonly T[]): T[] {
  return [...columns.filter((column) => column.isInput), ...columns.filter((column) => !column.isInput)];
}

/** The column a heading names, whichever way a file writes it: a column's id or heading, any year, any range of years. */
export type HeadingColumn =
  | { readonly kind: 'year'; readonly year: string }
  /** A biennium, or the whole period when it runs from the first year to the last (the document's `2028-2031`). */
  | { readonly kind: 'range'; readonly id: string; readonly first: string; readonly last: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'share' };

/**
 * How tables head a column of each row's share of the Total: `share`, `In %`, `%`, `Share (%)`, `% of total`, `Per cent`;
 * and as this app heads it in the person's language, so that a table copied from it reads back.
 */
export const isShareHeading = (text: string): boolean => {
  const t = text.trim().toLowerCase();
  return /^(?:share|in\s*%|%|per\s?cent(?:age)?|share\s*(?:\(%\)|%|in\s*%|of\s*(?:the\s*)?total(?:\s*\(%\))?)|%\s*of\s*(?:the\s*)?total)$/.test(t) || t === shareHeading().trim().toLowerCase();
};

export function headingColumn(text: string): HeadingColumn | null {
  const t = text.trim().toLowerCase();
  if (t === TOTAL_COLUMN) return { kind: 'total' };
  if (isShareHeading(t)) return { kind: 'share' };
  // A year, or a fiscal year across two ("2014/15", as the import reads a run of them).
  if (/^\d{4}$/.test(t) || /^\d{4}\/\d{2}$/.test(t)) return { kind: 'year', year: t };
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(t);
  if (range) return { kind: 'range', id: `${range[1]}-${range[2]}`, first: range[1]!, last: range[2]! };
  return null;
}
