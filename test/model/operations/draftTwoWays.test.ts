import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec, ENGLISH_STYLE, NUMBER_STYLES, SWISS_STYLE } from '../../../src/model/amount';
import type { Operation } from '../../../src/model/operation';
import { draftOf, operationFromDraft } from '../../../src/model/operations/draft';
import { baselinePlan } from '../../../src/state/baseline';

// Found by the registry property: a share of 5.123 % was shown as "5,123", which reads two ways, so the form refused its own value.
describe('a form pre-filled with a figure of three decimals', () => {
  it('shows it in a form that reads one way, and gives it back', () => {
    const context = { plan: baselinePlan(), style: DOCUMENT_STYLE };
    const op: Operation = { op: 'setShare', line: 'TP1', share: new Dec('5.123') };
    const draft = draftOf('setShare', context, op);
    expect(draft.share).toBe('5,1230');
    expect((operationFromDraft('setShare', draft, context) as Extract<Operation, { op: 'setShare' }>).share.toFixed()).toBe('5.123');
  });
});

describe('a percentage typed in a form', () => {
  const shareOf = (text: string, style = DOCUMENT_STYLE) => {
    const context = { plan: baselinePlan(), style };
    try {
      return (operationFromDraft('setShare', { ...draftOf('setShare', context), share: text }, context) as Extract<Operation, { op: 'setShare' }>).share.toFixed();
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('takes 13,5 and 13.5 as 13.5 in every style: a mark before one or two digits is never between thousands', () => {
    for (const style of NUMBER_STYLES) {
      expect(['13,5', '13.5', '13,5 %', '13.25%', '13,5555'].map((text) => shareOf(text, style))).toEqual(['13.5', '13.5', '13.5', '13.25', '13.5555']);
    }
    expect(shareOf("1'013.5", SWISS_STYLE)).toBe('1013.5');
    expect(shareOf('1,013.5', ENGLISH_STYLE)).toBe('1013.5');
  });

  it('still refuses what reads two ways, with advice in per cent', () => {
    expect(shareOf('13,500')).toBe("Share of Total, %: “13,500” reads two ways: as 13,5 % (',' as a decimal mark) or as 13 500 % (',' between thousands). Type 13,5 % or 13 500 %");
    expect(shareOf('5.125', ENGLISH_STYLE)).toMatch(/as 5.125 % \('.' as a decimal mark\) or as 5 125 % .*Type 5.1250 % or 5 125 %$/);
  });
});
