import { describe, expect, it } from 'vitest';
import { Dec, type Amount } from '../../../src/model/amount';
import { applyOperation, initialState } from '../../../src/model/apply';
import { computeTable } from '../../../src/model/table';
import { baselinePlan } from '../../../src/state/baseline';
import { chartData } from '../../../src/ui/charts/chartData';

describe('chart data', () => {
  const plan = baselinePlan();
  const base = computeTable(plan);
  const moved = computeTable(applyOperation(initialState(plan), { op: 'transfer', from: 'TP1', to: 'TP3', amount: new Dec(5000), years: ['2030'] }).plan);
  const data = chartData(plan, moved, base, plan.envelope, (v: Amount) => v.toFixed(), (v: Amount, unit: string) => `${v.toFixed(2)}${unit}`);

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
