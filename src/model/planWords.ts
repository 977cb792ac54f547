/**
 * A plan's own words in another language, where the plan gives them: its
 * title, source and note, the names of its lines (by code), of its rows below
 * the lines and of its baseline. Figures, codes and the unit are the plan's,
 * in every language. A word a translation lacks stays the plan's own.
 */
export interface PlanWords {
  readonly title?: string;
  readonly source?: string;
  readonly note?: string;
  readonly eyebrow?: string;
  readonly lineHeading?: string;
  readonly subtotalName?: string;
  readonly totalName?: string;
  readonly reductionName?: string;
  readonly baselineName?: string;
  /** Line names by line code. */
  readonly names?: Readonly<Record<string, string>>;
}

/** A plan's words by language code (`fr`, `es`…); the plan's own fields are its first language. */
export type PlanTranslations = Readonly<Record<string, PlanWords>>;
