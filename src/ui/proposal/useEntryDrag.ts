import { useMemo, useState, type DragEvent, type HTMLAttributes, type LiHTMLAttributes } from 'react';

/** Which side of an entry the dragged one would land on. */
export type DropSide = 'before' | 'after';

export interface EntryDrag {
  /** For an entry's handle: what starts and ends a drag. */
  handle(index: number): HTMLAttributes<HTMLElement>;
  /** For an entry: where a drag may land, and the drop. */
  target(index: number): LiHTMLAttributes<HTMLLIElement>;
  /** Where the dragged entry would land, to mark it; null when not over this entry. */
  mark(index: number): DropSide | null;
  /** The entry being dragged, to dim it. */
  readonly dragging: number | null;
}

/** The place, after the move, of the entry at `from` dropped on `side` of the entry at `over`. */
export function dropPlace(from: number, over: number, side: DropSide): number {
  const before = side === 'before' ? over : over + 1;
  return before > from ? before - 1 : before;
}

/**
 * Reordering a proposal's entries by mouse, with the browser's own drag and
 * drop: a drag from an entry's handle lands before or after the entry under
 * the pointer, by which half it is over, as one move (and one undo step).
 * Only entries of this list are taken: a file or text dropped is no move.
 * The keyboard moves entries with their up and down buttons instead.
 */
export function useEntryDrag(move: (from: number, to: number) => void): EntryDrag {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<{ index: number; side: DropSide } | null>(null);
  // The same object while nothing is dragged (given the same `move`), so that memoised entries are not drawn again for it.
  return useMemo(() => dragOf(dragging, over, setDragging, setOver, move), [dragging, over, move]);
}

function dragOf(
  dragging: number | null,
  over: { index: number; side: DropSide } | null,
  setDragging: (index: number | null) => void,
  setOver: (over: { index: number; side: DropSide } | null) => void,
  move: (from: number, to: number) => void,
): EntryDrag {
  const end = () => {
    setDragging(null);
    setOver(null);
  };
  const sideOf = (event: DragEvent<HTMLElement>): DropSide => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };
  return {
    dragging,
    handle: (index) => ({
      draggable: true,
      onDragStart: (event) => {
        // Firefox starts a drag only with some data; the whole entry is what is seen moving.
        event.dataTransfer.setData('text/plain', `#${index + 1}`);
        event.dataTransfer.effectAllowed = 'move';
        const item = event.currentTarget.closest('li');
        if (item !== null) event.dataTransfer.setDragImage(item, 12, 12);
        setDragging(index);
      },
      onDragEnd: end,
    }),
    target: (index) => ({
      onDragOver: (event) => {
        if (dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const side = sideOf(event);
        if (over?.index !== index || over.side !== side) setOver({ index, side });
      },
      onDrop: (event) => {
        if (dragging === null) return;
        event.preventDefault();
        const to = dropPlace(dragging, index, sideOf(event));
        end();
        if (to !== dragging) move(dragging, to);
      },
    }),
    // No mark where the drop would leave the entry where it is.
    mark: (index) => (dragging !== null && over?.index === index && dropPlace(dragging, index, over.side) !== dragging ? over.side : null),
  };
}
