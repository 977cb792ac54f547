import type { SliceContext } from './appState';

/** Work that may take more than about half a second (a long proposal replayed, files pooled): shown with its progress, and a Stop. */
export interface Work {
  /** Which work, so that a Stop or newer work ends this one only. */
  readonly id: number;
  /** What is being done, in the person's words: "Opening many.json: replaying its operations". */
  readonly what: string;
  readonly done: number;
  readonly total: number;
}

/** How far the work is, after a step: done of total, and what it is doing now where that changes ("Pooling 3 files: b.json"). */
export interface Step {
  readonly done: number;
  readonly total: number;
  readonly what?: string;
}

/** The work was stopped by the person (or replaced by newer work): nothing it would have changed is changed. */
export class WorkStopped extends Error {
  override readonly name = 'WorkStopped';
}

/** How long a slice of work runs before the page may paint, take a key or a Stop: under a frame at 60 Hz. */
const SLICE_MS = 12;
let lastId = 0;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` a slice at a time, its progress (what each step yields) in
 * the store's `work`, and returns what it returns; throws WorkStopped when
 * the person stops it (`stopWork` clears the work) between two slices. It
 * always yields once before its first step, so a Stop at once stops it
 * before anything is done.
 */
export async function inSlices<T>({ get, set }: Pick<SliceContext, 'get' | 'set'>, what: string, steps: Iterator<Step, T>): Promise<T> {
  const id = ++lastId;
  set({ work: { id, what, done: 0, total: 0 } });
  const isMine = () => get().work?.id === id;
  try {
    for (;;) {
      await nextTask();
      if (!isMine()) throw new WorkStopped();
      const until = performance.now() + SLICE_MS;
      let next = steps.next();
      while (next.done !== true && performance.now() < until) next = steps.next();
      if (next.done === true) return next.value;
      set({ work: { id, what: next.value.what ?? what, done: next.value.done, total: next.value.total } });
    }
  } finally {
    if (isMine()) set({ work: null });
  }
}
