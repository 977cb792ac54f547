import { describe, expect, it } from 'vitest';

/** A figure with three decimals (`1.125`) in a file whose other figures show the mark as decimals: read as decimals, not refused. */
import { readTableFile } from '../../../src/io/importFile';
import { workbookRows } from '../../../src/io/xlsxImport';
import { computeTable, rowOf } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
const plan = baselinePlan();
const current = { plan, table: computeTable(plan) };
describe('decimals shown by the file', () => {
  it('read a three-decimal figure as decimals where the file uses its mark so, and ask where it does not', async () => {
  const p = await readTableFile(new TextEncoder().encode('Budget (EUR million)\nHeading,2026,2027,Total\nAlpha,1.5,2.25,3.75\nBeta,0.125,1,1.125\nTotal,1.625,3.25,4.875\n'), 'e.csv', current, async (b) => workbookRows(b));
  expect(rowOf(p.table, 'total').total.toFixed()).toBe('4.875');
  const q = await readTableFile(new TextEncoder().encode('Budget;2026;2027\nGouvernance;1,125;1,250\nAutre;0,5;1\nTotal;1,625;2,25\n'), 'f.csv', current, async (b) => workbookRows(b));
  expect(rowOf(q.table, 'total').total.toFixed()).toBe('3.875');
  await expect(readTableFile(new TextEncoder().encode('Budget;2026;2027\nGouvernance;1,125;1,250\nAutre;5;1\n'), 'g.csv', current, async (b) => workbookRows(b))).rejects.toThrow(/reads two ways/);
});
});
