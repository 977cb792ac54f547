import { describe, expect, it } from 'vitest';
import { MAX_ROWS, findHeader } from '../../../src/io/import/findHeader';

describe('header detection', () => {
  it('finds the row with a “code” heading below a title, else the first row that is not blank', () => {
    expect(findHeader([['Appendix A'], ['', ''], ['Code', 'Line', '2028'], ['TP1', 'x', '1']])).toEqual({ ok: true, value: 2 });
    expect(findHeader([['', ''], ['id', '2028'], ['TP1', '1']])).toEqual({ ok: true, value: 1 });
  });

  it('refuses a file with nothing in it, or with too many rows under the headings', () => {
    expect(findHeader([[''], [' ', '']])).toEqual({ ok: false, problems: [{ message: 'the file is empty' }] });
    const rows = [['code', '2028'], ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`L${i}`, '1'])];
    expect(findHeader(rows)).toEqual({ ok: false, problems: [{ message: 'more than 25000 rows' }] });
    expect(findHeader(rows.slice(0, -1))).toEqual({ ok: true, value: 0 });
    // 25 000 lines and the empty row a final line break leaves: 25 000 rows, not 25 001.
    expect(findHeader([...rows.slice(0, -1), ['']])).toEqual({ ok: true, value: 0 });
  });
});
