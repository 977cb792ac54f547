import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/amount';
import { initialState } from '../../../src/model/apply';
import { replay } from '../../../src/model/proposal';
import { validWords } from '../../../src/ui/proposal/ProposalPanel';
import { baselinePlan } from '../../../src/state/baseline';

describe('what “valid” says it checked', () => {
  it('names only the rules that apply: funding, the reduction and the envelope where the plan has them', () => {
    const plan = baselinePlan();
    expect(validWords(plan, replay(initialState(plan), []))).toBe(
      '✓ Valid: every change applies, every line is funded, Totals and shares are in range, the reduction fits the Subtotal and the envelope is met.',
    );
    const imported = { ...plan, envelope: new Dec(0), requiresFunding: false, showsReduction: false, reduction: { ...plan.reduction, amounts: plan.years.map(() => new Dec(0)) } };
    expect(validWords(imported, replay(initialState(imported), []))).toBe('✓ Valid: every change applies and Totals and shares are in range.');
  });
});
