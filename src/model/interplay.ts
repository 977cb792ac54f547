import type { Effect, Entry } from './proposal';

/** A typed cell: the figure of a line (or the reduction) in one year. */
export interface Cell {
  readonly rowId: string;
  readonly year: string;
}

/** Another entry of the proposal that changed some of the same cells. */
export interface Overlap {
  readonly entryId: string;
  /** Its place in the proposal, from 0, switched-off entries counted. */
  readonly position: number;
  /** The cells both changed, row by row in table order, each row's years in plan order. */
  readonly cells: readonly Cell[];
}

/** How one entry's changes meet the others': what later ones change again, what it changes again of earlier ones. */
export interface Interplay {
  /** Later entries that change again cells this one changed, in order. */
  readonly later: readonly Overlap[];
  /** Earlier entries whose cells this one changes again, in order. */
  readonly earlier: readonly Overlap[];
}

/**
 * Where a later entry changes a cell an earlier one changed, for each entry
 * of the two. Read from what the replay already knows, each applied entry's
 * {@link Effect} at its position, so it costs no replay: proportional to the
 * cells changed, times the entries that changed each. Entries switched off or
 * not applied have no effect and take no part.
 */
export function interplayOf(entries: readonly Entry[], effects: ReadonlyMap<string, readonly Effect[]>): ReadonlyMap<string, Interplay> {
  /** For each cell changed, the positions of the entries that changed it so far. */
  const changedBy = new Map<string, number[]>();
  /** For each pair (earlier, later), by the earlier's position then the later's: the cells both changed. */
  const pairs = new Map<number, Map<number, Cell[]>>();
  entries.forEach((entry, position) => {
    for (const { rowId, years } of effects.get(entry.id) ?? []) {
      for (const { year } of years) {
        const key = `${rowId}\u0000${year}`;
        const earlier = changedBy.get(key);
        if (earlier === undefined) {
          changedBy.set(key, [position]);
          continue;
        }
        for (const at of earlier) {
          const withEarlier = pairs.get(at) ?? new Map<number, Cell[]>();
          pairs.set(at, withEarlier);
          const cells = withEarlier.get(position) ?? [];
          withEarlier.set(position, cells);
          cells.push({ rowId, year });
        }
        earlier.push(position);
      }
    }
  });
  return byEntry(entries, pairs);
}

/** The pairs seen from each side, in proposal order (the earlier side's are made in order already). */
function byEntry(entries: readonly Entry[], pairs: ReadonlyMap<number, ReadonlyMap<number, readonly Cell[]>>): ReadonlyMap<string, Interplay> {
  const later = new Map<number, Overlap[]>();
  const earlier = new Map<number, Overlap[]>();
  const add = (into: Map<number, Overlap[]>, at: number, overlap: Overlap) => {
    const list = into.get(at) ?? [];
    into.set(at, list);
    list.push(overlap);
  };
  for (const first of [...pairs.keys()].sort((a, b) => a - b)) {
    const withFirst = pairs.get(first)!;
    for (const second of [...withFirst.keys()].sort((a, b) => a - b)) {
      const cells = withFirst.get(second)!;
      add(later, first, { entryId: entries[second]!.id, position: second, cells });
      add(earlier, second, { entryId: entries[first]!.id, position: first, cells });
    }
  }
  const result = new Map<string, Interplay>();
  entries.forEach((entry, at) => {
    const found = { later: later.get(at) ?? [], earlier: earlier.get(at) ?? [] };
    if (found.later.length > 0 || found.earlier.length > 0) result.set(entry.id, found);
  });
  return result;
}
