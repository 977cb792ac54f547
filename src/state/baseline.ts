import planJson from '../../fixtures/plans/appendix-a-2028-2031.json';
import { readPlan } from '../io/planFile';
import type { Plan } from '../model/plan';

/** The published Appendix A of the draft 2028-2031 strategic plan: the default plan. */
export function baselinePlan(): Plan {
  return readPlan(planJson);
}
