import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLE, Dec } from '../../../src/model/amount';
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
