import { describe, expect, it } from 'vitest';
import { NUMBER_STYLES } from '../../../src/model/amount';
import type { Operation } from '../../../src/model/operation';
import { FieldError, draftOf, operationFromDraft, seededDraft, seededKind } from '../../../src/model/operations/draft';
import { baselinePlan } from '../../../src/state/baseline';

const plan = baselinePlan();

describe('a form’s draft', () => {
  it.each(NUMBER_STYLES)('reads a share as 13, 13%, 13 % or with decimals in the %s style', (style) => {
    const share = (text: string) => {
      const op = operationFromDraft('setShare', { ...draftOf('setShare', { plan, style }), share: text }, { plan, style }) as Extract<Operation, { op: 'setShare' }>;
      return op.share.toFixed();
    };
    expect(['13', '13%', '13 %', '13\u00a0%'].map(share)).toEqual(['13', '13', '13', '13']);
    expect(share(`13${style.decimal}5 %`)).toBe('13.5');
  });

  it('names the field and both readings of an amount that reads two ways', () => {
    const style = NUMBER_STYLES[0]!;
    const draft = { ...draftOf('transfer', { plan, style }), amount: '5,000' };
    expect(() => operationFromDraft('transfer', draft, { plan, style })).toThrow(FieldError);
    expect(() => operationFromDraft('transfer', draft, { plan, style })).toThrow(/^Amount per year \(CHF thousands\): “5,000” reads two ways: as 5 000/);
  });
});

describe('a form started from a cell (Alt+N)', () => {
  const context = { plan, style: NUMBER_STYLES[0]! };
  const seeded = (key: Parameters<typeof draftOf>[0], rowId: string, columnId: string) => seededDraft(key, draftOf(key, context), { rowId, columnId }, context);

  it('takes a biennium’s or the period’s years, the first where one year is asked for, and the period itself', () => {
    expect(seeded('transfer', 'TP2', '2030-2031')).toMatchObject({ from: 'TP2', years: ['2030', '2031'] });
    expect(seeded('set', 'TP2', '2028-2029')).toMatchObject({ line: 'TP2', year: '2028' });
    expect(seeded('spread', 'TP4', 'total')).toMatchObject({ line: 'TP4', period: 'total' });
    expect(seeded('transfer', 'TP4', 'total')).toMatchObject({ years: ['2028', '2029', '2030', '2031'] });
  });

  it('never leaves a transfer from a line to the same line', () => {
    // The empty form goes from TP1 to TP2: from TP2, it goes elsewhere.
    expect(seeded('transfer', 'TP2', '2028')).toMatchObject({ from: 'TP2', to: 'TP1' });
    expect(seeded('transfer', 'TP3', '2028')).toMatchObject({ from: 'TP3', to: 'TP2' });
  });

  it('shows an operation that can be about the reduction when started from the reduction row', () => {
    expect(seededKind('transfer', { rowId: 'reduction' })).toBe('set');
    expect(seededKind('reduction:rates', { rowId: 'reduction' })).toBe('reduction:rates');
    expect(seededKind('transfer', { rowId: 'TP1' })).toBe('transfer');
    expect(seeded('set', 'reduction', '2029')).toMatchObject({ line: 'reduction', year: '2029' });
  });
});
