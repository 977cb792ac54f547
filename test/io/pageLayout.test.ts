import { describe, expect, it } from 'vitest';
import { pageLayout, wrappedLines } from '../../src/io/pageLayout';

describe('wrapped lines', () => {
  it('counts the lines a text takes in a column, wrapping at spaces and cutting a word wider than the column', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('Digital applications', 20)).toBe(1);
    expect(wrappedLines('Digital applications', 19)).toBe(2);
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
    expect(wrappedLines(`one ${'b'.repeat(12)} two`, 10)).toBe(3);
  });
});

describe('the pages of a printed table', () => {
  // Appendix A's widths: code, name, eight figure columns.
  const widths = [6, 50, 9, 9, 10, 9, 9, 10, 12, 10];
  const layout = (rows: number, tall: Record<number, number> = {}, noteLines = 0) =>
    pageLayout({ widths, rowLines: Array.from({ length: rows }, (_, i) => tall[i] ?? 1), titleLines: 4, noteLines, tail: 3 });

  it('puts Appendix A and its note on one page, at full size', () => {
    expect(layout(8, {}, 3)).toEqual({ scale: 1, pageStarts: [0], noteOnNewPage: false, pages: 1 });
  });

  it('starts a page when the rows fill one, the first page holding the title too', () => {
    const { pageStarts } = layout(100);
    expect(pageStarts.length).toBeGreaterThan(3);
    const sizes = pageStarts.map((start, p) => (pageStarts[p + 1] ?? 100) - start);
    expect(sizes[0]).toBe(sizes[1]! - 4);
    // A tall row counts for its lines.
    expect(layout(100, { 3: 5 }).pageStarts[1]).toBe(pageStarts[1]! - 4);
  });

  it('never leaves Subtotal, the reduction and Total alone at the top of a page: two lines go with them', () => {
    // The first page holds `first` rows: a table one row longer would begin its second page at Total.
    const first = layout(200).pageStarts[1]!;
    expect(layout(first).pageStarts).toEqual([0]);
    // It begins two lines before Subtotal instead.
    expect(layout(first + 1).pageStarts).toEqual([0, first + 1 - 3 - 2]);
    expect(layout(first + 2).pageStarts).toEqual([0, first + 2 - 3 - 2]);
    // Further down, pages break where they fill.
    expect(layout(first + 10).pageStarts).toEqual([0, first]);
  });

  it('scales a table wider than the page down to one page wide, fitting more rows on a page', () => {
    const wide = pageLayout({ widths: [...widths, ...widths.slice(2)], rowLines: Array(100).fill(1), titleLines: 4, noteLines: 0, tail: 3 });
    expect(wide.scale).toBeLessThan(1);
    expect(wide.pageStarts[1]!).toBeGreaterThan(layout(100).pageStarts[1]!);
  });

  it('sends the note to a page of its own when it does not fit under the last row', () => {
    const full = layout(100);
    const lastPageRows = 100 - full.pageStarts.at(-1)!;
    const roomy = layout(100, {}, 1);
    expect(roomy.noteOnNewPage).toBe(false);
    const crowded = layout(100, {}, 60);
    expect(crowded.noteOnNewPage).toBe(true);
    expect(crowded.pages).toBe(full.pages + 1);
    expect(lastPageRows).toBeGreaterThan(0);
  });
});
