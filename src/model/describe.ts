import type { NumberStyle } from './amount';
import { wordsFor } from './operations/define';
import { definitionOf, type Operation } from './operations/registry';
import type { Plan } from './plan';

/** An operation in plain words: "Move 5 000 from TP1 to TP3 in 2030". */
export function describeOperation(op: Operation, plan: Plan, style: NumberStyle): string {
  return definitionOf(op).describe(op, wordsFor(plan, style));
}
