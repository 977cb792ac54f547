import { describe, expect, it } from 'vitest';
import { amountAt, computeTable, shareOf } from '../../src/model/table';
import { percentHalfUp } from '../../src/model/share';
import { baselinePlan } from '../../src/state/baseline';
import { REFERENCE_CSV, readReference } from '../support/reference';
import { itIsFaithfulCopyOfShared } from '../support/shared';

describe('Appendix A as published', () => {
  const table = computeTable(baselinePlan());
  const reference = readReference();

  it('has the 8 rows and 64 figures of the reference', () => {
    expect(reference.map((row) => row.code)).toEqual(['TP1', 'TP2', 'TP3', 'TP4', 'TP5', 'subtotal', 'reduction', 'total']);
    expect(reference.reduce((n, row) => n + row.figures.size, 0)).toBe(64);
  });

  for (const row of reference) {
    it(`reproduces every figure of ${row.code}`, () => {
      for (const [column, figure] of row.figures) {
        const computed =
          column === 'share' ? percentHalfUp(shareOf(table, row.code))!.toFixed(2) : amountAt(table, row.code, column).toFixed(0);
        expect(`${row.code} ${column} ${computed}`).toBe(`${row.code} ${column} ${figure}`);
      }
    });
  }

  itIsFaithfulCopyOfShared(REFERENCE_CSV, 'reference/appendix-a-2028-2031.csv');
});
