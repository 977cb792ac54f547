import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/amount';
import { BALANCE, REVENUE_TOTAL, computeFinance, financeRow } from '../../src/model/finance/financeTable';
import { rowOf } from '../../src/model/table';
import { activeReplay, activeScenario, createAppStore } from '../../src/state/appStore';
import { memoryStorage } from '../../src/state/browserStorage';
import { baselinePlan, publishedAppendix } from '../../src/state/baseline';

const storeOf = (plan = baselinePlan()) => {
  let n = 0;
  return createAppStore(plan, { storage: memoryStorage(), newId: () => `id${++n}`, now: () => new Date('2026-12-06T10:00:00Z') });
};
const balance = (store: ReturnType<typeof storeOf>) => {
  const { state, table } = activeReplay(store.getState());
  return financeRow(computeFinance(state.plan.finance!, table), BALANCE).total.toFixed();
};

describe('the financial plan in the store', () => {
  it('takes a typed parameter as an operation, refuses one that reads two ways naming the cell, and undoes', () => {
    const store = storeOf();
    expect(store.getState().editFinance('parameter', 'ms-units', '2031', '331')).toBe(true);
    expect(balance(store)).toBe('5745');
    expect(activeScenario(store.getState())!.entries.map((e) => e.operation.op)).toEqual(['setParameter']);
    expect(store.getState().editFinance('parameter', 'unit-value', '2031', '320,000')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Parameter “Contributory unit value”, 2031: “320,000” reads two ways/);
    expect(store.getState().message?.choices?.map((c) => c.label)).toEqual(['Read as thousands: 320 000', 'Read as decimals: 320']);
    expect(balance(store)).toBe('5745');
    expect(store.getState().editFinance('revenue', 'A1', '2031', '1')).toBe(false);
    expect(store.getState().message?.text).toMatch(/A1 is ms-units × unit-value: change those instead/);
    store.getState().undo();
    expect(balance(store)).toBe('5427');
    // A ratio above the whole unit, and the slip of a thousand, are not taken silently.
    expect(store.getState().editFinance('parameter', 'sm-ratio', '2030', '5')).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Parameter “Sector Member unit, as a fraction of the unit value”, 2030: 5 is more than 1/);
    expect(store.getState().editFinance('parameter', 'unit-value', '2030', '318')).toBe(false);
    expect(store.getState().message?.text).toMatch(/318 would replace 318 000, a figure about a thousand times smaller/);
    expect(balance(store)).toBe('5427');
    // Fractions as classes and ratios are written, exactly; one with no exact decimal, or units not in sixteenths, refused.
    expect(store.getState().editFinance('parameter', 'ms-units', '2028', '330 1/16')).toBe(true);
    expect(balance(store)).toBe('5446.875');
    expect(store.getState().editFinance('parameter', 'sm-ratio', '2029', '1/8')).toBe(true);
    expect(activeReplay(store.getState()).state.plan.finance!.parameters.find((p) => p.id === 'sm-ratio')!.values[1]!.toFixed()).toBe('0.125');
    expect(store.getState().editFinance('parameter', 'sm-ratio', '2029', '1/3')).toBe(false);
    expect(store.getState().message?.text).toMatch(/2029: “1\/3” has no exact decimal \(1\/3 = 0\.33333333…\)/);
    expect(store.getState().editFinance('parameter', 'ms-units', '2030', '330,03')).toBe(false);
    expect(store.getState().message?.text).toMatch(/330,03 units is not a whole number of sixteenths: contributory classes go from 1\/16 to 40 units/);
    expect(store.getState().editFinance('parameter', 'unit-value', '2030', '0')).toBe(false);
    expect(store.getState().message?.text).toMatch(/a unit value of 0 would make every assessed contribution nil/);
    expect(store.getState().editFinance('parameter', 'associate-count', '2030', '271')).toBe(true);
    // 5 446.875, less 2029's Sector Members at 1/8 instead of 1/5 (230 × 318 000 × 0.075 = 5 485.5 thousand), plus one Associate at CHF 10 000.
    expect(balance(store)).toBe('-28.625');
  });

  it('solves the unit value, the drawdown and the reduction as operations of the scenario shown', () => {
    const store = storeOf();
    store.getState().editCell('TP1', '2031', '70 000');
    expect(balance(store)).toBe('-1870');
    expect(store.getState().solveUnitValue(new Dec(100))).toBe(true);
    expect(store.getState().message?.text).toMatch(/^The unit value is 319 300 \(in steps of 100\)\. Revenue then covers expenditure over 2028-2031 with 85,2 to spare; on their own, 2031 -[\d ,]+ is short: the period balances, not each year/);
    expect(balance(store)).toBe('85.2');
    store.getState().undo();
    expect(store.getState().solveDrawdown()).toBe(true);
    const { state, table } = activeReplay(store.getState());
    const computed = computeFinance(state.plan.finance!, table);
    expect(financeRow(computed, BALANCE).years.map((v) => v.toFixed())).toEqual(['1108', '3375', '944', '0']);
    store.getState().undo();
    // For the period: only its shortfall of 1 870, drawn in 2031, the one year short; the other years' surpluses cover the rest.
    expect(store.getState().solveDrawdown(true)).toBe(true);
    const period = activeReplay(store.getState());
    const line = period.state.plan.finance!.lines.find((l) => l.code === 'E1')!;
    expect('amounts' in line ? line.amounts.map((v) => v.toFixed()) : []).toEqual(['0', '0', '0', '5896']);
    expect(balance(store)).toBe('0');
    expect(store.getState().message?.text).toMatch(/^Drawdown from the Reserve Account: 2031 5 896 \(was 4 026\); revenue now covers expenditure over 2028-2031/);
    expect(store.getState().solveDrawdown(true)).toBe(true);
    expect(store.getState().message?.text).toMatch(/No shortfall over the period/);
    store.getState().undo();
    expect(store.getState().reductionFromRevenue()).toBe(true);
    const after = activeReplay(store.getState());
    expect(rowOf(after.table, 'total').total.toFixed()).toBe(financeRow(computeFinance(after.state.plan.finance!, after.table), REVENUE_TOTAL).total.toFixed());
    store.getState().undo();
    // Each year: Total brought to that year's revenue (2031's reduction an increase over the Subtotal, asked first).
    expect(store.getState().reductionFromRevenue(true)).toBe(false);
    expect(store.getState().message?.text).toMatch(/not applied yet, because .*reduction is an increase/);
    store.getState().message?.choices?.[0]?.run();
    const yearly = activeReplay(store.getState());
    expect(financeRow(computeFinance(yearly.state.plan.finance!, yearly.table), BALANCE).years.map((v) => v.toFixed())).toEqual(['0', '0', '0', '0']);
  });

  it('makes zero nominal and zero real growth scenarios from the one shown', () => {
    const store = storeOf();
    expect(store.getState().recostPreset('zero-nominal-growth', { '2029': '2', '2030': '2,5' })).toBe(true);
    expect(activeScenario(store.getState())!.name).toBe('Zero nominal growth');
    expect(rowOf(activeReplay(store.getState()).table, 'total').total.toFixed()).toBe('651671');
    expect(store.getState().message?.text).toMatch(/^“Zero nominal growth”: a new scenario from the plan's own figures, each year as planned \(not the scenario that was shown\)/);
    // A refused preset leaves no scenario behind; a rate no plan means is refused.
    const count = store.getState().scenarios.length;
    expect(store.getState().recostPreset('zero-real-growth', { '2029': '-150' })).toBe(false);
    expect(store.getState().recostPreset('zero-real-growth', { '2029': '1 000' })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Inflation in 2029: 1 000 % a year is no rate a plan means/);
    expect(store.getState().scenarios.length).toBe(count);
    expect(store.getState().recostPreset('zero-real-growth', { '2029': 'two' })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Inflation in 2029: “two”/);
    store.getState().showPlan(null);
    expect(store.getState().recostPreset('zero-real-growth', { '2029': '2' })).toBe(true);
    expect(rowOf(activeReplay(store.getState()).table, 'subtotal').years[1]!.toFixed()).toBe('164728');
    // Made while zero real growth is shown, zero nominal growth still starts from the plan's own figures: every year's Total as published.
    expect(store.getState().recostPreset('zero-nominal-growth', { '2029': '2' })).toBe(true);
    expect(rowOf(activeReplay(store.getState()).table, 'total').years.map((v) => v.toFixed())).toEqual(['162160', '159893', '162324', '167294']);
    expect(rowOf(activeReplay(store.getState()).table, 'subtotal').years[1]!.toFixed()).toBe('164728');
    // From 2028 carried forward: 2028's Total in every later year; inflation of 2028 itself is behind the base.
    expect(store.getState().recostPreset('zero-nominal-growth', { '2028': '5' }, { baseYear: '2028' })).toBe(false);
    expect(store.getState().message?.text).toMatch(/at least one year after the base year 2028/);
    expect(store.getState().recostPreset('zero-nominal-growth', { '2029': '2' }, { baseYear: '2028', lines: ['TP1'] })).toBe(true);
    expect(activeScenario(store.getState())!.name).toBe('Zero nominal growth from 2028 on TP1');
    const carried = activeReplay(store.getState()).table;
    expect(rowOf(carried, 'total').years.map((v) => v.toFixed())).toEqual(['162160', '162160', '162160', '162160']);
    // TP2 carries 2028's 3 343 unchanged; TP1 is recosted, 2 % in 2029 and after.
    expect(rowOf(carried, 'TP2').years.map((v) => v.toFixed())).toEqual(['3343', '3343', '3343', '3343']);
    expect(rowOf(carried, 'TP1').years[3]!.gt(rowOf(carried, 'TP1').years[0]!)).toBe(true);
    expect(store.getState().recostPreset('zero-real-growth', { '2029': '2' }, { lines: [] })).toBe(false);
    expect(store.getState().message?.text).toMatch(/^Choose at least one line/);
  });

  it('says what the solved unit value replaced, year by year, and the years it leaves short', () => {
    const store = storeOf();
    expect(store.getState().editFinance('parameter', 'unit-value', '2031', '320 000')).toBe(true);
    expect(store.getState().solveUnitValue(new Dec(1000))).toBe(true);
    expect(store.getState().message?.text).toMatch(/^The unit value is 315 000 \(in steps of 1 000\) in every year \(it was 318 000 in 2028, 2029, 2030; 320 000 in 2031\)\. Revenue then covers expenditure over 2028-2031 with [\d ,]+ to spare; on their own, .* short: the period balances, not each year/);
  });

  it('says what a computed figure of the revenue grid comes from, and where to type instead; nothing for a figure typed in', () => {
    const store = storeOf();
    const said = (rowId: string, columnId: string) => {
      store.setState({ message: null });
      store.getState().explainFinance(rowId, columnId);
      return store.getState().message?.text ?? null;
    };
    expect(said('A1', '2030')).toBe('“Member States (units × unit value)”, 2030 is computed: it is the product of “Member States\' contributory units” and “Contributory unit value”, parameters of the financial plan: change those instead.');
    expect(said('B1', '2028-2029')).toBe('“Project support costs”, 2028-2029 is computed: it is the sum of 2028 and 2029: type in those years instead.');
    expect(said('section-B', '2031')).toMatch(/^“B\. Cost recovery”, 2031 is computed: a section is the sum of its lines/);
    expect(said(REVENUE_TOTAL, '2028')).toMatch(/Total revenue is the sum of every line/);
    expect(said('expenditure', '2029')).toMatch(/expenditure is Appendix A’s Total/);
    expect(said(BALANCE, 'total')).toMatch(/^“Balance \(revenue − expenditure\)”, 2028-2031 is computed: it is the sum of 2028, 2029, 2030 and 2031/);
    expect(said(BALANCE, '2030')).toMatch(/the balance is Total revenue less expenditure/);
    expect(store.getState().message?.kind).toBe('info');
    // A year of a line of amounts is typed in: nothing to explain.
    expect(said('B1', '2030')).toBeNull();
    expect(said('no-such-row', '2030')).toBeNull();
  });

  it('clears a revenue line’s year to 0 on Delete, said with what it held and undoable; a computed line is not cleared', () => {
    const store = storeOf();
    const b2 = () => financeRow(computeFinance(activeReplay(store.getState()).state.plan.finance!, activeReplay(store.getState()).table), 'B2').years[2]!.toFixed();
    expect(b2()).toBe('17500');
    expect(store.getState().clearFinance('B2', '2030')).toBe(true);
    expect(b2()).toBe('0');
    expect(store.getState().message).toEqual({ kind: 'info', text: 'Revenue “Publications”, 2030 was cleared to 0 (it held 17 500). Undo (Ctrl+Z) brings it back.' });
    // Cleared again: nothing to clear, said, and no change to undo.
    const steps = store.getState().past.length;
    expect(store.getState().clearFinance('B2', '2030')).toBe(true);
    expect(store.getState().message).toEqual({ kind: 'info', text: 'Revenue “Publications”, 2030 is already 0: nothing was changed.' });
    expect(store.getState().past).toHaveLength(steps);
    store.getState().undo();
    expect(b2()).toBe('17500');
    expect(store.getState().clearFinance('A1', '2030')).toBe(false);
    expect(activeScenario(store.getState())?.entries ?? []).toHaveLength(0);
  });

  it('says so where the plan has no financial plan', () => {
    const store = storeOf(publishedAppendix());
    expect(store.getState().solveUnitValue(new Dec(1000))).toBe(false);
    expect(store.getState().message?.text).toMatch(/^This plan has no financial plan/);
  });
});
