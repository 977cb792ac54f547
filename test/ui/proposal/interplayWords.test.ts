import { describe, expect, it } from 'vitest';
import type { Overlap } from '../../../src/model/interplay';
import { interplayNotes } from '../../../src/ui/proposal/interplayWords';

const overlap = (position: number): Overlap => ({ entryId: `e${position}`, position, cells: [{ rowId: 'TP1', year: '2028' }] });

describe('an entry’s notes on the others that change the same cells', () => {
  it('names the three nearest on each side and counts the rest: 500 changes to the same cells stay readable', () => {
    const notes = interplayNotes({ earlier: [0, 1, 2, 3, 4].map(overlap), later: [6, 7, 8, 9, 10, 11, 12].map(overlap) }, ['2028', '2029'], (at) => `change ${at + 1}`);
    expect(notes.earlier).toEqual(['#3', '#4', '#5'].map((n, i) => `Changes again TP1 2028, which ${n} changed (change ${i + 3})`));
    expect(notes.later).toEqual(['#7', '#8', '#9'].map((n, i) => `TP1 2028 changed again by ${n} (change ${i + 7})`));
    expect(notes.more).toEqual(['2 more earlier changes changed some of these cells', '4 more later changes change some of these cells again']);
  });

  it('counts nothing when every other entry is named', () => {
    const notes = interplayNotes({ earlier: [overlap(0)], later: [overlap(2)] }, ['2028'], () => 'x');
    expect([notes.earlier.length, notes.later.length, notes.more]).toEqual([1, 1, []]);
  });
});
