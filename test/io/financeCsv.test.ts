import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import { replay } from '../../src/model/proposal';
import { writeFinanceCsv } from '../../src/io/financeCsv';
import { baselinePlan } from '../../src/state/baseline';

const entry = (operation: Operation) => ({ id: '1', operation, rationale: '', at: '', enabled: true });

describe('the financial plan as CSV', () => {
  it('lists the parameters, each revenue line, the sections, revenue, expenditure and balance, exactly, in the table’s columns', () => {
    const plan = baselinePlan();
    const replayed = replay(initialState(plan), [entry({ op: 'setParameter', parameter: 'ms-units', value: new Dec('330.0625'), years: ['2029'] })]);
    const rows = Papa.parse<string[]>(writeFinanceCsv(replayed.state.plan.finance!, replayed.table, { separator: ',' }).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['code', 'name', 'kind', '2028', '2029', '2030', '2031', '2028-2029', '2030-2031', 'total']);
    const row = (name: string) => rows.find((r) => r[1] === name)!;
    expect(row("Member States' contributory units (units)")).toEqual(['ms-units', "Member States' contributory units (units)", 'parameter', '330', '330.0625', '330', '330', '', '', '']);
    expect(rows.find((r) => r[0] === 'A1')).toEqual(['A1', 'Member States (units × unit value)', 'product', '104940', '104959.875', '104940', '104940', '209899.875', '209880', '419779.875']);
    expect(row('Balance (revenue − expenditure)')).toEqual(['', 'Balance (revenue − expenditure)', 'balance', '1108', '3394.875', '944', '0', '4502.875', '944', '5446.875']);
    expect(rows.find((r) => r[0] === 'E1')![2]).toBe('line');
  });
});
