import { currentLanguage } from '../../i18n/t';
import type { NumberStyle } from '../../model/amount';
import { describeOperation } from '../../model/describe';
import type { Operation } from '../../model/operation';
import type { Plan } from '../../model/plan';

interface Described {
  readonly plan: Plan;
  readonly style: NumberStyle;
  readonly language: string;
  readonly words: string;
}

/**
 * An operation in words, made once per operation, plan, number style and
 * language: each entry of a 500-operation proposal is named by itself and
 * by up to six neighbours' notes (see interplayWords.ts), and describing it
 * seven times was a fifth of opening the proposal. Operations are immutable.
 */
const described = new WeakMap<Operation, Described>();

export function describedOnce(operation: Operation, plan: Plan, style: NumberStyle): string {
  const language = currentLanguage();
  const found = described.get(operation);
  if (found !== undefined && found.plan === plan && found.style === style && found.language === language) return found.words;
  const words = describeOperation(operation, plan, style);
  described.set(operation, { plan, style, language, words });
  return words;
}
