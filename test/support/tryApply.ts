import { applyOperation } from '../../src/model/apply';
import { OperationError, type Operation } from '../../src/model/operation';
import type { ScenarioState } from '../../src/model/apply';

/** Applies an operation, or returns null when it is refused; anything but an OperationError fails the test. */
export function tryApply(state: ScenarioState, op: Operation): ScenarioState | null {
  try {
    return applyOperation(state, op);
  } catch (error) {
    if (error instanceof OperationError) return null;
    throw error;
  }
}
