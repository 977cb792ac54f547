/**
 * The operations a proposal is made of, each defined once in its own module
 * under ./operations (typed fields, apply, words) and listed in
 * ./operations/registry.ts. This module is their public face.
 */
export { OperationError } from './operations/state';
export { OPERATION_NAMES, type Operation, type OperationKey, type OperationName } from './operations/registry';
export type { BreakdownAmountsOperation, BreakdownWeightsOperation } from './operations/breakdown';
export type {
  ReductionAmountsOperation,
  ReductionProgressiveOperation,
  ReductionRatesOperation,
  ReductionTargetOperation,
} from './operations/reduction';
