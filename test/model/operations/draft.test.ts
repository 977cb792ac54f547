import { describe, expect, it } from 'vitest';
import { NUMBER_STYLES } from '../../../src/model/amount';
import type { Operation } from '../../../src/model/operation';
import { FieldError, draftOf, operationFromDraft } from '../../../src/model/operations/draft';
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
