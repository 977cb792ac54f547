import type { Ratio } from '../../model/share';
import type { Row } from '../../model/table';

/**
 * A grid row: the computed row and its share. Every share is over the Total,
 * so an edit anywhere gives every row a new share: it is read from the live
 * table when drawn (gridRows.ts), and a row keeps its object while its own
 * figures stay the same.
 */
export interface GridRow {
  readonly row: Row;
  readonly share: Ratio;
  /** Column ids where this row differs from the scenario compared with. */
  readonly changed: ReadonlySet<string>;
  /** Column ids of this row's cells that break a rule of validity. */
  readonly flagged: ReadonlySet<string>;
  readonly isLocked: boolean;
  /** On the row under Total of a table of categories: each column's share of the whole, by column id, shown instead of amounts. */
  readonly columnShares?: ReadonlyMap<string, Ratio>;
}

/** The name column's value: the text shown, and whether the row is a group (which gets a show/hide button). */
export interface NameValue {
  readonly text: string;
  readonly isGroup: boolean;
}

/** Read by the grid's cell class rules: the cells of the selected block, as "rowId|columnId". */
export interface SelectionContext {
  readonly cells: Set<string>;
}
