import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, formatAmount, type Amount } from '../../src/model/amount';
import { initialState } from '../../src/model/apply';
import type { Operation } from '../../src/model/operation';
import { replay, type Entry } from '../../src/model/proposal';
import { breaches, sharesOutOfRange } from '../../src/model/validity';
import { computeTable } from '../../src/model/table';
import { baselinePlan, publishedAppendix } from '../../src/state/baseline';

const format = (value: Amount) => formatAmount(value, DOCUMENT_STYLE, 0);
const entries = (...ops: Operation[]): Entry[] => ops.map((operation, i) => ({ id: String(i), operation, rationale: '', at: '', enabled: true }));
// Appendix A as published, whose envelope is typed: the financial plan's revenue is checked below.
const check = (list: Entry[]) => breaches(replay(initialState(publishedAppendix()), list), list, format);

describe('validity with a financial plan', () => {
  const funded = (list: Entry[]) => breaches(replay(initialState(baselinePlan()), list), list, format);

  it('measures Total against revenue: a surplus is valid, a shortfall over the period is named with both figures', () => {
    expect(funded([])).toEqual([]);
    const dearer = entries({ op: 'set', line: 'TP1', year: '2031', value: new Dec(62703 + 6000) });
    expect(funded(dearer).map((b) => `${b.rule}: ${b.text}`)).toEqual(['envelope: Total 2028-2031 is 657 671, 573 above revenue of 657 098: a shortfall']);
    const raised = entries({ op: 'set', line: 'TP1', year: '2031', value: new Dec(62703 + 6000) }, { op: 'setParameter', parameter: 'ms-units', value: new Dec(332), years: ['2031'] });
    expect(funded(raised)).toEqual([]);
  });
});

describe('validity', () => {
  it('holds the published figures against their envelope: 1 671 above it', () => {
    expect(check([]).map((b) => `${b.rule}: ${b.text}`)).toEqual(['envelope: Total 2028-2031 is 651 671, 1 671 above the envelope of 650 000']);
  });

  it('is valid when the reduction brings Total to the envelope', () => {
    expect(check(entries({ op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' }))).toEqual([]);
  });

  it('names every rule a target of 650 (meant 650 000) breaks, with the cells', () => {
    const found = check(entries({ op: 'reduction', mode: 'target', total: new Dec(650), profile: 'current' }));
    expect(found.map((b) => b.rule)).toEqual(['negative-total', 'share-range', 'reduction-size', 'envelope']);
    expect(found[0]!.text).toBe('Total is below zero in 2030 (-22 366), 2031 (-70 478), 2030-2031 (-92 844)');
    expect(found[1]!.cells.map((c) => c.rowId)).toEqual(['TP1', 'TP2', 'TP3', 'TP4', 'TP5']);
    expect(found[2]!.cells).toContainEqual({ rowId: 'reduction', columnId: '2031' });
  });

  it('names a line left unfunded and a change that no longer applies', () => {
    const list = entries(
      { op: 'set', line: 'TP2', year: '2030', value: new Dec(0) },
      { op: 'transfer', from: 'TP2', to: 'TP1', amount: new Dec(1), years: ['2030'] },
      { op: 'reduction', mode: 'target', total: new Dec(650000), profile: 'current' },
    );
    expect(check(list).map((b) => b.text)).toEqual([
      'Change 2 no longer applies: this would take TP2 International numbering resources below zero in 2030 (-1)',
      'TP2 is not funded in 2030: no element should remain unfunded',
    ]);
  });

  it('names a reduction that is an increase, with its cells', () => {
    const found = check(entries({ op: 'set', line: 'reduction', year: '2029', value: new Dec(1000) }, { op: 'reduction', mode: 'rates', rates: { '2031': new Dec(-1) } }));
    const sign = found.filter((b) => b.rule === 'reduction-sign');
    expect(sign.map((b) => b.text)).toEqual(['The reduction is an increase in 2029 (+1 000), 2031 (+1 700): a reduction is a negative amount taken off the Subtotal']);
    expect(sign[0]!.cells).toEqual([{ rowId: 'reduction', columnId: '2029' }, { rowId: 'reduction', columnId: '2031' }]);
    expect(check(entries({ op: 'set', line: 'reduction', year: '2029', value: new Dec(0) })).map((b) => b.rule)).not.toContain('reduction-sign');
  });
});

describe('the rule that no element remains unfunded', () => {
  const withZero = (requiresFunding: boolean) => {
    const plan = { ...baselinePlan(), requiresFunding };
    const lines = plan.lines.map((line, i) => (i === 1 && 'amounts' in line ? { ...line, amounts: line.amounts.map(() => new Dec(0)) } : line));
    return breaches(replay(initialState({ ...plan, lines }), []), [], format).map((breach) => breach.rule);
  };

  it('is Appendix A’s principle, a setting of its plan', () => {
    expect(baselinePlan().requiresFunding).toBe(true);
    expect(withZero(true)).toContain('unfunded');
  });

  it('does not hold for a plan that does not require it, such as a table imported from a file', () => {
    expect(withZero(false)).not.toContain('unfunded');
  });
});

describe('shares outside 0–100 %', () => {
  // Appendix A's five priorities, each with one amount every year, and no reduction.
  const lines = (amounts: readonly number[]) => {
    const plan = publishedAppendix();
    const zeroed = { ...plan, reduction: { ...plan.reduction, amounts: plan.years.map(() => new Dec(0)) } };
    return { ...zeroed, lines: zeroed.lines.map((line, i) => ({ code: line.code, name: line.name, amounts: plan.years.map(() => new Dec(amounts[i]!)) })) };
  };
  const outside = (amounts: readonly number[]) => sharesOutOfRange(computeTable(lines(amounts))).flatMap((b) => b.cells.map((cell) => cell.rowId));

  it('takes a line that is the whole Total as 100 %, in range; a line below zero, or larger than a Total other lines lower, is out', () => {
    expect(outside([10, 0, 0, 0, 0])).toEqual([]);
    expect(outside([10, 5, 0, 0, -5])).toEqual(['TP5']);
    expect(outside([10, 5, 0, 0, -6])).toEqual(['TP1', 'TP5']);
  });
});
