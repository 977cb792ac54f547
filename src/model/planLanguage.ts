import type { Plan, PlanLine } from './plan';
import type { PlanWords } from './planWords';

const shown = new WeakMap<Plan, Map<string, Plan>>();

function namedLines(lines: readonly PlanLine[], names: Readonly<Record<string, string>>): readonly PlanLine[] {
  return lines.map((line) => {
    const name = names[line.code] ?? line.name;
    return 'children' in line ? { ...line, name, children: namedLines(line.children, names) } : { ...line, name };
  });
}

function translated(plan: Plan, words: PlanWords, generic: GenericWords): Plan {
  const word = (own: string | undefined, english: string) => own ?? generic[english] ?? english;
  return {
    ...plan,
    title: words.title ?? plan.title,
    source: words.source ?? plan.source,
    note: words.note ?? plan.note,
    eyebrow: word(words.eyebrow, plan.eyebrow),
    lineHeading: word(words.lineHeading, plan.lineHeading),
    subtotalName: word(words.subtotalName, plan.subtotalName),
    totalName: word(words.totalName, plan.totalName),
    baselineName: word(words.baselineName, plan.baselineName),
    reduction: { ...plan.reduction, name: words.reductionName ?? plan.reduction.name },
    lines: words.names ? namedLines(plan.lines, words.names) : plan.lines,
  };
}

/**
 * The app's own default words in a language, by their English ("Subtotal",
 * "Published baseline"): a plan that uses them, and gives no word of its own
 * in that language, is shown with the app's.
 */
export type GenericWords = Readonly<Record<string, string>>;

/**
 * The plan as shown in `language`: the same figures and codes, its words in
 * that language where it gives them, the app's words for its default ones
 * (`generic`: the same for every call in a language). The same object for the same plan and
 * language, so that what is computed from a plan is computed once.
 */
export function planInLanguage(plan: Plan, language: string, generic: GenericWords = {}): Plan {
  if (language === 'en') return plan;
  const words = plan.translations?.[language] ?? {};
  let byLanguage = shown.get(plan);
  if (byLanguage === undefined) shown.set(plan, (byLanguage = new Map()));
  let result = byLanguage.get(language);
  if (result === undefined) byLanguage.set(language, (result = translated(plan, words, generic)));
  return result;
}
