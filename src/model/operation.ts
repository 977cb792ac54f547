import type { Amount } from './amount';

/**
 * The operations a proposal is made of. Their names and fields are the file
 * format of a saved proposal (see src/io/proposalFile.ts), so change them
 * only with a new file version and a migration.
 */
export type Operation =
  | { readonly op: 'set'; readonly line: string; readonly year: string; readonly value: Amount }
  | {
      readonly op: 'transfer';
      readonly from: string;
      readonly to: string;
      readonly amount: Amount;
      readonly years: readonly string[];
    }
  | {
      readonly op: 'scale';
      readonly line: string;
      /** The new amounts as a percentage of the current ones: 95 cuts by 5 %, 110 adds 10 %. */
      readonly percent: Amount;
      readonly years: readonly string[];
      readonly compensate: 'none' | 'pro-rata';
    }
  | { readonly op: 'setShare'; readonly line: string; /** Per cent of Total. */ readonly share: Amount }
  | {
      readonly op: 'spread';
      readonly line: string;
      /** A biennium id or `total` (the whole period). */
      readonly period: string;
      readonly value: Amount;
      readonly method: 'proportional' | 'even';
    }
  | { readonly op: 'lock'; readonly line: string }
  | { readonly op: 'unlock'; readonly line: string }
  | ReductionOperation
  | { readonly op: 'envelope'; readonly total: Amount; readonly biennia?: Readonly<Record<string, Amount>> }
  | BreakdownOperation
  /** Removes a breakdown: the group becomes a line again, with its figures as they are. */
  | { readonly op: 'merge'; readonly line: string };

/**
 * Breaks a line down into sub-lines (a priority into its outcomes): by
 * weights, each year of the line apportioned exactly by largest remainder; or
 * by yearly amounts, which must add up to the line's in every year.
 */
export type BreakdownOperation =
  | {
      readonly op: 'breakdown';
      readonly line: string;
      readonly mode: 'weights';
      readonly parts: readonly { readonly code: string; readonly name: string; readonly weight: Amount }[];
    }
  | {
      readonly op: 'breakdown';
      readonly line: string;
      readonly mode: 'amounts';
      readonly parts: readonly { readonly code: string; readonly name: string; readonly amounts: Readonly<Record<string, Amount>> }[];
    };

export type ReductionOperation =
  | { readonly op: 'reduction'; readonly mode: 'amounts'; readonly amounts: Readonly<Record<string, Amount>> }
  /** Per cent of each year's Subtotal to take off: 1.5 gives a reduction of −1.5 % of that Subtotal. */
  | { readonly op: 'reduction'; readonly mode: 'rates'; readonly rates: Readonly<Record<string, Amount>> }
  /** The first year's reduction amount (e.g. −1 000), then `step` more each year (e.g. −500). */
  | { readonly op: 'reduction'; readonly mode: 'progressive'; readonly first: Amount; readonly step: Amount }
  | {
      readonly op: 'reduction';
      readonly mode: 'target';
      readonly total: Amount;
      readonly profile: 'current' | 'even' | 'subtotal';
    };

export type OperationName = Operation['op'];

export const OPERATION_NAMES: readonly OperationName[] = [
  'set',
  'transfer',
  'scale',
  'setShare',
  'spread',
  'lock',
  'unlock',
  'reduction',
  'envelope',
  'breakdown',
  'merge',
];

/** Why an operation cannot be applied. Nothing changes when one is raised. */
export class OperationError extends Error {
  override readonly name = 'OperationError';
}
