import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../src/model/amount';
import { apportion, splitEvenly } from '../../src/model/apportion';
import { applyOperation, initialState, type ScenarioState } from '../../src/model/apply';
import { OperationError, type Operation } from '../../src/model/operation';
import type { Plan } from '../../src/model/plan';
import { amountAt, computeTable } from '../../src/model/table';
import { baselinePlan, publishedAppendix } from '../../src/state/baseline';

const d = (value: string | number) => new Dec(value);
const texts = (values: readonly Amount[] | null) => values?.map((v) => v.toFixed());
const YEARS = ['2028', '2029', '2030', '2031'];

function apply(ops: Operation[], state: ScenarioState = initialState(baselinePlan())): ScenarioState {
  return ops.reduce((s, op) => applyOperation(s, op), state);
}
function yearly(state: ScenarioState, rowId: string): string[] {
  const table = computeTable(state.plan);
  return YEARS.map((year) => amountAt(table, rowId, year).toFixed());
}
const total = (state: ScenarioState) => amountAt(computeTable(state.plan), 'total', 'total').toFixed();

describe('largest-remainder apportionment', () => {
  it('gives the parts exactly the total, leftover units to the largest remainders', () => {
    expect(texts(apportion(d(7), [d(2), d(2), d(1), d(1)], 0))).toEqual(['3', '2', '1', '1']);
    expect(texts(apportion(d(100), [d(1), d(2), d(3)], 0))).toEqual(['17', '33', '50']);
    expect(texts(apportion(d('1.00'), [d(1), d(1), d(1)], 2))).toEqual(['0.34', '0.33', '0.33']);
  });

  it('breaks ties in favour of what comes first, for negative totals too', () => {
    expect(texts(splitEvenly(d(10), 3, 0))).toEqual(['4', '3', '3']);
    expect(texts(splitEvenly(d(-10), 3, 0))).toEqual(['-4', '-3', '-3']);
    expect(texts(apportion(d(5), [d(10), d(10)], 0))).toEqual(['3', '2']);
  });

  it('has nothing to be proportional to with zero or negative weights', () => {
    expect(apportion(d(5), [d(0), d(0)], 0)).toBeNull();
    expect(apportion(d(5), [d(3), d(-1)], 0)).toBeNull();
    expect(apportion(d(5), [], 0)).toBeNull();
  });
});

describe('operations on the Appendix A baseline', () => {
  it('set changes one yearly amount', () => {
    const state = apply([{ op: 'set', line: 'TP1', year: '2028', value: d(60000) }]);
    expect(yearly(state, 'TP1')[0]).toBe('60000');
    expect(total(state)).toBe('654648');
  });

  it('set on the reduction row changes the reduction', () => {
    const state = apply([{ op: 'set', line: 'reduction', year: '2031', value: d(-4381) }]);
    expect(total(state)).toBe('650000');
  });

  it('transfer moves an amount in each listed year and leaves Total unchanged', () => {
    const state = apply([{ op: 'transfer', from: 'TP1', to: 'TP3', amount: d(5000), years: ['2030', '2031'] }]);
    expect(yearly(state, 'TP1')).toEqual(['57023', '57080', '53237', '57703']);
    expect(yearly(state, 'TP3')).toEqual(['48068', '47125', '52965', '53402']);
    expect(total(state)).toBe('651671');
  });

  it('scale without compensation rounds the line’s new total once and spreads it by largest remainder', () => {
    const state = apply([{ op: 'scale', line: 'TP4', percent: d(95), years: YEARS, compensate: 'none' }]);
    expect(yearly(state, 'TP4')).toEqual(['19978', '19307', '19700', '19641']);
    expect(amountAt(computeTable(state.plan), 'TP4', 'total').toFixed()).toBe('78626');
  });

  it('scale pro rata takes the difference from the other unlocked lines, keeping each year’s Subtotal', () => {
    const state = apply([{ op: 'scale', line: 'TP1', percent: d(110), years: ['2030'], compensate: 'pro-rata' }]);
    const table = computeTable(state.plan);
    expect(amountAt(table, 'TP1', '2030').toFixed()).toBe('64061');
    expect(['TP2', 'TP3', 'TP4', 'TP5'].map((id) => amountAt(table, id, '2030').toFixed())).toEqual([
      String(3301 - 181),
      String(47965 - 2631),
      String(20737 - 1137),
      String(34189 - 1875),
    ]);
    expect(amountAt(table, 'subtotal', '2030').toFixed()).toBe('164429');
  });

  it('setShare makes the share exact to the unit and the others compensate pro rata', () => {
    const state = apply([{ op: 'setShare', line: 'TP2', share: d(3) }]);
    expect(yearly(state, 'TP2')).toEqual(['4960', '4811', '4897', '4882']);
    expect(yearly(state, 'TP1')).toEqual(['56446', '56514', '57660', '62104']);
    expect(yearly(state, 'TP3')).toEqual(['47582', '46658', '47490', '47940']);
    expect(yearly(state, 'TP4')).toEqual(['20816', '20122', '20532', '20478']);
    expect(yearly(state, 'TP5')).toEqual(['33356', '33393', '33850', '34600']);
    expect(total(state)).toBe('651671');
  });

  it('spread sets a biennium proportionally or evenly', () => {
    const proportional = apply([{ op: 'spread', line: 'TP1', period: '2030-2031', value: d(130000), method: 'proportional' }]);
    expect(yearly(proportional, 'TP1')).toEqual(['57023', '57080', '62600', '67400']);
    const even = apply([{ op: 'spread', line: 'TP1', period: 'total', value: d(10), method: 'even' }]);
    expect(yearly(even, 'TP1')).toEqual(['3', '3', '2', '2']);
  });

  it('reduction to a target hits it exactly with each profile, ties to the first year', () => {
    const target = (profile: 'current' | 'even' | 'subtotal') =>
      apply([{ op: 'reduction', mode: 'target', total: d(650000), profile }]);
    expect(yearly(target('current'), 'reduction')).toEqual(['-1225', '-1967', '-2579', '-3320']);
    expect(yearly(target('even'), 'reduction')).toEqual(['-2273', '-2273', '-2273', '-2272']);
    expect(yearly(target('subtotal'), 'reduction')).toEqual(['-2250', '-2228', '-2268', '-2345']);
    for (const profile of ['current', 'even', 'subtotal'] as const) expect(total(target(profile))).toBe('650000');
  });

  it('reduction by amounts, rates of the Subtotal, or a progressive series', () => {
    expect(yearly(apply([{ op: 'reduction', mode: 'amounts', amounts: { 2029: d(-2000) } }]), 'reduction')).toEqual([
      '-1000',
      '-2000',
      '-2105',
      '-2710',
    ]);
    // 1 % of 163 160 = 1 631,6 → −1 632; 0,5 % of 170 004 = 850,02 → −850
    expect(yearly(apply([{ op: 'reduction', mode: 'rates', rates: { 2028: d(1), 2031: d('0.5') } }]), 'reduction')).toEqual([
      '-1632',
      '-1605',
      '-2105',
      '-850',
    ]);
    expect(
      yearly(apply([{ op: 'reduction', mode: 'progressive', first: d(-1000), step: d(-500) }]), 'reduction'),
    ).toEqual(['-1000', '-1500', '-2000', '-2500']);
  });

  it('envelope sets what the Total is measured against', () => {
    const state = apply([{ op: 'envelope', total: d(640000), biennia: { '2028-2029': d(320000) } }]);
    expect(state.envelope.total.toFixed()).toBe('640000');
    expect(state.envelope.biennia['2028-2029']!.toFixed()).toBe('320000');
  });

  it('never changes a locked line through compensation', () => {
    const state = apply([
      { op: 'lock', line: 'TP5' },
      { op: 'setShare', line: 'TP1', share: d(40) },
    ]);
    expect(yearly(state, 'TP5')).toEqual(['33697', '33727', '34189', '34933']);
    expect(total(state)).toBe('651671');
    expect(apply([{ op: 'unlock', line: 'TP5' }], state).locked).toEqual([]);
  });
});

describe('ties between lines', () => {
  const plan: Plan = {
    ...publishedAppendix(),
    years: ['2028'],
    biennia: [],
    lines: [
      { code: 'A', name: 'a', amounts: [d(10)] },
      { code: 'B', name: 'b', amounts: [d(10)] },
      { code: 'C', name: 'c', amounts: [d(10)] },
    ],
    reduction: { name: 'Reduction', amounts: [d(0)] },
  };

  it('gives the odd unit to the line that comes first', () => {
    const state = applyOperation(initialState(plan), { op: 'scale', line: 'C', percent: d(150), years: ['2028'], compensate: 'pro-rata' });
    const table = computeTable(state.plan);
    expect(['A', 'B', 'C'].map((id) => amountAt(table, id, '2028').toFixed())).toEqual(['7', '8', '15']);
  });
});

describe('refusals change nothing and say which and why', () => {
  const refused = (ops: Operation[]) => {
    try {
      apply(ops);
    } catch (error) {
      expect(error).toBeInstanceOf(OperationError);
      return (error as Error).message;
    }
    return 'accepted';
  };

  it.each<[string, Operation[], RegExp]>([
    ['a locked line', [{ op: 'lock', line: 'TP1' }, { op: 'set', line: 'TP1', year: '2028', value: d(1) }], /TP1 Spectrum and satellite orbits is locked/],
    ['an unknown line', [{ op: 'transfer', from: 'TP9', to: 'TP1', amount: d(1), years: ['2028'] }], /TP9 is not a line of this plan/],
    ['an unknown year', [{ op: 'set', line: 'TP1', year: '2040', value: d(1) }], /2040 is not a year of this plan/],
    ['going below zero', [{ op: 'transfer', from: 'TP2', to: 'TP1', amount: d(4000), years: ['2028'] }], /TP2 International numbering resources below zero in 2028 \(-657\)/],
    ['nothing unlocked to compensate', ['TP2', 'TP3', 'TP4', 'TP5'].map((line): Operation => ({ op: 'lock', line })).concat([{ op: 'setShare', line: 'TP1', share: d(40) }]), /no unlocked line is left to compensate TP1/],
    ['a share the others cannot pay for', [{ op: 'setShare', line: 'TP1', share: d(100) }], /below zero/],
    ['a transfer of nothing', [{ op: 'transfer', from: 'TP1', to: 'TP2', amount: d(0), years: ['2028'] }], /more than zero/],
    ['decimals finer than the plan', [{ op: 'set', line: 'TP1', year: '2028', value: d('1.5') }], /more decimals/],
    ['an unknown period', [{ op: 'spread', line: 'TP1', period: '2032-2033', value: d(1), method: 'even' }], /2032-2033 is not a period/],
    ['locking twice', [{ op: 'lock', line: 'TP1' }, { op: 'lock', line: 'TP1' }], /already locked/],
  ])('refuses %s', (_, ops, message) => {
    expect(refused(ops)).toMatch(message);
  });

  it('leaves the state it was given untouched', () => {
    const state = initialState(baselinePlan());
    expect(() => applyOperation(state, { op: 'transfer', from: 'TP2', to: 'TP1', amount: d(4000), years: ['2028'] })).toThrow(OperationError);
    expect(yearly(state, 'TP2')).toEqual(['3343', '3243', '3301', '3291']);
  });
});
