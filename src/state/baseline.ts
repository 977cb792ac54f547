import planJson from '../../fixtures/plans/appendix-a-2028-2031.json';
import financeJson from '../../fixtures/plans/financial-plan-2028-2031.json';
import { readFinance } from '../io/financeFile';
import strategyJson from '../../fixtures/strategy/strategic-plan-2028-2031.json';
import { readPlan } from '../io/planFile';
import { readStrategy, type Strategy } from '../io/strategyFile';
import type { Plan } from '../model/plan';

/** The published Appendix A of the draft 2028-2031 strategic plan: the default plan, with the financial plan (illustrative) that funds it. */
export function baselinePlan(): Plan {
  const plan = readPlan(planJson);
  return { ...plan, finance: readFinance(financeJson, plan.years) };
}

/** Appendix A alone, as published, without a financial plan: the envelope is then typed. */
export function publishedAppendix(): Plan {
  return readPlan(planJson);
}

/** The draft plan's strategic goals, and each thematic priority's outcomes. */
export function baselineStrategy(): Strategy {
  return readStrategy(strategyJson);
}
