import type { Amount } from '../amount';
import { inputsAre, type Plan } from '../plan';
import { say } from '../say';

/**
 * The kinds of parameter an operation takes. An operation lists its
 * parameters as typed fields; the proposal file's schema (src/io/operationJson.ts),
 * the form (src/ui/proposal) and the form's drafts (./draft.ts) are written
 * once per field kind, never per operation.
 */

/**
 * A label may name the plan's unit or years: "Amount (CHF thousands)". The
 * engine's labels are functions, asked for when the form is drawn, so that
 * they come in the language chosen then.
 */
export type Label = string | ((plan: Plan) => string);

/** One part of a breakdown: a sub-line with its weight or its yearly amounts. */
export interface WeightPart {
  readonly code: string;
  readonly name: string;
  readonly weight: Amount;
}
export interface AmountsPart {
  readonly code: string;
  readonly name: string;
  readonly amounts: Readonly<Record<string, Amount>>;
}

/** Amounts by row (a line's code, or `reduction`) and by year. */
export type Cells = Readonly<Record<string, Readonly<Record<string, Amount>>>>;

/** A parameter (units, the unit value, a ratio) or a revenue line of amounts of the plan's financial plan, by id. */
export interface FinanceField {
  readonly kind: 'finance';
  readonly label: Label;
  readonly of: 'parameter' | 'revenue';
}
/** A line of the plan, by code; `withReduction` also offers the reduction row; `fallback` is the default's position in the plan. */
export interface LineField {
  readonly kind: 'line';
  readonly label: Label;
  readonly withReduction?: boolean;
  readonly fallback?: number;
}
/** Several lines of the plan, by code, in plan order (at least one). */
export interface LinesField {
  readonly kind: 'lines';
  readonly label: Label;
}
/** Free text a person writes (a note, a name), at most {@link MAX_TEXT} characters. */
export interface TextField {
  readonly kind: 'text';
  readonly label: Label;
}
export interface YearField {
  readonly kind: 'year';
  readonly label: Label;
  /** The default's position among the plan's years (the first by default). */
  readonly fallback?: number;
}
/** Some of the plan's years, in plan order (all by default). */
export interface YearsField {
  readonly kind: 'years';
  readonly label: Label;
}
/** A biennium id, or `total` for the whole period. */
export interface PeriodField {
  readonly kind: 'period';
  readonly label: Label;
}
/** An amount in the plan's unit, at most the plan's precision. */
export interface AmountField {
  readonly kind: 'amount';
  readonly label: Label;
  readonly placeholder?: string;
}
/** A percentage or a weight: decimals beyond the plan's precision are allowed. */
export interface PercentField {
  readonly kind: 'percent';
  readonly label: Label;
  readonly placeholder?: string;
}
export interface ChoiceField<V extends string = string> {
  readonly kind: 'choice';
  readonly label: Label;
  /** Value and words, the first one the default. */
  readonly options: readonly (readonly [V, string])[];
}
/** The variant of an operation with several (`reduction`, `breakdown`): fixed, not asked for. */
export interface ModeField<V extends string = string> {
  readonly kind: 'mode';
  readonly value: V;
}
/** An amount or a percentage for some of the years (at least one). */
export interface ByYearField {
  readonly kind: 'byYear';
  readonly label: Label;
  readonly of: 'amount' | 'percent';
}
/** An amount for some of the biennia, each optional, the whole field too. */
export interface ByPeriodField {
  readonly kind: 'byPeriod';
  readonly label: Label;
}
/**
 * Yearly amounts of several rows at once: row (a line with amounts of its
 * own, or `reduction`) → year → amount, at least one figure. What a table
 * file brings in, held as one value so that thousands of figures are one
 * step of a proposal, not thousands.
 */
export interface CellsField {
  readonly kind: 'cells';
  readonly label: Label;
}
export interface PartsField<P extends 'weight' | 'amounts' = 'weight' | 'amounts'> {
  readonly kind: 'parts';
  readonly label: Label;
  readonly of: P;
}

export type Field =
  | FinanceField
  | LineField
  | LinesField
  | TextField
  | YearField
  | YearsField
  | PeriodField
  | AmountField
  | PercentField
  | ChoiceField
  | ModeField
  | ByYearField
  | ByPeriodField
  | CellsField
  | PartsField;

export type FieldKind = Field['kind'];

/** Kinds whose value is a text as it stands (a code, a year, an option): files and forms carry it unchanged. */
export type TextValuedField = FinanceField | LineField | TextField | YearField | PeriodField | ChoiceField | ModeField;
const TEXT_VALUED: readonly FieldKind[] = ['finance', 'line', 'text', 'year', 'period', 'choice', 'mode'];
export const isTextValued = (field: Field): field is TextValuedField => TEXT_VALUED.includes(field.kind);

/** Percentages and weights may carry this many decimals, whatever the plan's precision. */
export const PERCENT_SCALE = 6;
/** Most parts a breakdown may have. */
export const MAX_PARTS = 200;
/** Longest text a text field holds. */
export const MAX_TEXT = 10_000;

/** The field an operation's property of type V must be declared with. */
export type FieldFor<V> = [V] extends [Amount]
  ? AmountField | PercentField
  : [V] extends [readonly string[]]
    ? YearsField | LinesField
    : [V] extends [string]
      ? string extends V
        ? FinanceField | LineField | YearField | PeriodField | TextField
        : ChoiceField<V> | ModeField<V>
      : [V] extends [readonly WeightPart[]]
        ? PartsField<'weight'>
        : [V] extends [readonly AmountsPart[]]
          ? PartsField<'amounts'>
          : [V] extends [Readonly<Record<string, Amount>>]
            ? ByYearField | ByPeriodField
            : [V] extends [Cells]
              ? CellsField
              : never;

/** Every property of an operation but `op`, declared as a field of the matching kind, in the order a form asks for them. */
export type FieldsOf<O> = { readonly [P in Exclude<keyof O, 'op'>]-?: FieldFor<Exclude<O[P], undefined>> };

/** A choice among options, the first the default: each option's words asked for when they are read (in the language chosen then). */
export const choice = <V extends string>(label: Label, ...options: (readonly [V, () => string])[]): ChoiceField<V> => ({
  kind: 'choice',
  label,
  get options() {
    return options.map(([value, words]) => [value, words()] as const);
  },
});

export const labelText = (label: Label, plan: Plan): string => (typeof label === 'string' ? label : label(plan));

/** The fields of a definition as a list of [name, field], in their declared order. */
export function fieldList(fields: object): [string, Field][] {
  return Object.entries(fields) as [string, Field][];
}

/** A field of the plan's input columns, labelled as they are: "Years", "Periods" (2010-2011, 2012-2015) or "Categories". */
const INPUTS_FIELD = { years: 'model.field.years', periods: 'model.field.periods', categories: 'model.field.categories' } as const;
const AMOUNT_PER_INPUT = { years: 'model.field.amountPerYear', periods: 'model.field.amountPerPeriod', categories: 'model.field.amountPerCategory' } as const;
export const inputsLabel = (plan: Plan): string => say(INPUTS_FIELD[inputsAre(plan)]);
export const amountPerInputLabel = (plan: Plan): string => say(AMOUNT_PER_INPUT[inputsAre(plan)], { unit: plan.unit });
