import planJson from '../../fixtures/plans/appendix-a-2028-2031.json';
import { readPlan } from '../../src/io/planFile';

export const baselinePlan = () => readPlan(planJson);
