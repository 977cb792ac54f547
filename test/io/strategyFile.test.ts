import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baselinePlan, baselineStrategy } from '../../src/state/baseline';
import { itIsFaithfulCopyOfShared } from '../support/shared';

const strategy = baselineStrategy();
/** The draft plan's text, as extracted from the original (a copy of shared/seeds/000_…). */
const DRAFT_TEXT = fileURLToPath(new URL('../../fixtures/strategy/draft-strategic-plan-2028-2031.txt', import.meta.url));

describe('the strategic side of the draft plan', () => {
  it('has the two strategic goals and, for each thematic priority of Appendix A, its outcomes as listed in section 2.6', () => {
    expect(strategy.goals.map((g) => g.name)).toEqual(['Universal Connectivity', 'Sustainable Digital Transformation']);
    expect(strategy.priorities.map((p) => [p.code, p.outcomes.length])).toEqual([
      ['TP1', 3],
      ['TP2', 3],
      ['TP3', 8],
      ['TP4', 4],
      ['TP5', 5],
    ]);
    expect(strategy.priorities.map((p) => p.code)).toEqual(baselinePlan().lines.map((l) => l.code));
    expect(strategy.priorities.map((p) => p.appendixName)).toEqual(baselinePlan().lines.map((l) => l.name));
    expect(strategy.planId).toBe(baselinePlan().id);
  });

  it('keeps the document’s current wording and notes the alternatives', () => {
    expect(strategy.priorities[1]!.planName).toBe('International telecommunication numbering resources');
    expect(strategy.priorities[1]!.alternatives[0]!.wording).toBe('Global ICT Interoperability');
    expect(strategy.priorities[2]!.outcomes[4]!.text).toMatch(/^Enhanced capacity of the ITU membership to deploy inclusive, secure and resilient/);
  });

  it('quotes every outcome and goal as the draft writes it', () => {
    const text = readFileSync(DRAFT_TEXT, 'utf8').replace(/\[footnoteRef:\d+\]\d*/g, '');
    for (const priority of strategy.priorities) {
      expect(text).toContain(priority.planName);
      for (const outcome of priority.outcomes) expect(text).toContain(outcome.text);
    }
    for (const goal of strategy.goals) expect(text).toContain(goal.statement);
  });

  itIsFaithfulCopyOfShared(DRAFT_TEXT, 'seeds/000_6b10ddaf9136af31.txt');
});
