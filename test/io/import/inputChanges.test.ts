import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import { withAmount } from '../../../src/model/plan';
import { computeTable } from '../../../src/model/table';
import { inputChanges } from '../../../src/io/import/inputChanges';
import { baselinePlan } from '../../../src/state/baseline';

describe('the changes a preview shows', () => {
  it('lists each yearly input of a line or of the reduction that differs, in table order', () => {
    const plan = baselinePlan();
    const after = withAmount(withAmount(plan, 'reduction', '2031', new Dec(-3000)), 'TP4', '2029', new Dec(0));
    const changes = inputChanges(computeTable(plan), computeTable(after));
    expect(changes.map((c) => `${c.rowId} ${c.year} ${c.from.toFixed()}→${c.to.toFixed()}`)).toEqual(['TP4 2029 20323→0', 'reduction 2031 -2710→-3000']);
    expect(inputChanges(computeTable(plan), computeTable(plan))).toEqual([]);
  });
});
