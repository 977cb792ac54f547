import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/io/import/mapColumns';
import { byNumber } from '../../../src/io/import/problems';

const letters = (index: number) => String.fromCharCode(65 + index);

describe('column mapping', () => {
  it('names each heading’s column: row labels, years, biennia, the period total and the share', () => {
    const outcome = mapColumns(['\uFEFFCode', 'Thematic priority', '2028', '2029', '2028-2029', '2030', '2031', '2030-2031', '2028-2031', 'In %'], 5, letters);
    expect(outcome.ok).toBe(true);
    const map = outcome.ok ? outcome.value : null;
    expect([map?.code, map?.name, map?.kind, map?.parent]).toEqual([0, 1, undefined, undefined]);
    expect(map?.years).toEqual([
      { index: 2, year: '2028' },
      { index: 3, year: '2029' },
      { index: 5, year: '2030' },
      { index: 6, year: '2031' },
    ]);
    expect(map?.ranges.map((r) => `${r.index} ${r.id}`)).toEqual(['4 2028-2029', '7 2030-2031']);
    expect(map?.figures.map((f) => `${f.index} ${f.columnId}`)).toEqual(['2 2028', '3 2029', '5 2030', '6 2031', '4 2028-2029', '7 2030-2031', '8 total', '9 share']);
  });

  it('keeps a range over the whole period as a range when a column is headed “total”', () => {
    const outcome = mapColumns(['code', 'kind', 'parent', '2028', '2029', '2030', 'total', '2028–2030'], 1, byNumber);
    const map = outcome.ok ? outcome.value : null;
    expect([map?.kind, map?.parent]).toEqual([1, 2]);
    expect(map?.ranges).toEqual([{ index: 7, id: '2028-2030', first: '2028', last: '2030' }]);
    expect(map?.figures.at(-1)).toEqual({ index: 6, columnId: 'total' });
  });

  it('lists every problem with the headings, naming the heading row and the column', () => {
    const outcome = mapColumns(['name', 'FY2028', 'name', '2029', '2027', '2028', ''], 3, letters);
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      {
        row: 3,
        column: 'B',
        message: 'row 3, column B: unknown heading “FY2028” (expected code, name, kind, parent, a year, a biennium such as 2028-2029, total or share)',
      },
      { message: 'the heading “name” appears 2 times' },
      { message: 'the years are out of order (2029, 2027, 2028): put them in increasing order' },
    ]);
    // Latest first, as statements are published, is an order: read earliest first.
    const latestFirst = mapColumns(['name', '2029', '2028'], 1, letters);
    expect(latestFirst.ok && latestFirst.value.years).toEqual([{ index: 2, year: '2028' }, { index: 1, year: '2029' }]);
  });

  it('needs a code or a name column: a published table’s codes come from its names', () => {
    const none = mapColumns(['kind', '2028'], 1, byNumber);
    expect(none.ok ? [] : none.problems.map((p) => p.message)).toEqual(['row 1: no “code” column']);
    const named = mapColumns(['name', '2028'], 1, byNumber);
    expect(named.ok && named.value.code).toBe(-1);
  });

  it('refuses a table with no year, or the same year twice', () => {
    const none = mapColumns(['code', 'name'], 1, byNumber);
    expect(none.ok ? [] : none.problems.map((p) => p.message)).toEqual(['row 1: no year column (headings such as 2028, or periods such as 2024-2025), and no column of figures headed by a category']);
    const twice = mapColumns(['code', '2028', '2028'], 1, byNumber);
    expect(twice.ok ? [] : twice.problems.map((p) => p.message)).toEqual(['a year appears twice among the headings (2028, 2028)']);
  });

  it('takes biennia or longer periods as the inputs when a table has no single years, and a period over all of them as the total', () => {
    const outcome = mapColumns(['name', '2024-2025', '2026-2027', '2024-2027'], 4, byNumber);
    const map = outcome.ok ? outcome.value : null;
    expect(map?.years).toEqual([
      { index: 1, year: '2024-2025' },
      { index: 2, year: '2026-2027' },
    ]);
    expect(map?.ranges).toEqual([]);
    expect(map?.figures.at(-1)).toEqual({ index: 3, columnId: 'total' });
    // Periods of different lengths, and a year beside them: each is an input, none inside another.
    const mixed = mapColumns(['name', '2010-2011', '2012-2015', '2016'], 1, byNumber);
    expect(mixed.ok && mixed.value.years.map((y) => y.year)).toEqual(['2010-2011', '2012-2015', '2016']);
    // Years under a biennium keep the biennium a sum of them.
    const years = mapColumns(['name', '2024', '2025', '2024-2025', '2026-2027'], 1, byNumber);
    expect(years.ok && [years.value.years.map((y) => y.year), years.value.ranges.map((r) => r.id)]).toEqual([['2024', '2025', '2026-2027'], ['2024-2025']]);
  });

  it('refuses periods that overlap, naming them', () => {
    const outcome = mapColumns(['name', '2024-2025', '2025-2026'], 1, byNumber);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.message)).toEqual(['the periods overlap (2024-2025, 2025-2026): each year may be in one column only']);
  });
});
