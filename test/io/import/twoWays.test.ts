import { describe, expect, it } from 'vitest';
import { previewSource } from '../../../src/io/importFile';
import { computeTable, rowOf } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';

/** Figures that read two ways, where the file's own totals settle which: read so, and said; else refused as before. */

const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
const preview = (text: string, separator: ',' | ';', decimal: ',' | '.') =>
  previewSource({ source: { name: 'table.csv', rows: text.split('\n').map((line) => line.split(separator)), decimal }, notes: [] }, current);
const figures = async (text: string, separator: ',' | ';', decimal: ',' | '.') => {
  const read = await preview(text, separator, decimal);
  return { total: rowOf(read.table, 'total').years.map((v) => v.toFixed()), notes: read.notes.filter((n) => n.includes('two ways')) };
};

describe('figures that read two ways, settled by the file’s totals', () => {
  it('reads “1,250” between thousands where the Total column and the Total row agree only so', async () => {
    const read = await figures('Budget (US$ 000)\nProgramme;2026;2027;Total\nGovernance;1,250;1300;2550\nOperations;12,345;12,500;24845\nTotal;13,595;13800;27395', ';', '.');
    expect(read).toEqual({ total: ['13595', '13800'], notes: ['4 figures read two ways (“1,250”); the file’s totals agree only with the separator between thousands: read so.'] });
  });

  it('reads “1.250” as decimals where the totals agree only so', async () => {
    const read = await figures('Budget (EUR)\nPoste;2026;2027;Total\nA;1.250;2;3.250\nB;1.500;1;2.500\nTotal;2.750;3;5.750', ';', ',');
    expect(read).toEqual({ total: ['2.75', '3'], notes: ['6 figures read two ways (“1.250”); the file’s totals agree only with the separator as the decimal mark: read so.'] });
  });

  it('still refuses them, each named, where no total tells the readings apart', async () => {
    await expect(preview('Budget\nProgramme;2026;2027\nGovernance;1,250;1300\nOperations;980;1,020', ';', '.')).rejects.toThrow(/“1,250” reads two ways/);
    // Totals that agree with both readings settle nothing either.
    await expect(preview('Budget\nProgramme;2026\nGovernance;1,250\nTotal;1,250', ';', '.')).rejects.toThrow(/reads two ways/);
  });
});
