import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../../src/model/amount';
import { applyOperation, initialState } from '../../../src/model/apply';
import { computeTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
import { amountAxis, chartData } from '../../../src/ui/charts/chartData';

const plan = baselinePlan();
const base = computeTable(plan);

describe('chart data', () => {
  const moved = computeTable(applyOperation(initialState(plan), { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }).plan);
  const data = chartData(plan, moved, base, plan.envelope, 'Envelope', (v: Amount) => v.toFixed(), (v: Amount, unit: string) => `${v.toFixed(2)}${unit}`);

  it('stacks each year by priority with the reduction below', () => {
    expect(data.byYear[2]).toMatchObject({ year: '2030', TP1: 53237, TP3: 52965, reduction: -2105 });
  });

  it('walks from Subtotal through the reduction to Total, the reduction floating between them', () => {
    expect(data.waterfall.map((s) => [s.base, s.value, s.label])).toEqual([
      [0, 659091, '659091'],
      [651671, 7420, '-7420'],
      [0, 651671, '651671'],
    ]);
    expect(data.envelope).toEqual({ value: 650000, label: '650000' });
  });

  it('gives each priority’s share and its change against the compared table', () => {
    expect(data.shares.map((s) => s.label)).toEqual(['35.30%', '2.02%', '30.16%', '12.70%', '20.95%']);
    expect(data.effect.map((e) => [e.code, e.amountLabel, e.pointsLabel])).toEqual([
      ['TP1', '-5000', '-0.77 pp'],
      ['TP2', '0', '0.00 pp'],
      ['TP3', '+5000', '+0.77 pp'],
      ['TP4', '0', '0.00 pp'],
      ['TP5', '0', '0.00 pp'],
    ]);
  });
});

describe('chart axes', () => {
  it('count round steps from 0, which stays the lowest tick unless a value lies a whole step below it', () => {
    expect(amountAxis(-2710, 170004)).toEqual({ domain: [-2710, 200000], ticks: [0, 50000, 100000, 150000, 200000] });
    expect(amountAxis(-120000, 170004)).toEqual({ domain: [-120000, 200000], ticks: [-100000, 0, 100000, 200000] });
    expect(amountAxis(0, 35.3)).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(amountAxis(-0.77, 0.77, { isRoundBelow: true })).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
    expect(amountAxis(0, 0)).toEqual({ domain: [0, 1], ticks: [0] });
  });

  it('give the years’ stacks an axis from 0, below it only as far as the reduction goes', () => {
    const data = chartData(plan, base, base, plan.envelope, 'Envelope', (v: Amount) => v.toFixed(), (v: Amount) => v.toFixed(2));
    expect(data.byYearAxis.ticks[0]).toBe(0);
    expect(data.byYearAxis.domain[0]).toBe(-2710);
    expect(data.waterfallAxis.ticks.at(-1)).toBe(800000);
  });
});
