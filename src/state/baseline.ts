import planJson from '../../fixtures/plans/appendix-a-2028-2031.json';
import strategyJson from '../../fixtures/strategy/strategic-plan-2028-2031.json';
import { readPlan } from '../io/planFile';
import { readStrategy, type Strategy } from '../io/strategyFile';
import type { Plan } from '../model/plan';

/** The published Appendix A of the draft 2028-2031 strategic plan: the default plan. */
export function baselinePlan(): Plan {
  return readPlan(planJson);
}

/** The draft plan's strategic goals, and each thematic priority's outcomes. */
export function baselineStrategy(): Strategy {
  return readStrategy(strategyJson);
}
