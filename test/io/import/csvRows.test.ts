import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../src/io/import/csvRows';

describe('rows', () => {
  it('splits the text into cells, guessing the separator', () => {
    expect(csvRows('code;name;2028\r\nTP1;"Spectrum; orbits";57 023\r\n')).toEqual({
      ok: true,
      value: { rows: [['code', 'name', '2028'], ['TP1', 'Spectrum; orbits', '57 023'], ['']], delimiter: ';' },
    });
    expect(csvRows('code\t2028\nTP1\t1')).toMatchObject({ ok: true, value: { delimiter: '\t' } });
    expect(csvRows('code,2028,2029\nTP1,1,2')).toMatchObject({ ok: true, value: { delimiter: ',' } });
  });

  it('refuses a quote left open, naming its row', () => {
    const outcome = csvRows('code,name\nTP1,"Spectrum\nTP2,Numbering\n');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems).toEqual([{ row: 2, message: 'row 2: quoted field unterminated' }]);
  });
});
