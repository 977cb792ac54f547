import type { BreakdownAmountsOperation, BreakdownWeightsOperation } from './breakdown';
import { breakdownAmounts, breakdownWeights } from './breakdown';
import type { OperationDef } from './define';
import { envelope, type EnvelopeOperation } from './envelope';
import { setParameter, setRevenue, type SetParameterOperation, type SetRevenueOperation } from './finance';
import { recost, type RecostOperation } from './recost';
import { lock, unlock, type LockOperation, type UnlockOperation } from './lock';
import { merge, type MergeOperation } from './merge';
import { rephase, type RephaseOperation } from './rephase';
import {
  reductionAmounts,
  reductionProgressive,
  reductionRates,
  reductionTarget,
  type ReductionAmountsOperation,
  type ReductionProgressiveOperation,
  type ReductionRatesOperation,
  type ReductionTargetOperation,
} from './reduction';
import { scale, type ScaleOperation } from './scale';
import { set, type SetOperation } from './set';
import { setMany, type SetManyOperation } from './setMany';
import { setShare, type SetShareOperation } from './setShare';
import { spread, type SpreadOperation } from './spread';
import { transfer, type TransferOperation } from './transfer';

/**
 * Every operation a proposal can be made of. Its names and fields are the
 * file format of a saved proposal (see src/io/proposalFile.ts), so change
 * them only with a new file version and a migration.
 */
export type Operation =
  | SetOperation
  | SetManyOperation
  | TransferOperation
  | RephaseOperation
  | ScaleOperation
  | SetShareOperation
  | SpreadOperation
  | LockOperation
  | UnlockOperation
  | ReductionAmountsOperation
  | ReductionRatesOperation
  | ReductionProgressiveOperation
  | ReductionTargetOperation
  | EnvelopeOperation
  | BreakdownWeightsOperation
  | BreakdownAmountsOperation
  | MergeOperation
  | SetParameterOperation
  | SetRevenueOperation
  | RecostOperation;

export type OperationName = Operation['op'];

/** An operation's key in the registry: its name, and its mode for those with variants (`reduction:target`). */
export type OperationKey = Operation extends infer O ? (O extends { op: infer N extends string; mode: infer M extends string } ? `${N}:${M}` : O extends { op: infer N extends string } ? N : never) : never;

/** The operation a key stands for. */
export type OperationOf<K extends OperationKey> = Extract<Operation, K extends `${infer N}:${infer M}` ? { op: N; mode: M } : { op: K }>;

/**
 * The registry, in the order the form offers them. Typed so that an
 * operation without a definition, or a definition of no operation, is a type error.
 */
export const OPERATIONS: { readonly [K in OperationKey]: OperationDef<OperationOf<K>> } = {
  transfer,
  rephase,
  setShare,
  scale,
  spread,
  set,
  setMany,
  'reduction:target': reductionTarget,
  'reduction:amounts': reductionAmounts,
  'reduction:rates': reductionRates,
  'reduction:progressive': reductionProgressive,
  lock,
  unlock,
  envelope,
  'breakdown:weights': breakdownWeights,
  'breakdown:amounts': breakdownAmounts,
  merge,
  setParameter,
  setRevenue,
  recost,
};

export const OPERATION_KEYS = Object.keys(OPERATIONS) as OperationKey[];

/** The `op` a key stands for: `reduction` for `reduction:target`. */
export const nameOf = (key: OperationKey): OperationName => key.split(':')[0] as OperationName;

/** The operations' names, each once: the `op` of a proposal file's entries. */
export const OPERATION_NAMES: readonly OperationName[] = [...new Set(OPERATION_KEYS.map(nameOf))];

export function keyOf(op: Operation): OperationKey {
  return ('mode' in op ? `${op.op}:${op.mode}` : op.op) as OperationKey;
}

/** The definition of an operation's kind, typed for it. */
export function definitionOf<O extends Operation>(op: O): OperationDef<O> {
  // A correlated union TypeScript cannot follow: keyOf(op) names the definition of op's own type.
  return OPERATIONS[keyOf(op)] as unknown as OperationDef<O>;
}
