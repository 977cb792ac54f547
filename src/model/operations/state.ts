import type { Amount } from '../amount';
import type { Plan } from '../plan';

/** The indicative envelope a scenario's Total is measured against. */
export interface Envelope {
  readonly total: Amount;
  /** Optional envelopes per biennium id. */
  readonly biennia: Readonly<Record<string, Amount>>;
}

/** Everything an operation reads and changes: the inputs, the locks and the envelope. */
export interface ScenarioState {
  readonly plan: Plan;
  /** Codes of locked lines, in plan order. */
  readonly locked: readonly string[];
  readonly envelope: Envelope;
}

export function initialState(plan: Plan): ScenarioState {
  return { plan, locked: [], envelope: { total: plan.envelope, biennia: {} } };
}

/** Why an operation cannot be applied. Nothing changes when one is raised. */
export class OperationError extends Error {
  override readonly name = 'OperationError';
}
